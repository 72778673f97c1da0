import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { runAction } from '../../../test/harness/run-action.js'
import { loadWebhookExample } from '../../../test/harness/webhook-events.js'

/**
 * Plan mode, as pr-security's plan job runs it (the committed bundle, a pull request's base), on a
 * real repository whose operators' requirements name paths outside their folders.
 */
let repo: GitRepo
let base: string

beforeAll(async () => {
  repo = await createGitRepo()
  base = await repo.commit({
    message: 'feat: three operators, a shared package and common requirements',
    files: {
      'shared/pyproject.toml': '[project]\nname = "acme-shared"\n',
      'shared/acme_shared/__init__.py': '',
      'operators/common.txt': 'requests==2.32.3\n',
      'operators/api/Dockerfile': 'FROM python:3.12-slim\n',
      'operators/api/requirements.txt': 'flask==3.0.3\n-e ../../shared\n-r ../common.txt\n',
      'operators/worker/Dockerfile': 'FROM python:3.12-slim\n',
      'operators/worker/requirements.txt': 'celery==5.4.0  # no shared package\n-r ../common.txt\n',
      'operators/solo/Dockerfile': 'FROM python:3.12-slim\n',
      'operators/solo/requirements.txt': 'httpx==0.27.2\n'
    }
  })
})
afterAll(() => repo?.cleanup())

/** docker-push-operators in plan mode for a pull request from `base` to HEAD. */
async function plan(inputs: Record<string, string> = {}) {
  const result = await runAction('docker-push-operators', {
    inputs: { namespace: 'plan-only', mode: 'plan', ...inputs },
    workspace: repo.dir,
    sha: await repo.head(),
    event: {
      name: 'pull_request',
      payload: loadWebhookExample('pull_request', {
        action: 'opened',
        overrides: { pull_request: { base: { sha: base } } }
      })
    },
    env: { HOME: repo.root }
  })
  expect(result.exitCode, result.stdout).toBe(0)
  const matrix = JSON.parse(result.outputs.matrix!) as { include: { operator: string }[] }
  return {
    operators: matrix.include.map((entry) => entry.operator),
    hasChanges: result.outputs['has-changes'],
    skipped: JSON.parse(result.outputs.skipped!) as { operator: string; reason: string }[],
    summary: result.summary
  }
}

describe('plan mode: a change under a path the requirements name selects the operator', () => {
  it('a change to shared/ only selects the operator whose requirements say -e ../../shared', async () => {
    await repo.git(['checkout', '-q', '-B', 'shared-only', base])
    await repo.commit({
      message: 'fix(shared): retry once',
      files: { 'shared/acme_shared/util.py': 'RETRIES = 1\n' }
    })
    const result = await plan()
    expect(result.operators).toEqual(['api'])
    expect(result.hasChanges).toBe('true')
    expect(result.summary).toContain(
      '| api | selected | requirements reference shared/ (changed: shared/acme_shared/util.py) |'
    )
    expect(result.skipped).toEqual([
      {
        operator: 'solo',
        reason: `nothing under operators/solo/ changed since ${base.slice(0, 7)}`
      },
      {
        operator: 'worker',
        reason: `nothing under operators/worker/ or operators/common.txt (named by its requirements) changed since ${base.slice(0, 7)}`
      }
    ])
  })

  it('a change to operators/x/../common.txt, named with -r, selects the operators that include it', async () => {
    await repo.git(['checkout', '-q', '-B', 'common', base])
    await repo.commit({
      message: 'fix: requests 2.32.4',
      files: { 'operators/common.txt': 'requests==2.32.4\n' }
    })
    const result = await plan()
    expect(result.operators).toEqual(['api', 'worker'])
    for (const operator of ['api', 'worker']) {
      expect(result.summary).toContain(
        `| ${operator} | selected | requirements reference operators/common.txt (changed: operators/common.txt) |`
      )
    }
    expect(result.skipped.map((s) => s.operator)).toEqual(['solo'])
  })

  it('shared-paths still selects every operator', async () => {
    await repo.git(['checkout', '-q', '-B', 'shared-paths', base])
    await repo.commit({
      message: 'fix(shared): retry twice',
      files: { 'shared/acme_shared/util.py': 'RETRIES = 2\n' }
    })
    const result = await plan({ 'shared-paths': 'shared\npyproject.toml' })
    expect(result.operators).toEqual(['api', 'solo', 'worker'])
    expect(result.summary).toContain(
      '| solo | selected | shared path changed: shared/acme_shared/util.py |'
    )
    expect(result.skipped).toEqual([])
  })

  it('a change elsewhere selects nothing', async () => {
    await repo.git(['checkout', '-q', '-B', 'docs', base])
    await repo.commit({ message: 'docs: readme', files: { 'README.md': '# acme\n' } })
    const result = await plan()
    expect(result.operators).toEqual([])
    expect(result.hasChanges).toBe('false')
  })
})
