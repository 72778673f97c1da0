import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../server.js'
import type { WorkflowRunRecord } from '../workflow-runs.js'
import {
  type Octokit,
  readReadmeEndpoints,
  repo,
  seedHistory,
  useOctokitAgainstStandIn
} from './helpers.js'

// Workflow runs as the workflow runner records them, listed with the real Octokit.
let standIn: GitHubStandIn
let octokit: Octokit
const exercised = useOctokitAgainstStandIn((started) => ({ standIn, octokit } = started))

function recordRun(overrides: Partial<WorkflowRunRecord> & { id: number }): WorkflowRunRecord {
  const record: WorkflowRunRecord = {
    path: '.github/workflows/production-monitor.yml',
    name: 'production-monitor',
    event: 'schedule',
    branch: 'main',
    sha: standIn.state.getBranchSha('main') ?? '',
    runNumber: overrides.id,
    runAttempt: 1,
    status: 'completed',
    conclusion: 'success',
    actor: 'octocat',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    ...overrides
  }
  standIn.state.recordWorkflowRun(record)
  return record
}

describe('workflow runs', () => {
  it('lists a workflow’s runs newest first, by file name or id, filtered by status and event', async () => {
    seedHistory(standIn.state)
    recordRun({ id: 1, conclusion: 'success' })
    recordRun({ id: 2, conclusion: 'failure' })
    recordRun({ id: 3, event: 'workflow_dispatch', conclusion: 'cancelled' })
    recordRun({ id: 4, status: 'in_progress', conclusion: null })
    recordRun({ id: 9, path: '.github/workflows/merge-main.yml', name: 'merge-main' })

    const { data } = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'production-monitor.yml'
    })
    expect(data.total_count).toBe(4)
    expect(data.workflow_runs.map((r) => [r.id, r.status, r.conclusion])).toEqual([
      [4, 'in_progress', null],
      [3, 'completed', 'cancelled'],
      [2, 'completed', 'failure'],
      [1, 'completed', 'success']
    ])
    expect(data.workflow_runs[0]).toMatchObject({
      path: '.github/workflows/production-monitor.yml',
      head_branch: 'main',
      html_url: 'https://github.com/octo-org/octo-repo/actions/runs/4'
    })

    const completed = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: data.workflow_runs[0]?.workflow_id ?? 0,
      status: 'completed',
      event: 'schedule',
      per_page: 1,
      exclude_pull_requests: true
    })
    expect(completed.data.total_count).toBe(2)
    expect(completed.data.workflow_runs.map((r) => r.id)).toEqual([2])
    const failed = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'production-monitor.yml',
      status: 'failure'
    })
    expect(failed.data.workflow_runs.map((r) => r.id)).toEqual([2])
  })

  it('records a later status of the same run in place (a run completing, a re-run attempt)', async () => {
    seedHistory(standIn.state)
    recordRun({ id: 7, status: 'in_progress', conclusion: null })
    recordRun({ id: 7, status: 'completed', conclusion: 'failure' })
    recordRun({ id: 7, runAttempt: 2, conclusion: 'success' })
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'production-monitor.yml'
    })
    expect(data.workflow_runs.map((r) => [r.id, r.run_attempt, r.conclusion])).toEqual([
      [7, 2, 'success']
    ])
  })

  it('needs actions: read from a granted token, as GitHub asks of a GITHUB_TOKEN', async () => {
    standIn.grantToken('test-token', { contents: 'read' })
    await expect(
      octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 'production-monitor.yml' })
    ).rejects.toMatchObject({ status: 403 })
    expect(standIn.refusals).toEqual([
      'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs needs actions: read'
    ])
    standIn.grantToken('test-token', { actions: 'read' })
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'production-monitor.yml'
    })
    expect(data).toEqual({ total_count: 0, workflow_runs: [] })
  })
})

it('drives every workflow-runs endpoint of the README', () => {
  expect([...exercised].sort()).toEqual(readReadmeEndpoints('Workflow runs'))
})
