import { afterEach, describe, expect, it } from 'vitest'
import { startLoopbackServer, type LoopbackServer } from '../../harness/loopback-server.js'
import { readNotice } from '../read-notice.js'
import { REPOSITORY, type Project } from '../release-world.js'
import { useReleaseWorld } from '../use-release-world.js'

const world = useReleaseWorld()

const LIST_RUNS = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
const SCHEDULE = '*/30 * * * *'

interface Production {
  server: LoopbackServer
  /** Healthy: 200 for every page; else 503. */
  setHealthy(healthy: boolean): void
}

/** Production's front door for the monitor: a loopback server whose health the test flips. */
async function startProduction(): Promise<Production> {
  let healthy = true
  const server = await startLoopbackServer((_req, res) => {
    if (healthy) res.writeHead(200, { 'content-type': 'text/html' }).end('home\n')
    else res.writeHead(503).end('down for maintenance\n')
  })
  return { server, setHealthy: (value) => (healthy = value) }
}

function scheduleEvent() {
  return {
    name: 'schedule',
    payload: {
      schedule: SCHEDULE,
      repository: { full_name: REPOSITORY, name: 'octo-repo', owner: { login: 'octo-org' } },
      sender: { login: 'github-actions[bot]' }
    }
  }
}

/** One scheduled run, as GitHub starts it on the default branch, with its own run id. */
async function runMonitor(project: Project, production: Production, id: number) {
  const sha = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
  return project.run('production-monitor', {
    event: scheduleEvent(),
    sha,
    ref: 'refs/heads/main',
    runId: id,
    runNumber: id - 5000,
    vars: { PRODUCTION_URL: production.server.url, LOAD_CHECK_RUN_TIME: '3s' }
  })
}

describe('production-monitor, run as GitHub runs it', () => {
  let production: Production | undefined
  afterEach(async () => production?.server.close())

  it('pass → fail → fail → pass: one failure message and one recovery, not four', async () => {
    const project = await world.createProject('monitor')
    production = await startProduction()
    const states = [true, false, false, true]
    const seen: { conclusion: string; messages: ReturnType<typeof readNotice>[] }[] = []
    for (const [index, healthy] of states.entries()) {
      production.setHealthy(healthy)
      const run = await runMonitor(project, production, 5001 + index)
      seen.push({
        conclusion: run.conclusion,
        messages: project.takeSlackMessages().map(readNotice)
      })
    }
    expect(seen.map((s) => s.conclusion)).toEqual(['success', 'failure', 'failure', 'success'])
    expect(seen.map((s) => s.messages.length)).toEqual([0, 1, 0, 1])
    const [failing, recovered] = seen.flatMap((s) => s.messages)
    expect(failing).toMatchObject({
      header: ':x: Production of octo-org/octo-repo fails its load check',
      status: 'failure',
      link: 'https://github.com/octo-org/octo-repo/actions/runs/5002',
      fields: {
        'Load check': 'fail',
        // mrkdwn escapes > as &gt;: Slack shows "100.00% > 1%".
        Breached: 'failure-ratio of Aggregated: 100.00% &gt; 1%'
      }
    })
    expect(recovered).toMatchObject({
      header: ':white_check_mark: Production of octo-org/octo-repo passes its load check again',
      status: 'success',
      fields: { 'Load check': 'pass' }
    })
    expect(recovered?.fields).not.toHaveProperty('Breached')

    // Each run read the runs API with its own token (actions: read), and saw the others.
    expect(project.github.countRequests(LIST_RUNS)).toBe(4)
    expect(project.github.refusals).toEqual([])
    expect(project.grants.map((g) => g.permissions)).toEqual(
      states.map(() => ({ contents: 'read', actions: 'read' }))
    )
    expect(
      project.github.state.workflowRuns.map((r) => [r.id, r.event, r.status, r.conclusion])
    ).toEqual([
      [5001, 'schedule', 'completed', 'success'],
      [5002, 'schedule', 'completed', 'failure'],
      [5003, 'schedule', 'completed', 'failure'],
      [5004, 'schedule', 'completed', 'success']
    ])
    project.github.assertNoViolations()
  }, 600_000)

  it('a cancelled run says nothing about production: the state comes from the run before it', async () => {
    const project = await world.createProject('monitor-cancel')
    production = await startProduction()
    production.setHealthy(false)
    expect((await runMonitor(project, production, 6001)).conclusion).toBe('failure')
    expect(project.takeSlackMessages()).toHaveLength(1)
    // A run cancelled by hand (or timed out) on GitHub, recorded as such.
    project.github.state.recordWorkflowRun({
      ...project.github.state.workflowRuns[0]!,
      id: 6002,
      runNumber: 2,
      conclusion: 'cancelled'
    })
    expect((await runMonitor(project, production, 6003)).conclusion).toBe('failure')
    expect(project.takeSlackMessages()).toEqual([])
    project.github.assertNoViolations()
  }, 600_000)

  it('needs PRODUCTION_URL: without it the job is skipped and nothing is posted', async () => {
    const project = await world.createProject('monitor-unset')
    const sha = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
    const run = await project.run('production-monitor', {
      event: { name: 'workflow_dispatch', payload: { inputs: {}, ref: 'refs/heads/main' } },
      sha,
      ref: 'refs/heads/main'
    })
    expect(run.job('load-check').result).toBe('skipped')
    expect(project.takeSlackMessages()).toEqual([])
  }, 120_000)
})
