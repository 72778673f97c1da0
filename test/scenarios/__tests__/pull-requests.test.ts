import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installBandit } from '../../harness/bandit.js'
import { createFakePipAudit, type FakePipAudit } from '../../harness/fake-pip-audit.js'
import { REPO_ROOT } from '../../harness/run-action.js'
import { runProcess } from '../../harness/run-process.js'
import { loadWebhookExample } from '../../harness/webhook-events.js'
import { listAppSecrets, listRepositoryWrites, readSeenJwts } from '../app-token.js'
import { REPOSITORY } from '../release-world.js'
import type { WorkflowRun } from '../../workflow-runner/run-workflow.js'
import { jobResults, useReleaseWorld } from '../use-release-world.js'

const world = useReleaseWorld()
let pipAudit: FakePipAudit
beforeAll(() => {
  pipAudit = createFakePipAudit({
    output: readFileSync(
      path.join(REPO_ROOT, 'test', 'fixtures', 'scanner-output', 'pip-audit-2.10-clean.json'),
      'utf8'
    ),
    exitCode: 0
  })
})
afterAll(() => pipAudit?.cleanup())

const results = jobResults

describe('weekly-release, on its Tuesday schedule and on pushes to development', () => {
  it('a push opens nothing; Tuesday opens the release pull request; a push refreshes it in place; merged, it is tagged what it announces', async () => {
    const project = await world.createProject('weekly')
    const pushed = async (before: string) =>
      project.runPush('weekly-release', 'development', before)
    const schedule = async () => {
      const main = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
      return project.run('weekly-release', {
        event: { name: 'schedule', payload: { schedule: '0 7 * * 2' } },
        sha: main,
        ref: 'refs/heads/main'
      })
    }
    const exported = await project.mergePullRequest({
      branch: 'feature/export',
      into: 'development',
      title: 'feat: add export',
      labels: ['release:minor'],
      files: { 'operators/api/www/index.html': 'api export\n' }
    })
    const quiet = await pushed(exported.before)
    expect(results(quiet)).toEqual({ 'release-pr': 'success' })
    expect(project.github.state.listPulls().filter((p) => p.base.ref === 'main')).toEqual([])

    const first = await schedule()
    expect(results(first)).toEqual({ 'release-pr': 'success' })
    const opened = project.github.state
      .listPulls()
      .filter((p) => p.base.ref === 'main' && p.state === 'open')
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatchObject({ title: 'Release v1.3.0', head: { ref: 'development' } })
    expect(opened[0]?.body).toContain('feat: add export')
    // No RELEASE_APP_ID: the App token step is skipped and GITHUB_TOKEN opens it.
    expect(first.job('release-pr').steps.find((s) => s.id === 'app-token')?.outcome).toBe('skipped')
    expect(opened[0]?.user).toBe('github-actions[bot]')

    const v2 = await project.mergePullRequest({
      branch: 'feature/v2',
      into: 'development',
      title: 'feat!: drop the v1 endpoints',
      labels: ['release:major'],
      files: { 'operators/worker/www/index.html': 'worker v2\n' }
    })
    const second = await pushed(v2.before)
    expect(results(second)).toEqual({ 'release-pr': 'success' })
    const now = project.github.state
      .listPulls()
      .filter((p) => p.base.ref === 'main' && p.state === 'open')
    expect(now).toHaveLength(1)
    expect(now[0]).toMatchObject({ number: opened[0]?.number, title: 'Release v2.0.0' })
    expect(now[0]?.body).toMatch(/^<!-- release-actions: version=2\.0\.0 -->\n/)

    // Merged, the release pull request is tagged the version it announced.
    const before = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
    project.github.state.mergePullRequest(now[0]!.number)
    await project.repo.git(['fetch', '-q', 'origin'])
    const release = await project.runPush('merge-main', 'main', before)
    expect(release.job('release').outputs).toMatchObject({
      version: '2.0.0',
      tag: 'v2.0.0',
      latest: 'true'
    })
    expect(release.job('release').steps[0]?.summary).toContain('As release pull request')
    project.github.assertNoViolations()
  }, 400_000)
})

describe('weekly-release with the release App (README adoption step 6)', () => {
  it("Tuesday's release pull request is opened by the App's bot and a push refreshes it with a fresh token; each token is revoked after its job and none is logged", async () => {
    const project = await world.createProject('weekly-app')
    const app = project.installApp()
    await project.mergePullRequest({
      branch: 'feature/export',
      into: 'development',
      title: 'feat: add export',
      labels: ['release:minor'],
      files: { 'operators/api/www/index.html': 'api export\n' }
    })
    const main = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
    const tuesday = await project.run('weekly-release', {
      event: { name: 'schedule', payload: { schedule: '0 7 * * 2' } },
      sha: main,
      ref: 'refs/heads/main',
      ...project.withApp(app)
    })
    expect(results(tuesday)).toEqual({ 'release-pr': 'success' })
    expect(tuesday.job('release-pr').steps.map((s) => [s.id ?? s.name, s.outcome])).toEqual([
      ['next', 'success'],
      ['app-token', 'success'],
      ['org/release-actions/actions/sync-branches@v1', 'success'],
      ['Post actions/create-github-app-token@fee1f7d63c2ff003460e3d139729b119787bc349', 'success']
    ])
    const opened = project.github.state.listPulls().filter((p) => p.base.ref === 'main')
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatchObject({ title: 'Release v1.3.0', user: 'octo-release[bot]' })
    const response = await fetch(
      `${project.github.url}/repos/${REPOSITORY}/pulls/${opened[0]?.number ?? 0}`
    )
    expect(((await response.json()) as { user: unknown }).user).toMatchObject({
      login: 'octo-release[bot]',
      type: 'Bot'
    })

    const v2 = await project.mergePullRequest({
      branch: 'feature/v2',
      into: 'development',
      title: 'feat!: drop the v1 endpoints',
      labels: ['release:major'],
      files: { 'operators/worker/www/index.html': 'worker v2\n' }
    })
    const pushed = await project.runPush('weekly-release', 'development', v2.before, {
      ...project.withApp(app)
    })
    expect(results(pushed)).toEqual({ 'release-pr': 'success' })
    expect(project.github.state.getPull(opened[0]?.number ?? 0)?.title).toBe('Release v2.0.0')

    // One token per run, each revoked; the pull request's writes were all made with them.
    const minted = [...project.github.apps.tokens.values()]
    expect(minted.map((t) => [t.permissions, t.revoked])).toEqual([
      [{ contents: 'write', pull_requests: 'write' }, true],
      [{ contents: 'write', pull_requests: 'write' }, true]
    ])
    const pullWrites = listRepositoryWrites(project).filter((w) =>
      /\/(pulls|issues)\b/.test(w.route)
    )
    expect(pullWrites.map((w) => w.route)).toEqual(
      expect.arrayContaining([
        'POST /repos/{owner}/{repo}/pulls',
        'PATCH /repos/{owner}/{repo}/pulls/{pull_number}'
      ])
    )
    const appTokens = minted.map((t) => t.token)
    expect(pullWrites.filter((w) => !appTokens.includes(w.token ?? ''))).toEqual([])
    const jwts = readSeenJwts(project, app)
    expect(jwts).toHaveLength(4)
    for (const jwt of jwts) {
      expect(jwt).toMatchObject({ alg: 'RS256', iss: String(app.id), signedByApp: true })
      expect(jwt.status).toBeLessThan(300)
      expect(jwt.lifetime).toBeLessThanOrEqual(600)
    }
    const logs = [tuesday, pushed].flatMap((r) => r.jobs.map((j) => j.log)).join('\n')
    for (const secret of [...listAppSecrets(project, app.privateKey), ...project.tokens])
      expect(logs).not.toContain(secret)
    expect(project.github.refusals).toEqual([])
    project.github.assertNoViolations()
  }, 400_000)
})

describe('weekly-release, squash-merged and with more notes than a pull request holds', () => {
  const schedule = async (project: Awaited<ReturnType<typeof world.createProject>>) => {
    const main = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
    return project.run('weekly-release', {
      event: { name: 'schedule', payload: { schedule: '0 7 * * 2' } },
      sha: main,
      ref: 'refs/heads/main'
    })
  }
  const openReleasePulls = (project: Awaited<ReturnType<typeof world.createProject>>) =>
    project.github.state.listPulls().filter((p) => p.base.ref === 'main' && p.state === 'open')

  it('"Release v1.3.0" squash-merged into main is tagged v1.3.0, and main goes back into development', async () => {
    const project = await world.createProject('squash')
    await project.mergePullRequest({
      branch: 'feature/export',
      into: 'development',
      title: 'feat: add export',
      labels: ['release:minor'],
      files: { 'operators/api/www/index.html': 'api export\n' }
    })
    expect(results(await schedule(project))).toEqual({ 'release-pr': 'success' })
    const [pull] = openReleasePulls(project)
    expect(pull?.title).toBe('Release v1.3.0')

    const before = (await project.repo.git(['rev-parse', 'origin/main'])).trim()
    const squash = project.github.state.mergePullRequest(pull!.number, { method: 'squash' })
    await project.repo.git(['fetch', '-q', 'origin'])
    // One commit, one parent, GitHub's default message: the title, then each commit as an item.
    expect(await project.repo.git(['log', '-1', '--format=%P%n%B', squash])).toBe(
      `${before}\nRelease v1.3.0 (#${pull!.number})\n\n* feat: add export\n\n* Merge pull request #1 from ${REPOSITORY.split('/')[0]}/feature/export\n\nfeat: add export\n`
    )
    const release = await project.runPush('merge-main', 'main', before)
    expect(release.job('release').outputs).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      latest: 'true'
    })
    expect(results(release)).toMatchObject({ release: 'success', sync: 'success' })
    const development = (await project.repo.git(['rev-parse', 'origin/development'])).trim()
    await project.repo.git(['fetch', '-q', 'origin'])
    const synced = (await project.repo.git(['rev-parse', 'origin/development'])).trim()
    expect(synced).not.toBe(development)
    await project.repo.git(['merge-base', '--is-ancestor', squash, synced])
    project.github.assertNoViolations()
  }, 400_000)

  it('a range whose notes run to 200,000 characters opens a release pull request GitHub accepts', async () => {
    const project = await world.createProject('long-notes')
    const { repo } = project
    // 800 pull requests with 250-character titles, mostly three-byte characters: GitHub's
    // notes list each with its author and link, over 200,000 characters and 500,000 bytes.
    const count = 800
    const titleOf = (n: number) =>
      `feat: export ${n} ${'データの書き出しと読み込み '.repeat(20)}`.slice(0, 250)
    // One fast-import writes each pull request's commit and its merge into development.
    const development = (await repo.git(['rev-parse', 'origin/development'])).trim()
    const committer = 'committer Release Actions Test <test@example.com> 1704070000 +0000'
    const commit = (ref: string, mark: number, message: string, from: string, merge?: string) =>
      [
        `commit ${ref}`,
        `mark :${mark}`,
        committer,
        `data ${Buffer.byteLength(message)}`,
        message,
        `from ${from}`,
        ...(merge ? [`merge ${merge}`] : []),
        ''
      ].join('\n')
    const stream = Array.from({ length: count }, (_, i) => {
      const n = i + 1
      const tip = n === 1 ? development : `:${2 * n - 2}`
      return [
        commit(`refs/heads/bulk/${n}`, 2 * n - 1, titleOf(n), tip),
        commit('refs/heads/development', 2 * n, `Merge pull request #${n}`, tip, `:${2 * n - 1}`)
      ].join('\n')
    }).join('\n')
    const marks = path.join(repo.root, 'marks')
    const imported = await runProcess(
      'git',
      ['fast-import', '--quiet', `--export-marks=${marks}`],
      {
        cwd: repo.dir,
        env: repo.env,
        input: `${stream}\n`
      }
    )
    expect(imported.stderr).toBe('')
    const shaOf = new Map(
      readFileSync(marks, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.slice(1).split(' ') as [string, string])
    )
    await repo.git(['push', '-q', 'origin', 'refs/heads/bulk/*:refs/heads/bulk/*', 'development'])
    const { state } = project.github
    state.syncFromGit()
    for (let n = 1; n <= count; n++) {
      const pull = state.openPullRequest({
        head: `bulk/${n}`,
        base: 'development',
        title: titleOf(n)
      })
      state.recordMerged(pull.number, shaOf.get(String(2 * n))!)
    }
    const titles = state.listPulls().reduce((sum, p) => sum + `* ${p.title}\n`.length, 0)
    expect(titles).toBeGreaterThan(200_000)

    const run = await schedule(project)
    expect(results(run)).toEqual({ 'release-pr': 'success' })
    const [pull] = openReleasePulls(project)
    expect(pull?.title).toBe('Release v1.3.0')
    expect(pull!.body!.length).toBeLessThanOrEqual(65_536)
    expect(pull!.body).toMatch(/^<!-- release-actions: version=1\.3\.0 -->\n## What's Changed\n/)
    expect(pull!.body).toContain(titleOf(1))
    expect(pull!.body).toMatch(/Full changes: http\S+\/compare\//)
    const notes = run.job('release-pr').steps.find((s) => s.id === 'next')?.outputs.notes ?? ''
    expect(Buffer.byteLength(notes)).toBeLessThanOrEqual(120_000)
    expect(notes).toContain("notes truncated to fit GitHub's limit")
    project.github.assertNoViolations()
  }, 400_000)
})

type Project = Awaited<ReturnType<typeof world.createProject>>

/**
 * A pull request into development as GitHub presents it: its head pushed as refs/pull/N/head, the
 * test merge as refs/pull/N/merge, and a `pull_request` payload naming the repository it came from.
 */
async function openPullRequest(
  project: Project,
  options: {
    number: number
    branch: string
    headRepository: string
    message: string
    files: Record<string, string | null>
  }
) {
  const { repo } = project
  const { number } = options
  const base = (await repo.git(['rev-parse', 'origin/development'])).trim()
  await repo.checkout('development')
  await repo.branch(options.branch)
  await repo.checkout(options.branch)
  const head = await repo.commit({ message: options.message, files: options.files })
  await repo.checkout('development')
  await repo.git(['checkout', '-q', '-b', `pull-${number}-merge`])
  await repo.git(['merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, options.branch])
  const merge = (await repo.git(['rev-parse', 'HEAD'])).trim()
  await repo.git([
    'push',
    '-q',
    'origin',
    `${head}:refs/pull/${number}/head`,
    `${merge}:refs/pull/${number}/merge`
  ])
  const payload = loadWebhookExample('pull_request', {
    action: 'opened',
    overrides: {
      number,
      repository: { full_name: REPOSITORY },
      pull_request: {
        number,
        head: { ref: options.branch, sha: head, repo: { full_name: options.headRepository } },
        base: { ref: 'development', sha: base, repo: { full_name: REPOSITORY } }
      }
    }
  })
  return {
    merge,
    run: (env: Record<string, string>) =>
      project.run('pr-security', {
        event: { name: 'pull_request', payload },
        sha: merge,
        ref: `refs/pull/${number}/merge`,
        env
      })
  }
}

/**
 * pr-security's aggregate job, the one check a protected branch requires: its result, the
 * `::error::` messages of the jobs it refused, and the lines of the jobs it accepted.
 */
function readRequiredCheck(run: WorkflowRun) {
  const job = run.job('pr-security')
  const step = job.steps[0]
  return {
    result: job.result,
    errors: (step?.commands ?? []).filter((c) => c.command === 'error').map((c) => c.message),
    passed: (step?.log ?? '').split('\n').filter((line) => /^[a-z-]+: (success|skipped)/.test(line))
  }
}

describe('pr-security, for a pull request from a fork', () => {
  it('gets no secret and a read-only token, blocks a shell=True, tests the changed operator, and uploads no SARIF', async () => {
    const project = await world.createProject('fork')
    const pull = await openPullRequest(project, {
      number: 7,
      branch: 'fork/patch',
      headRepository: 'someone/octo-repo',
      message: 'feat: run a command',
      files: {
        'operators/api/app.py':
          'import subprocess\n\n\ndef handler(cmd):\n    return subprocess.call(cmd, shell=True)\n'
      }
    })
    // bandit 1.9.4 (Debian's 1.6 is refused by the gate) and the pip-audit stand-in on PATH.
    const run = await pull.run({ PATH: `${installBandit()}:${pipAudit.env.PATH}` })
    const unitTests = run.jobs.filter((j) => j.id === 'unit-tests')
    expect(unitTests.map((j) => j.matrix?.operator)).toEqual(['api'])
    expect(run.jobs.map((j) => [j.id, j.result])).toEqual([
      ['scan', 'failure'],
      ['upload', 'skipped'],
      ['plan', 'success'],
      ['unit-tests', 'success'],
      ['pr-security', 'failure']
    ])
    // The check to require fails on the gate alone: a fork's skipped upload is expected.
    expect(readRequiredCheck(run)).toEqual({
      result: 'failure',
      errors: ['scan: failure; the pull request cannot be merged until it succeeds'],
      passed: [
        'upload: skipped (a pull request from a fork: no SARIF upload)',
        'plan: success',
        'unit-tests: success'
      ]
    })
    for (const job of run.jobs) {
      if (job.result !== 'skipped') expect(job.secretNames).toEqual(['GITHUB_TOKEN'])
      expect(Object.values(job.permissions).every((p) => p === 'read')).toBe(true)
    }
    const scan = run.job('scan')
    expect(scan.steps.find((s) => s.id === 'gate')?.outputs).toMatchObject({ outcome: 'fail' })
    expect(scan.log).toContain('B602')
    expect(run.uploads).toEqual([
      expect.objectContaining({ kind: 'artifact', name: 'security-gate-report' })
    ])
    expect(unitTests[0]?.log).toContain('api tests pass')
    const logs = run.jobs.map((j) => j.log).join('\n')
    for (const token of project.tokens) expect(logs).not.toContain(token)
    project.github.assertNoViolations()
  }, 400_000)
})

describe('pr-security, for a pull request from the repository', () => {
  it('scans with a read-only token, resolving only the requirements file that is not fully pinned, and uploads the SARIF from a job that runs nothing', async () => {
    const project = await world.createProject('same-repo')
    const fake = createFakePipAudit({
      output: readFileSync(
        path.join(REPO_ROOT, 'test', 'fixtures', 'scanner-output', 'pip-audit-2.10-clean.json'),
        'utf8'
      ),
      exitCode: 0
    })
    try {
      // As in examples/operators-monorepo: one operator installs the repository's shared package
      // (pip resolves it, running its setup.py), the other is pinned throughout.
      const pull = await openPullRequest(project, {
        number: 8,
        branch: 'feature/shared',
        headRepository: REPOSITORY,
        message: 'feat: a shared package',
        files: {
          'operators/api/requirements.txt': 'flask==3.0.3\n-e ../../shared\n',
          'operators/worker/requirements.txt': 'celery==5.4.0\n',
          'shared/pyproject.toml': '[project]\nname = "acme-common"\nversion = "0.1.0"\n',
          'shared/setup.py': 'from setuptools import setup\n\nsetup()\n',
          'shared/acme_common/__init__.py': ''
        }
      })
      const run = await pull.run({ PATH: `${installBandit()}:${fake.env.PATH}` })
      expect(jobResults(run)).toMatchObject({ scan: 'success', upload: 'success', plan: 'success' })
      expect(run.conclusion).toBe('success')
      // All green, so is the check to require, after every job (both unit-tests legs among them).
      expect(run.jobs.map((j) => [j.id, j.matrix?.operator, j.result])).toEqual([
        ['scan', undefined, 'success'],
        ['upload', undefined, 'success'],
        ['plan', undefined, 'success'],
        ['unit-tests', 'api', 'success'],
        ['unit-tests', 'worker', 'success'],
        ['pr-security', undefined, 'success']
      ])
      expect(readRequiredCheck(run)).toEqual({
        result: 'success',
        errors: [],
        passed: ['scan: success', 'upload: success', 'plan: success', 'unit-tests: success']
      })
      expect(run.job('pr-security').permissions).toEqual({})

      // The fully pinned file is audited without pip; the other is resolved, and the summary says so.
      const audits = fake
        .readCalls()
        .filter((call) => call[0] === '-r')
        .sort((a, b) => String(a[1]).localeCompare(String(b[1])))
      expect(audits).toEqual([
        ['-r', 'operators/api/requirements.txt', '-f', 'json', '--progress-spinner', 'off'],
        [
          '-r',
          'operators/worker/requirements.txt',
          '-f',
          'json',
          '--progress-spinner',
          'off',
          '--no-deps',
          '--disable-pip'
        ]
      ])
      const scan = run.job('scan')
      expect(scan.steps.find((s) => s.id === 'gate')?.summary).toContain(
        '1 not fully pinned and resolved with pip (package build code ran): operators/api/requirements.txt.'
      )

      // The scan job's token, where that build code ran, cannot write: not the SARIF upload, not a tag.
      const scanGrant = project.grants.find((g) => g.job === 'scan')
      expect(scanGrant?.permissions).toEqual({ contents: 'read' })
      const write = (route: string, body: unknown) =>
        fetch(`${project.github.url}/repos/${REPOSITORY}/${route}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `token ${scanGrant?.token}`
          },
          body: JSON.stringify(body)
        })
      const sarifUpload = await write('code-scanning/sarifs', {
        commit_sha: pull.merge,
        ref: 'refs/pull/8/merge',
        sarif: gzipSync('{}').toString('base64')
      })
      const tag = await write('git/refs', { ref: 'refs/tags/from-the-scan', sha: pull.merge })
      expect([sarifUpload.status, tag.status]).toEqual([403, 403])
      expect(((await sarifUpload.json()) as { message: string }).message).toBe(
        'Resource not accessible by integration'
      )
      expect(project.github.refusals).toEqual([
        'POST /repos/{owner}/{repo}/code-scanning/sarifs needs security-events: write',
        'POST /repos/{owner}/{repo}/git/refs needs contents: write'
      ])

      // The upload job holds the write, and only downloads the scan's SARIF and uploads it.
      const upload = run.job('upload')
      expect(project.grants.find((g) => g.job === 'upload')?.permissions).toEqual({
        contents: 'read',
        'security-events': 'write'
      })
      expect(upload.steps.map((s) => [s.uses?.replace(/@.*$/, ''), s.run, s.outcome])).toEqual([
        ['actions/download-artifact', undefined, 'success'],
        ['github/codeql-action/upload-sarif', undefined, 'success']
      ])
      const sarifs = run.uploads.filter((u) => u.kind === 'sarif')
      expect(sarifs).toEqual([
        {
          kind: 'sarif',
          name: 'security-gate',
          files: [expect.stringMatching(/\/temp\/security-gate-report\/security-gate\.sarif$/)]
        }
      ])
      const uploaded = readFileSync(sarifs[0]!.files[0]!, 'utf8')
      expect(uploaded).toBe(
        readFileSync(
          path.join(run.artifactsDir, 'security-gate-report', 'security-gate.sarif'),
          'utf8'
        )
      )
      expect(
        (JSON.parse(uploaded) as { runs: { tool: { driver: { name: string } } }[] }).runs.map(
          (r) => r.tool.driver.name
        )
      ).toEqual(['bandit', 'pip-audit'])

      const logs = run.jobs.map((j) => j.log).join('\n')
      for (const token of project.tokens) expect(logs).not.toContain(token)
      project.github.assertNoViolations()
    } finally {
      fake.cleanup()
    }
  }, 400_000)
})

describe('pr-security, for a pull request that changes only a shared package', () => {
  it('tests the operator whose requirements name it (-e ../../shared), and only that one', async () => {
    const project = await world.createProject('shared-only')
    const { repo } = project
    await project.mergePullRequest({
      branch: 'feature/shared',
      into: 'development',
      title: 'feat: a shared package for api',
      files: {
        'shared/pyproject.toml': '[project]\nname = "acme-shared"\n',
        'shared/acme_shared/__init__.py': '',
        'operators/api/requirements.txt': '-e ../../shared\n'
      }
    })
    const base = (await repo.git(['rev-parse', 'origin/development'])).trim()
    await repo.branch('fix/shared')
    await repo.checkout('fix/shared')
    const head = await repo.commit({
      message: 'fix(shared): retry once',
      files: { 'shared/acme_shared/util.py': 'RETRIES = 1\n' }
    })
    // GitHub's test merge of the pull request, as refs/pull/8/merge.
    await repo.checkout('development')
    await repo.git(['checkout', '-q', '-b', 'pull-8-merge'])
    await repo.git(['merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'fix/shared'])
    const merge = (await repo.git(['rev-parse', 'HEAD'])).trim()
    await repo.git([
      'push',
      '-q',
      'origin',
      `${head}:refs/pull/8/head`,
      `${merge}:refs/pull/8/merge`
    ])
    const payload = loadWebhookExample('pull_request', {
      action: 'opened',
      overrides: {
        number: 8,
        repository: { full_name: REPOSITORY },
        pull_request: {
          number: 8,
          head: { ref: 'fix/shared', sha: head, repo: { full_name: REPOSITORY } },
          base: { ref: 'development', sha: base, repo: { full_name: REPOSITORY } }
        }
      }
    })
    const run = await project.run('pr-security', {
      event: { name: 'pull_request', payload },
      sha: merge,
      ref: 'refs/pull/8/merge',
      env: { PATH: `${installBandit()}:${pipAudit.env.PATH}` }
    })
    const plan = run.job('plan')
    expect(plan.result).toBe('success')
    expect(plan.outputs['has-changes']).toBe('true')
    expect(JSON.parse(plan.outputs.matrix ?? '{}').include).toEqual([
      expect.objectContaining({ operator: 'api', context: 'operators/api' })
    ])
    expect(plan.steps.find((s) => s.id === 'plan')?.summary).toContain(
      'requirements reference shared/ (changed: shared/acme_shared/util.py)'
    )
    const unitTests = run.jobs.filter((j) => j.id === 'unit-tests')
    expect(unitTests.map((j) => [j.matrix?.operator, j.result])).toEqual([['api', 'success']])
    expect(unitTests[0]?.log).toContain('api tests pass')
    project.github.assertNoViolations()
  }, 400_000)
})

describe('pr-security, the one check a protected branch requires', () => {
  it('fails when one unit-tests leg fails, though the scan, the upload and the other leg succeed', async () => {
    const project = await world.createProject('failing-leg')
    // The pull request changes both operators and plants a test of api that fails.
    const pull = await openPullRequest(project, {
      number: 9,
      branch: 'feature/api-v2',
      headRepository: REPOSITORY,
      message: 'feat: api v2',
      files: {
        'operators/api/test_handler.py':
          'from app import handler\n\nif handler() != "api v2":\n    raise SystemExit("api tests fail: handler() is " + repr(handler()))\n',
        'operators/api/Makefile': 'test:\n\tpython test_handler.py\n',
        'operators/worker/www/index.html': 'worker 2\n'
      }
    })
    const run = await pull.run({ PATH: `${installBandit()}:${pipAudit.env.PATH}` })
    expect(
      run.jobs.filter((j) => j.id === 'unit-tests').map((j) => [j.matrix?.operator, j.result])
    ).toEqual([
      ['api', 'failure'],
      ['worker', 'success']
    ])
    expect(run.job('unit-tests').log).toContain("api tests fail: handler() is 'api'")
    expect(readRequiredCheck(run)).toEqual({
      result: 'failure',
      errors: ['unit-tests: failure; the pull request cannot be merged until it succeeds'],
      passed: ['scan: success', 'upload: success', 'plan: success']
    })
    expect(run.conclusion).toBe('failure')
    project.github.assertNoViolations()
  }, 400_000)

  it('passes a pull request that changes no operator: unit-tests is skipped for that reason alone', async () => {
    const project = await world.createProject('no-operator')
    const pull = await openPullRequest(project, {
      number: 10,
      branch: 'docs/readme',
      headRepository: REPOSITORY,
      message: 'docs: the readme',
      files: { 'README.md': '# operators\n\nHow to add one.\n' }
    })
    const run = await pull.run({ PATH: `${installBandit()}:${pipAudit.env.PATH}` })
    expect(run.job('plan').outputs['has-changes']).toBe('false')
    expect(jobResults(run)).toEqual({
      scan: 'success',
      upload: 'success',
      plan: 'success',
      'unit-tests': 'skipped',
      'pr-security': 'success'
    })
    expect(readRequiredCheck(run)).toEqual({
      result: 'success',
      errors: [],
      passed: [
        'scan: success',
        'upload: success',
        'plan: success',
        'unit-tests: skipped (no operator changed)'
      ]
    })
    project.github.assertNoViolations()
  }, 400_000)
})
