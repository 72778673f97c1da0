import { describe, expect, it } from 'vitest'
import { readNotice } from '../read-notice.js'
import type { Project } from '../release-world.js'
import { jobResults, useReleaseWorld } from '../use-release-world.js'

const world = useReleaseWorld()

const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/4242'
// Every request to the lost home page fails. mrkdwn escapes > as &gt;: Slack shows "100.00% > 1%".
const BREACHED = 'failure-ratio of Aggregated: 100.00% &gt; 1%'
// The check as a team runs it, shortened: locust hits the api that compose deployed, through
// the port production publishes on 127.0.0.1.
const checkVars = (project: Project, extra: Record<string, string> = {}) => ({
  PRODUCTION_URL: project.productionUrl,
  LOAD_CHECK_RUN_TIME: '5s',
  ...extra
})

async function release(
  project: Project,
  title: string,
  files: Record<string, string | null>,
  vars: Record<string, string>
) {
  const merge = await project.mergePullRequest({
    branch: `feature/${title.toLowerCase().replace(/\W+/g, '-')}`,
    into: 'main',
    title,
    labels: ['release:minor'],
    files
  })
  return project.runPush('merge-main', 'main', merge.before, { vars })
}

async function readHome(project: Project): Promise<string> {
  const response = await fetch(`${project.productionUrl}/`)
  return `${response.status} ${await response.text()}`
}

describe('merge-main: the load check against the deployed production', () => {
  it('passes on a good release, and a release that loses its home page fails it: Slack names the limit, production keeps the release (rollback off)', async () => {
    const project = await world.createProject('check')
    const good = await release(
      project,
      'Add export',
      { 'operators/api/www/index.html': 'api 2\n' },
      checkVars(project)
    )
    expect(jobResults(good)).toMatchObject({
      'deploy-production': 'success',
      'load-check': 'success',
      rollback: 'skipped',
      notify: 'success'
    })
    expect(await readHome(project)).toBe('200 api 2\n')
    const check = good.job('load-check')
    expect(check.outputs).toMatchObject({ outcome: 'pass' })
    const figures = check.steps.find((s) => s.id === 'check')?.outputs ?? {}
    expect(Number(figures.requests)).toBeGreaterThan(10)
    expect(figures.failures).toBe('0')
    expect(check.steps.find((s) => s.id === 'check')?.inputs).toMatchObject({
      host: project.productionUrl,
      locustfile: 'locustfile.py',
      'run-time': '5s'
    })
    const [passed, ...none] = project.takeSlackMessages().map(readNotice)
    expect(none).toEqual([])
    expect(passed).toMatchObject({ status: 'success', fields: { 'Load check': 'pass' } })
    expect(passed?.fields).not.toHaveProperty('Breached')

    const deployedGood = await project.running('production')
    const bad = await release(
      project,
      'Move the home page',
      { 'operators/api/www/index.html': null, 'operators/api/www/home.html': 'api 3\n' },
      checkVars(project)
    )
    expect(jobResults(bad)).toMatchObject({
      'deploy-production': 'success',
      'load-check': 'failure',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(bad.conclusion).toBe('failure')
    expect(bad.job('load-check').outputs.outcome).toBe('fail')
    const badFigures = bad.job('load-check').steps.find((s) => s.id === 'check')?.outputs ?? {}
    expect(Number(badFigures.requests)).toBeGreaterThan(10)
    expect(badFigures.failures).toBe(badFigures.requests)
    expect((await readHome(project)).startsWith('404')).toBe(true)
    expect(await project.running('production')).not.toEqual(deployedGood)
    const [failed, ...more] = project.takeSlackMessages().map(readNotice)
    expect(more).toEqual([])
    expect(failed).toMatchObject({
      header: ':x: Release v1.4.0 of octo-org/octo-repo',
      status: 'failure',
      link: RUN_URL,
      fields: {
        Deploy: 'success',
        'Load check': 'fail',
        Breached: BREACHED
      }
    })
    project.github.assertNoViolations()
    expect(project.github.refusals).toEqual([])
  }, 600_000)

  it('with ROLLBACK_ON_FAILED_LOAD_CHECK=true, a failed check puts back the digests that ran before', async () => {
    const project = await world.createProject('rollback')
    const vars = checkVars(project, { ROLLBACK_ON_FAILED_LOAD_CHECK: 'true' })
    const good = await release(
      project,
      'Add export',
      { 'operators/api/www/index.html': 'api 2\n' },
      vars
    )
    // A first deploy on an empty host: nothing ran before, so nothing to roll back to either way.
    expect(jobResults(good)).toMatchObject({ 'load-check': 'success', rollback: 'skipped' })
    expect(good.job('deploy-production').outputs['previous-digests']).toBe('{}')
    const before = await project.running('production')
    project.takeSlackMessages()

    const bad = await release(
      project,
      'Move the home page',
      { 'operators/api/www/index.html': null, 'operators/api/www/home.html': 'api 3\n' },
      vars
    )
    expect(jobResults(bad)).toMatchObject({
      'deploy-production': 'success',
      'load-check': 'failure',
      rollback: 'success',
      notify: 'success'
    })
    const previous = JSON.parse(bad.job('deploy-production').outputs['previous-digests'] ?? '')
    expect(Object.keys(previous).sort()).toEqual(['api', 'worker'])
    expect(await project.running('production')).toEqual(before)
    expect(await readHome(project)).toBe('200 api 2\n')
    const [notice, ...more] = project.takeSlackMessages().map(readNotice)
    expect(more).toEqual([])
    expect(notice).toMatchObject({
      status: 'failure',
      link: RUN_URL,
      fields: {
        'Load check': 'fail',
        Breached: BREACHED,
        Rollback: 'success'
      }
    })
  }, 600_000)
})
