import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakePipAudit } from '../harness/fake-pip-audit.js'
import { createGitRepo, type GitRepo } from '../harness/git-repo.js'
import { REPO_ROOT, runAction } from '../harness/run-action.js'
import { loadWebhookExample } from '../harness/webhook-events.js'
import { parseWorkflow } from '../harness/workflow-policy.js'

const STARTERS = [
  'merge-main',
  'merge-development',
  'pr-security',
  'docker-push-staging',
  'weekly-release',
  'production-monitor'
]

describe('starter workflows', () => {
  it('are the six of the design, each with workflow-template metadata', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'workflows')).sort()
    expect(files).toEqual(
      STARTERS.flatMap((name) => [`${name}.properties.json`, `${name}.yml`]).sort()
    )
    for (const name of STARTERS) {
      const properties = JSON.parse(
        readFileSync(path.join(REPO_ROOT, 'workflows', `${name}.properties.json`), 'utf8')
      )
      expect(Object.keys(properties).sort(), name).toEqual([
        'categories',
        'description',
        'filePatterns',
        'iconName',
        'name'
      ])
      expect(properties.categories.length, name).toBeGreaterThan(0)
    }
  })

  it('name no operator: the operators come from discovery', () => {
    for (const name of STARTERS) {
      const text = readFileSync(path.join(REPO_ROOT, 'workflows', `${name}.yml`), 'utf8')
      expect(text, name).not.toMatch(/operators\/[a-z]/)
    }
    const pr = parseWorkflow(
      readFileSync(path.join(REPO_ROOT, 'workflows', 'pr-security.yml'), 'utf8')
    )
    expect((pr.jobs?.['unit-tests'] as { strategy?: { matrix?: string } }).strategy?.matrix).toBe(
      '${{ fromJSON(needs.plan.outputs.matrix) }}'
    )
  })
})

describe("pr-security's one required check", () => {
  const text = readFileSync(path.join(REPO_ROOT, 'workflows', 'pr-security.yml'), 'utf8')
  const jobs = (parseWorkflow(text).jobs ?? {}) as Record<string, Record<string, unknown>>
  const check = jobs['pr-security'] as {
    needs?: string[]
    if?: string
    permissions?: unknown
    steps?: { uses?: string; run?: string; env?: Record<string, string> }[]
  }

  it('needs every other job, so a job added later cannot pass unseen', () => {
    expect(check.needs).toEqual(Object.keys(jobs).filter((id) => id !== 'pr-security'))
  })

  it('always runs (a skipped required check counts as passed), holds no permission, and runs nothing of the pull request', () => {
    expect(check.if).toBe('always()')
    expect(check.permissions).toEqual({})
    expect(check.steps?.map((step) => step.uses)).toEqual([undefined])
    const [step] = check.steps ?? []
    expect(step?.run).not.toContain('${{')
    // Each needed job's result reaches the script through env:, and the script checks each.
    for (const id of check.needs ?? []) {
      const variable = id.toUpperCase().replace(/-/g, '_')
      expect(step?.env?.[variable], id).toBe(`\${{ needs.${id}.result }}`)
      expect(step?.run, id).toMatch(new RegExp(`^ *require ${id} "\\$${variable}"`, 'm'))
    }
  })
})

describe('the load check in the starters', () => {
  const read = (name: string) =>
    parseWorkflow(readFileSync(path.join(REPO_ROOT, 'workflows', `${name}.yml`), 'utf8')) as {
      on?: Record<string, unknown>
      concurrency?: unknown
      jobs?: Record<string, Record<string, unknown>>
    }

  it('merge-main checks production after the deploy, reads nothing secret, and rolls back only when asked', () => {
    const jobs = read('merge-main').jobs ?? {}
    expect(jobs['load-check']).toMatchObject({
      needs: ['release', 'deploy-production'],
      if: "vars.PRODUCTION_URL != ''",
      permissions: { contents: 'read' }
    })
    expect(jobs['load-check']?.environment).toBeUndefined()
    expect(jobs.rollback).toMatchObject({
      environment: { name: 'production' },
      concurrency: { group: 'deploy-production', 'cancel-in-progress': false },
      permissions: { contents: 'read' }
    })
    expect(String(jobs.rollback?.if)).toContain("vars.ROLLBACK_ON_FAILED_LOAD_CHECK == 'true'")
    expect(String(jobs.rollback?.if)).toContain("needs.deploy-production.outputs.changed == 'true'")
    expect(jobs.notify?.needs).toEqual(expect.arrayContaining(['load-check', 'rollback']))
  })

  it('production-monitor runs every 30 minutes and by hand, one at a time, reading runs with actions: read', () => {
    const monitor = read('production-monitor')
    expect(monitor.on).toEqual({
      schedule: [{ cron: '*/30 * * * *' }],
      workflow_dispatch: null
    })
    expect(monitor.concurrency).toEqual({
      group: 'production-monitor',
      'cancel-in-progress': false
    })
    expect(monitor.jobs?.['load-check']?.permissions).toEqual({ contents: 'read', actions: 'read' })
  })
})

describe('a GitHub App token for what sync-branches opens, when one is configured', () => {
  const APP_TOKEN =
    'actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2'
  const steps = (name: string, job: string) => {
    const text = readFileSync(path.join(REPO_ROOT, 'workflows', `${name}.yml`), 'utf8')
    const workflow = parseWorkflow(text) as {
      jobs?: Record<string, { steps?: Record<string, unknown>[] }>
    }
    return { text, steps: workflow.jobs?.[job]?.steps ?? [] }
  }

  it.each([
    ['merge-main', 'sync'],
    ['weekly-release', 'release-pr']
  ])(
    '%s (job %s) mints it only when RELEASE_APP_ID is set, pinned, and passes it to sync-branches',
    (name, job) => {
      const { text, steps: list } = steps(name, job)
      expect(text).toContain(APP_TOKEN)
      const index = list.findIndex((step) => step.id === 'app-token')
      const sync = list.findIndex((step) =>
        String(step.uses).startsWith('org/release-actions/actions/sync-branches@')
      )
      expect(index).toBeGreaterThanOrEqual(0)
      expect(index).toBeLessThan(sync)
      const step = list[index]!
      expect(String(step.if)).toContain("vars.RELEASE_APP_ID != ''")
      expect(step.with).toEqual({
        'app-id': '${{ vars.RELEASE_APP_ID }}',
        'private-key': '${{ secrets.RELEASE_APP_PRIVATE_KEY }}',
        'permission-contents': 'write',
        'permission-pull-requests': 'write'
      })
      expect((list[sync]!.with as Record<string, string>)['github-token']).toBe(
        '${{ steps.app-token.outputs.token || github.token }}'
      )
    }
  )

  it('the starters that open no pull request take no App token', () => {
    for (const name of STARTERS.filter((n) => n !== 'merge-main' && n !== 'weekly-release')) {
      const text = readFileSync(path.join(REPO_ROOT, 'workflows', `${name}.yml`), 'utf8')
      expect(text, name).not.toContain('create-github-app-token')
    }
  })
})

describe('adding operators/new/ needs no workflow edit', () => {
  const repos: GitRepo[] = []
  afterEach(async () => Promise.all(repos.splice(0).map((repo) => repo.cleanup())))

  it('is planned (image and tests) and its requirements are audited', async () => {
    const repo = await createGitRepo()
    repos.push(repo)
    const before = await repo.commit({
      message: 'feat: alpha',
      files: {
        'operators/alpha/Dockerfile': 'FROM scratch\n',
        'operators/alpha/requirements.txt': 'requests==2.32.3\n'
      }
    })
    await repo.commit({
      message: 'feat: a new operator',
      files: {
        'operators/new/Dockerfile': 'FROM python:3.12-slim\n',
        'operators/new/requirements.txt': 'flask==3.0.3\n',
        'operators/new/tests/test_app.py': 'def test_ok():\n    assert True\n'
      }
    })
    const sha = await repo.head()
    // pr-security's plan job: docker-push-operators in plan mode for a pull request.
    const plan = await runAction('docker-push-operators', {
      inputs: { namespace: 'plan-only', mode: 'plan' },
      workspace: repo.dir,
      sha,
      event: {
        name: 'pull_request',
        payload: loadWebhookExample('pull_request', {
          action: 'opened',
          overrides: { pull_request: { base: { sha: before } } }
        })
      },
      env: { HOME: repo.root }
    })
    expect(plan.exitCode, plan.stdout).toBe(0)
    expect(JSON.parse(plan.outputs.matrix!).include).toEqual([
      expect.objectContaining({
        operator: 'new',
        context: 'operators/new',
        dockerfile: 'operators/new/Dockerfile'
      })
    ])

    // pr-security's scan job: the new requirements file is found and audited.
    const fake = createFakePipAudit({
      output: readFileSync(
        path.join(REPO_ROOT, 'test/fixtures/scanner-output/pip-audit-2.10-clean.json'),
        'utf8'
      ),
      exitCode: 0
    })
    try {
      const gate = await runAction('security-gate', {
        inputs: { bandit: 'false', 'install-tools': 'false' },
        workspace: repo.dir,
        env: fake.env
      })
      expect(gate.outputs.outcome).toBe('pass')
      const report = JSON.parse(readFileSync(path.join(repo.dir, 'security-gate.json'), 'utf8'))
      expect(report.requirements).toEqual([
        'operators/alpha/requirements.txt',
        'operators/new/requirements.txt'
      ])
    } finally {
      fake.cleanup()
    }
    // The starters in workflows/ are untouched by this: nothing to edit there.
    expect(existsSync(path.join(repo.dir, '.github'))).toBe(false)
  })
})
