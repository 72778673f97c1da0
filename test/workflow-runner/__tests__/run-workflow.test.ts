import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateAppKeyPair } from '../../harness/github/github-apps.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../harness/github/server.js'
import { runWorkflow, type RunWorkflowOptions, type WorkflowRun } from '../run-workflow.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-runner-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let count = 0
async function run(yaml: string, options: Partial<RunWorkflowOptions> = {}): Promise<WorkflowRun> {
  const file = path.join(dir, `workflow-${++count}.yml`)
  writeFileSync(file, yaml)
  const result = await runWorkflow({
    workflow: file,
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    remote: dir,
    apiUrl: 'http://127.0.0.1:9',
    ...options
  })
  result.cleanup()
  return result
}

const results = (r: WorkflowRun) => Object.fromEntries(r.jobs.map((j) => [j.name, j.result]))

describe('job status functions and skipped propagation', () => {
  const workflow = (failA: boolean) => `
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      value: \${{ steps.s.outputs.value }}
    steps:
      - id: s
        run: echo "value=from-a" >> "$GITHUB_OUTPUT"; exit ${failA ? 1 : 0}
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: echo b
  c:
    needs: b
    runs-on: ubuntu-latest
    steps:
      - run: echo c
  on-failure:
    needs: b
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "saw \${{ needs.b.result }}"
  always:
    needs: [a, c]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "a=\${{ needs.a.result }} c=\${{ needs.c.result }} value=\${{ needs.a.outputs.value }}"
  not-cancelled:
    needs: a
    if: \${{ !cancelled() && needs.a.result == 'failure' }}
    runs-on: ubuntu-latest
    steps:
      - run: echo ran
`
  it.each([
    {
      failA: false,
      expected: {
        a: 'success',
        b: 'success',
        c: 'success',
        'on-failure': 'skipped',
        always: 'success',
        'not-cancelled': 'skipped'
      },
      alwaysLog: 'a=success c=success value=from-a'
    },
    {
      failA: true,
      expected: {
        a: 'failure',
        b: 'skipped',
        c: 'skipped',
        'on-failure': 'success',
        always: 'success',
        'not-cancelled': 'success'
      },
      alwaysLog: 'a=failure c=skipped value=from-a'
    }
  ])('a failing: $failA', async ({ failA, expected, alwaysLog }) => {
    const r = await run(workflow(failA))
    expect(results(r)).toEqual(expected)
    expect(r.job('always').steps[0]?.log).toContain(alwaysLog)
    expect(r.conclusion).toBe(failA ? 'failure' : 'success')
  })

  it('a step after a failed step runs only with failure() or always(); continue-on-error keeps the job green', async () => {
    const r = await run(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      outcome: \${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 3
      - id: after
        run: echo after
      - id: boom
        run: exit 1
      - id: skipped
        run: echo never
      - if: failure()
        run: echo "cleanup \${{ job.status }}"
      - if: always()
        run: echo always
`)
    const steps = r.job('j').steps.map((s) => `${s.id ?? s.name}:${s.outcome}/${s.conclusion}`)
    expect(steps).toEqual([
      'flaky:failure/success',
      'after:success/success',
      'boom:failure/failure',
      'skipped:skipped/skipped',
      'run:success/success',
      'run:success/success'
    ])
    expect(r.job('j').steps[4]?.log).toContain('cleanup failure')
    expect(r.job('j').outputs).toEqual({ outcome: 'failure/success' })
    expect(r.job('j').result).toBe('failure')
  })
})

describe('job outputs', () => {
  it('drops empty outputs and outputs that hold a secret or a masked value, and says so', async () => {
    const r = await run(
      `
on: push
env:
  NAMESPACE: \${{ secrets.NAMESPACE }}
jobs:
  j:
    runs-on: ubuntu-latest
    outputs:
      plain: \${{ steps.s.outputs.plain }}
      empty: \${{ steps.s.outputs.missing }}
      image: \${{ steps.s.outputs.image }}
      masked: \${{ steps.s.outputs.masked }}
    steps:
      - id: s
        run: |
          echo "::add-mask::hunter2"
          echo "plain=1.2.3" >> "$GITHUB_OUTPUT"
          echo "image=registry/$NAMESPACE/api" >> "$GITHUB_OUTPUT"
          echo "masked=pw-hunter2" >> "$GITHUB_OUTPUT"
          echo "namespace is $NAMESPACE"
  k:
    needs: j
    runs-on: ubuntu-latest
    steps:
      - run: echo "image=[\${{ needs.j.outputs.image }}] plain=[\${{ needs.j.outputs.plain }}]"
`,
      { secrets: { NAMESPACE: 'acme-secret-ns' } }
    )
    expect(r.job('j').outputs).toEqual({ plain: '1.2.3' })
    expect(r.job('j').droppedOutputs).toEqual(['image', 'masked'])
    expect(r.job('j').log).toContain("Skip output 'image' since it may contain secret.")
    expect(r.job('j').log).toContain('namespace is ***')
    expect(r.job('j').log).not.toContain('acme-secret-ns')
    expect(r.job('k').steps[0]?.log).toContain('image=[] plain=[1.2.3]')
  })
})

describe('matrices', () => {
  it('expands fromJSON of another job output, with include, and names each job', async () => {
    const r = await run(`
on: push
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.p.outputs.matrix }}
    steps:
      - id: p
        run: echo 'matrix={"include":[{"operator":"api","context":"operators/api"},{"operator":"worker","context":"operators/worker"}]}' >> "$GITHUB_OUTPUT"
  test:
    needs: plan
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - run: echo "testing $OPERATOR in $DIR (\${{ strategy.job-index }}/\${{ strategy.job-total }})"; test "$OPERATOR" != worker
        env:
          OPERATOR: \${{ matrix.operator }}
          DIR: \${{ matrix.context }}
  product:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [a, b]
        py: ['3.11', '3.12']
        exclude:
          - os: b
            py: '3.11'
        include:
          - os: a
            extra: yes
          - os: c
            py: '3.13'
    steps:
      - run: echo ok
`)
    expect(r.jobs.filter((j) => j.id === 'test').map((j) => `${j.name}:${j.result}`)).toEqual([
      'test (api, operators/api):success',
      'test (worker, operators/worker):failure'
    ])
    expect(r.job('test (api, operators/api)').steps[0]?.log).toContain(
      'testing api in operators/api (0/2)'
    )
    expect(r.jobs.filter((j) => j.id === 'product').map((j) => j.matrix)).toEqual([
      { os: 'a', py: '3.11', extra: 'yes' },
      { os: 'a', py: '3.12', extra: 'yes' },
      { os: 'b', py: '3.12' },
      { os: 'c', py: '3.13' }
    ])
  })
})

describe('values as the runner reads them', () => {
  it('folds and chomps block scalars holding expressions, and serialises objects as JSON', async () => {
    const r = await run(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: s
        run: echo "v=1.3.0" >> "$GITHUB_OUTPUT"
      - run: printf '%s' "$LITERAL" > literal.txt; printf '%s' "$FOLDED" > folded.txt; printf '%s' "$OBJ" > obj.txt
        env:
          LITERAL: |
            Version: \${{ steps.s.outputs.v }}
            Status: \${{ job.status }}
          FOLDED: >-
            Release \${{ steps.s.outputs.v }}
            of \${{ github.repository }}
          OBJ: \${{ fromJSON('{"a":[1,2]}') }}
      - run: cat literal.txt; echo; echo ---; cat folded.txt; echo; echo ---; cat obj.txt
`)
    const log = r.job('j').steps[2]?.log ?? ''
    expect(log).toContain(
      'Version: 1.3.0\nStatus: success\n\n---\nRelease 1.3.0 of octo-org/octo-repo\n---\n{\n  "a": [\n    1,\n    2\n  ]\n}'
    )
  })

  it('refuses an expression naming a context the field does not have, as GitHub does', async () => {
    await expect(
      run(`
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - if: secrets.TOKEN != ''
        run: echo no
`)
    ).rejects.toThrow(/secrets/)
  })

  it('refuses an event or branch the workflow does not run on', async () => {
    const yaml = `
on:
  push:
    branches: [main]
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`
    await expect(run(yaml, { ref: 'refs/heads/feature' })).rejects.toThrow(
      /does not run on push for feature/
    )
    await expect(run(yaml, { event: { name: 'pull_request', payload: {} } })).rejects.toThrow(
      /does not run on pull_request/
    )
  })
})

describe('schedules and the runs API', () => {
  const yaml = `
name: monitor
on:
  schedule:
    - cron: '*/30 * * * *'
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$GITHUB_WORKFLOW_REF"; exit \${{ vars.FAIL == 'yes' && 1 || 0 }}
`
  const schedule = (cron: string) => ({ name: 'schedule', payload: { schedule: cron } })

  it('runs for one of its crons only', async () => {
    await expect(run(yaml, { event: schedule('0 * * * *') })).rejects.toThrow(
      /has no schedule 0 \* \* \* \*/
    )
    const done = await run(yaml, { event: schedule('*/30 * * * *') })
    expect(done.conclusion).toBe('success')
    expect(done.job('j').log).toMatch(
      /octo-org\/octo-repo\/\.github\/workflows\/workflow-\d+\.yml@refs\/heads\/main/
    )
  })

  it('reports the run in progress, then completed with its conclusion', async () => {
    const records: { id: number; status: string; conclusion: string | null; event: string }[] = []
    await run(yaml, {
      event: schedule('*/30 * * * *'),
      runId: 77,
      vars: { FAIL: 'yes' },
      recordRun: ({ id, status, conclusion, event }) =>
        records.push({ id, status, conclusion, event })
    })
    expect(records).toEqual([
      { id: 77, status: 'in_progress', conclusion: null, event: 'schedule' },
      { id: 77, status: 'completed', conclusion: 'failure', event: 'schedule' }
    ])
  })
})

describe('cancelling', () => {
  it('stops the running step, runs only always() jobs after it, and skips the rest', async () => {
    const r = await run(
      `
on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    steps:
      - run: sleep 30
  after:
    needs: slow
    runs-on: ubuntu-latest
    steps:
      - run: echo after
  not-cancelled:
    needs: slow
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - run: echo no
  always:
    needs: slow
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "slow was \${{ needs.slow.result }}"
`,
      {
        onJobStart: (job, control) => {
          if (job === 'slow') setTimeout(() => control.cancel(), 300)
        }
      }
    )
    expect(results(r)).toEqual({
      slow: 'cancelled',
      after: 'cancelled',
      'not-cancelled': 'cancelled',
      always: 'success'
    })
    expect(r.job('always').steps[0]?.log).toContain('slow was cancelled')
    expect(r.conclusion).toBe('cancelled')
  })
})

describe('environments and forks', () => {
  const yaml = `
on:
  pull_request:
    branches: [main]
permissions:
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment:
      name: \${{ github.event_name == 'pull_request' && 'staging' || 'production' }}
      url: https://example.test/\${{ steps.d.outputs.where }}/\${{ vars.REGION }}
    permissions:
      contents: write
    steps:
      - id: d
        run: echo "where=$HOST" >> "$GITHUB_OUTPUT"; echo "host is $HOST"
        env:
          HOST: \${{ secrets.DEPLOY_HOST }}
`
  const payload = (head: string) => ({
    pull_request: {
      number: 1,
      head: { ref: 'f', repo: { full_name: head } },
      base: { ref: 'main', repo: { full_name: 'octo-org/octo-repo' } }
    }
  })
  it('gives a job its environment secrets and variables, and its url', async () => {
    const r = await run(yaml, {
      event: { name: 'pull_request', payload: payload('octo-org/octo-repo') },
      ref: 'refs/pull/1/merge',
      environments: { staging: { secrets: { DEPLOY_HOST: 'stage-host' }, vars: { REGION: 'eu' } } }
    })
    expect(r.job('deploy').environment).toEqual({
      name: 'staging',
      url: 'https://example.test/stage-host/eu'
    })
    expect(r.job('deploy').log).toContain('host is ***')
    expect(r.job('deploy').permissions).toEqual({ contents: 'write' })
  })
  it('gives a pull request from a fork no secrets and a read-only token', async () => {
    const r = await run(yaml, {
      event: { name: 'pull_request', payload: payload('someone/fork') },
      ref: 'refs/pull/1/merge',
      secrets: { OTHER: 'x' },
      environments: { staging: { secrets: { DEPLOY_HOST: 'stage-host' }, vars: { REGION: 'eu' } } }
    })
    expect(r.job('deploy').secretNames).toEqual(['GITHUB_TOKEN'])
    expect(r.job('deploy').permissions).toEqual({ contents: 'read' })
    expect(r.job('deploy').environment?.url).toBe('https://example.test//eu')
  })
})

describe('artifacts between jobs', () => {
  const yaml = `
on: push
jobs:
  make:
    runs-on: ubuntu-latest
    steps:
      - run: echo '{"ok":true}' > report.json; echo sarif > report.sarif; mkdir logs; echo log > logs/a.txt
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: report
          path: |
            report.json
            report.sarif
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: logs
          path: logs
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - id: one
        uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0
        with:
          name: report
      - run: cat report.json report.sarif; echo "at \${{ steps.one.outputs.download-path }}"
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0
        with:
          path: all
      - run: ls all all/report all/logs
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0
        with:
          name: never-uploaded
`
  it('a later job downloads what an earlier one uploaded; a name never uploaded fails the step', async () => {
    const r = await run(yaml)
    expect(r.job('make').result).toBe('success')
    const use = r.job('use')
    expect(use.steps.map((s) => s.outcome)).toEqual([
      'success',
      'success',
      'success',
      'success',
      'failure'
    ])
    expect(use.steps[1]?.log).toMatch(/^\{"ok":true\}\nsarif\nat \/\S+\/workspace\n$/)
    expect(use.steps[3]?.log).toBe(
      'all:\nlogs\nreport\n\nall/logs:\na.txt\n\nall/report:\nreport.json\nreport.sarif\n'
    )
    expect(use.steps[4]?.log).toContain('Artifact not found for name: never-uploaded')
  })
})

describe('actions/create-github-app-token against the GitHub stand-in', () => {
  const keys = generateAppKeyPair()
  const wrongKey = generateAppKeyPair().privateKey
  let github: GitHubStandIn
  beforeEach(async () => {
    github = await startGitHubStandIn()
    github.registerApp({
      id: 31337,
      slug: 'octo-release',
      publicKey: keys.publicKey,
      installations: [
        {
          repositories: ['octo-org/octo-repo'],
          permissions: { contents: 'write', pull_requests: 'write' }
        }
      ]
    })
  })
  afterEach(async () => {
    await github.close()
    github.assertNoViolations()
  })
  const yaml = (withLines: string) => `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: app-token
        uses: actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349 # v2.2.2
        with:
${withLines}
      - run: echo "slug=\${{ steps.app-token.outputs.app-slug }} token=\${{ steps.app-token.outputs.token }}"
`
  const standard = `          app-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
          permission-pull-requests: write`
  const runWith = (withLines: string, key = keys.privateKey) =>
    run(yaml(withLines), {
      apiUrl: github.url,
      vars: { APP_ID: '31337' },
      secrets: { APP_KEY: key }
    })

  it('mints a token for this repository with the asked permissions, masks it, and revokes it in its post step', async () => {
    const r = await runWith(standard)
    const job = r.job('j')
    expect(job.steps.map((s) => [s.name, s.outcome])).toEqual([
      ['actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349', 'success'],
      ['run', 'success'],
      ['Post actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349', 'success']
    ])
    const [minted] = github.apps.tokens.values()
    expect(job.steps[0]?.outputs).toEqual({
      token: minted?.token,
      'installation-id': String(github.apps.apps[0]?.installations[0]?.id),
      'app-slug': 'octo-release'
    })
    expect(job.steps[0]?.log).toContain(
      "Inputs 'owner' and 'repositories' are not set. Creating token for this repository (octo-org/octo-repo)."
    )
    expect(job.steps[1]?.log).toBe('slug=octo-release token=***\n')
    expect(job.steps[2]?.log).toBe('Token revoked')
    expect(job.log).not.toContain(minted?.token)
    expect(job.log).not.toContain(keys.privateKey)
    expect(minted?.revoked).toBe(true)
    expect(github.requests.map((q) => [q.method, q.route, q.status])).toEqual([
      ['GET', '/repos/{owner}/{repo}/installation', 200],
      ['POST', '/app/installations/{installation_id}/access_tokens', 201],
      ['DELETE', '/installation/token', 204]
    ])
    expect(github.requests[1]?.body).toEqual({
      repositories: ['octo-repo'],
      permissions: { pull_requests: 'write' }
    })
  })

  it("a private key that is not the App's: four attempts, GitHub's 401, the job fails and nothing is minted", async () => {
    const r = await runWith(standard, wrongKey)
    const job = r.job('j')
    expect(job.result).toBe('failure')
    expect(job.steps.map((s) => s.outcome)).toEqual(['failure', 'skipped', 'success'])
    const message = 'A JSON web token could not be decoded - https://docs.github.com/rest'
    expect(job.steps[0]?.log).toContain(`(attempt 4): ${message}`)
    expect(job.steps[0]?.log.split('\n').at(-1)).toBe(`::error::${message}`)
    expect(job.steps[2]?.log).toBe('Token is not set')
    expect(github.requests.map((q) => q.status)).toEqual([401, 401, 401, 401])
    expect(github.apps.tokens.size).toBe(0)
  })

  it.each([
    [
      'an input v2.2.2 does not have (client-id came in v3.1.0)',
      `          client-id: Iv23li\n          private-key: \${{ secrets.APP_KEY }}`,
      'actions/create-github-app-token (v2.2.2) has no input(s) client-id'
    ],
    [
      'no private key (the secret unset)',
      `          app-id: \${{ vars.APP_ID }}\n          private-key: \${{ secrets.UNSET }}`,
      '::error::[@octokit/auth-app] privateKey option is required'
    ],
    [
      'no app id',
      `          private-key: \${{ secrets.APP_KEY }}`,
      '::error::[@octokit/auth-app] appId option is required'
    ]
  ])('%s fails the step before any request', async (_, withLines, error) => {
    const job = (await runWith(withLines)).job('j')
    expect(job.steps[0]?.outcome).toBe('failure')
    expect(job.steps[0]?.log).toContain(error)
    expect(github.requests).toEqual([])
  })

  it('skip-token-revoke leaves the token alive after the job', async () => {
    const job = (await runWith(`${standard}\n          skip-token-revoke: true`)).job('j')
    expect(job.steps.at(-1)?.log).toBe('Token revocation was skipped')
    expect([...github.apps.tokens.values()].map((t) => t.revoked)).toEqual([false])
  })
})
