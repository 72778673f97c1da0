import {
  repoApiUrl,
  repoWebUrl,
  toNodeId,
  toRepositoryJson,
  toUserJson,
  type Urls
} from './github-json.js'
import type { RepoState } from './repo-state.js'
import { computeWorkflowId, type WorkflowRunRecord } from './workflow-runs.js'

/** A `workflow-run` object as `GET …/actions/workflows/{id}/runs` lists it. */
export function toWorkflowRunJson(repo: RepoState, run: WorkflowRunRecord, urls: Urls) {
  const api = `${repoApiUrl(repo, urls)}/actions/runs/${run.id}`
  const commit = repo.lookup(run.sha)
  const repository = toRepositoryJson(repo, urls)
  const file = run.path.split('/').pop() ?? run.path
  return {
    id: run.id,
    name: run.name,
    node_id: toNodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1_000_000,
    head_branch: run.branch || null,
    head_sha: run.sha,
    path: run.path,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    display_title: commit?.message.split('\n')[0] ?? run.name,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: computeWorkflowId(run.path),
    url: api,
    html_url: `${repoWebUrl(repo, urls)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    actor: toUserJson(run.actor, urls),
    triggering_actor: toUserJson(run.actor, urls),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApiUrl(repo, urls)}/check-suites/${run.id + 1_000_000}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${api}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoApiUrl(repo, urls)}/actions/workflows/${file}`,
    head_commit: commit
      ? {
          id: commit.sha,
          tree_id: commit.treeSha,
          message: commit.message,
          timestamp: commit.committer.date,
          author: { name: commit.author.name, email: commit.author.email },
          committer: { name: commit.committer.name, email: commit.committer.email }
        }
      : null,
    repository,
    head_repository: repository
  }
}
