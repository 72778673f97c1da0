/** One run of a workflow as the runner reports it to GitHub (the part the REST API shows). */
export interface WorkflowRunRecord {
  id: number
  /** Path of the workflow file, e.g. `.github/workflows/production-monitor.yml`. */
  path: string
  /** The workflow's `name:`. */
  name: string
  event: string
  branch: string
  sha: string
  runNumber: number
  runAttempt: number
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null
  actor: string
  createdAt: string
  updatedAt: string
}

export interface WorkflowRunFilter {
  /** A workflow's numeric id or its file name (`production-monitor.yml`). */
  workflow: string
  branch?: string
  event?: string
  /** A status (`completed`, `in_progress`, `queued`) or a conclusion (`success`, `failure`, …). */
  status?: string
  headSha?: string
}

/** Records a run, or updates it in place (a later status, a re-run attempt): keyed by its id. */
export function recordWorkflowRun(runs: WorkflowRunRecord[], record: WorkflowRunRecord): void {
  const index = runs.findIndex((run) => run.id === record.id)
  if (index >= 0) runs[index] = { ...record, createdAt: runs[index]?.createdAt ?? record.createdAt }
  else runs.push(record)
}

/** The workflow's id as GitHub numbers it: stable for a file path. */
export function computeWorkflowId(path: string): number {
  return [...path].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 100_000_000, 17)
}

const STATUSES = new Set(['queued', 'in_progress', 'completed', 'requested', 'waiting', 'pending'])

/** The runs that match, newest first, as GitHub lists them. */
export function listWorkflowRuns(
  runs: WorkflowRunRecord[],
  filter: WorkflowRunFilter
): WorkflowRunRecord[] {
  const byFile = (run: WorkflowRunRecord) =>
    run.path.split('/').pop() === filter.workflow ||
    String(computeWorkflowId(run.path)) === filter.workflow
  return runs
    .filter(byFile)
    .filter((run) => !filter.branch || run.branch === filter.branch)
    .filter((run) => !filter.event || run.event === filter.event)
    .filter((run) => !filter.headSha || run.sha === filter.headSha)
    .filter(
      (run) =>
        !filter.status ||
        (STATUSES.has(filter.status)
          ? run.status === filter.status
          : run.conclusion === filter.status)
    )
    .slice()
    .reverse()
}
