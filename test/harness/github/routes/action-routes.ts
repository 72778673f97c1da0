import { paginate, type RouteTable } from '../answers.js'
import { listWorkflowRuns } from '../workflow-runs.js'
import { toWorkflowRunJson } from '../workflow-run-json.js'

/** Workflow runs, as the workflow runner records them (`RepoState.recordWorkflowRun`). */
export const actionRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': (context) => {
    const { repo, params, query, urls } = context
    const runs = listWorkflowRuns(repo.workflowRuns, {
      workflow: params.workflow_id ?? '',
      branch: query.get('branch') ?? undefined,
      event: query.get('event') ?? undefined,
      status: query.get('status') ?? undefined,
      headSha: query.get('head_sha') ?? undefined
    })
    const page = paginate(context, runs)
    const items = (page.body as typeof runs).map((run) => toWorkflowRunJson(repo, run, urls))
    return { ...page, body: { total_count: runs.length, workflow_runs: items } }
  }
}
