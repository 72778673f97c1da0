import { createServer, type AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../../../test/harness/github/server.js'
import { useGitHubStandIn } from '../../../test/harness/github/use-stand-in.js'
import { runAction } from '../../../test/harness/run-action.js'

const TOKEN = 'ghs_syncBranchesTestToken987654321'
let github: GitHubStandIn
useGitHubStandIn((standIn) => (github = standIn))

const writes = () => github.requests.filter((r) => r.method !== 'GET')

async function sync(inputs: Record<string, string> = {}) {
  const result = await runAction('sync-branches', { inputs, apiUrl: github.url, token: TOKEN })
  return {
    ...result,
    errors: result.commands.filter((c) => c.command === 'error').map((c) => c.message),
    results: JSON.parse(result.outputs.results ?? '[]') as {
      target: string
      status: string
      sha: string | null
      'pull-request': number | null
      reason: string
    }[]
  }
}

/** main, development and security/hotfix at one commit; then main gets a release commit. */
function seedBranches() {
  const state = github.state
  const root = state.commit({ message: 'chore: init', files: { 'app.py': 'v = 1\n' } })
  state.createBranch('development')
  state.createBranch('security/hotfix')
  return { state, root }
}

describe('sync-branches (mode: sync) against the GitHub stand-in', () => {
  it('behind → fast-forward, no merge commit; a rerun is all up-to-date with zero writes', async () => {
    const { state } = seedBranches()
    const release = state.commit({
      message: 'fix: hotfix released',
      files: { 'app.py': 'v = 2\n' }
    })
    const commitsBefore = state.commits.size
    const first = await sync()
    expect(first.errors).toEqual([])
    expect(first.results.map((r) => [r.target, r.status, r.sha])).toEqual([
      ['development', 'fast-forwarded', release],
      ['security/hotfix', 'fast-forwarded', release]
    ])
    expect(state.commits.size).toBe(commitsBefore)
    expect(state.getBranchSha('development')).toBe(release)
    expect(JSON.parse(first.outputs.updated!)).toEqual(['development', 'security/hotfix'])
    expect(first.outputs.notice).toBe('')

    const before = writes().length
    const second = await sync()
    expect(second.results.map((r) => r.status)).toEqual(['up-to-date', 'up-to-date'])
    expect(writes()).toHaveLength(before)
    expect(second.outputs.updated).toBe('[]')
  })

  it('diverged → a merge commit through the merges API', async () => {
    const { state } = seedBranches()
    const dev = state.commit({ branch: 'development', message: 'feat: x', files: { 'x.py': '1' } })
    const main = state.commit({ message: 'fix: y', files: { 'y.py': '1' } })
    const result = await sync({ targets: 'development' })
    expect(result.results[0]).toMatchObject({ target: 'development', status: 'merged' })
    const merge = state.requireCommit(state.getBranchSha('development')!)
    expect(merge.parents).toEqual([dev, main])
    expect(merge.message).toContain('Merge main into development')
    expect(result.results[0]?.sha).toBe(merge.sha)
  })

  it('identical and target-ahead → up-to-date, nothing written', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: ahead', files: { 'z.py': '1' } })
    const result = await sync()
    expect(result.results.map((r) => [r.target, r.status])).toEqual([
      ['development', 'up-to-date'],
      ['security/hotfix', 'up-to-date']
    ])
    expect(writes()).toEqual([])
  })

  it('conflict → one pull request from sync/main-into-development; a rerun reuses it', async () => {
    const { state } = seedBranches()
    state.commit({
      branch: 'development',
      message: 'feat: dev',
      files: { 'app.py': 'v = "dev"\n' }
    })
    const main = state.commit({ message: 'fix: main', files: { 'app.py': 'v = "main"\n' } })
    const first = await sync({ targets: 'development', 'pr-labels': 'sync' })
    expect(first.errors).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.results[0]).toMatchObject({
      status: 'pull-request',
      reason: expect.stringContaining('merge conflict')
    })
    expect(state.getBranchSha('sync/main-into-development')).toBe(main)
    const pulls = state.listPulls()
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).toMatchObject({
      head: { ref: 'sync/main-into-development' },
      base: { ref: 'development' }
    })
    expect(pulls[0]?.labels).toEqual(['sync'])
    expect(first.results[0]?.['pull-request']).toBe(pulls[0]?.number)
    expect(JSON.parse(first.outputs.conflicts!)).toEqual(['development'])
    expect(first.outputs.notice).toBe(
      `• development: not merged (${first.results[0]?.reason}): resolve it in [pull request #${pulls[0]?.number}](https://github.com/octo-org/octo-repo/pull/${pulls[0]?.number})`
    )

    const second = await sync({ targets: 'development', 'pr-labels': 'sync' })
    expect(state.listPulls()).toHaveLength(1)
    expect(second.results[0]).toMatchObject({
      status: 'pull-request',
      'pull-request': pulls[0]?.number
    })
  })

  it('a protection rule refusing the update → a pull request', async () => {
    const { state } = seedBranches()
    const main = state.commit({ message: 'fix: released', files: { 'app.py': 'v = 2\n' } })
    github.injectFault({
      route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      status: 422,
      body: { message: 'Protected branch update failed for refs/heads/development.' }
    })
    const result = await sync()
    expect(result.results.map((r) => [r.target, r.status])).toEqual([
      ['development', 'pull-request'],
      ['security/hotfix', 'fast-forwarded']
    ])
    expect(result.results[0]?.reason).toContain('Protected branch update failed')
    expect(state.getBranchSha('sync/main-into-development')).toBe(main)
  })

  it('a token with contents: read → stops at the first refusal, names the permissions: line', async () => {
    const { state } = seedBranches()
    state.commit({ message: 'fix: released', files: { 'app.py': 'v = 2\n' } })
    github.grantToken(TOKEN, { contents: 'read', 'pull-requests': 'write' })
    const result = await sync()
    expect(result.exitCode).toBe(1)
    expect(github.refusals).toHaveLength(1)
    const refused = github.requests.findIndex((r) => r.status === 403)
    expect(writes().filter((w) => github.requests.indexOf(w) > refused)).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('`contents: write`')
    expect(result.errors[0]).toContain('permissions:')
    expect(result.errors[0]).not.toContain('bug in release-actions')
    expect(result.summary).toContain('contents: write')
    expect(result.outputs.notice).toContain('contents: write')
    expect(state.listPulls()).toEqual([])
  })

  it('GitHub Actions may not open pull requests (the repository setting) → the hint reaches the user', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: dev', files: { 'app.py': 'dev' } })
    state.commit({ message: 'fix: main', files: { 'app.py': 'main' } })
    github.injectFault({
      route: 'POST /repos/{owner}/{repo}/pulls',
      status: 403,
      body: {
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '403'
      }
    })
    const result = await sync({ targets: 'development' })
    const hint =
      'Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests"'
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(hint)
    expect(result.summary).toContain(hint)
    expect(result.outputs.notice).toContain(hint)
    expect(result.errors[0]).not.toContain('bug in release-actions')
  })

  it('a missing target is reported and the others still sync', async () => {
    const { state } = seedBranches()
    state.commit({ message: 'fix: r', files: { 'app.py': 'v = 3\n' } })
    const result = await sync({ targets: 'staging, development' })
    expect(result.results.map((r) => [r.target, r.status])).toEqual([
      ['staging', 'missing'],
      ['development', 'fast-forwarded']
    ])
    expect(state.getBranchSha('staging')).toBeUndefined()
    expect(result.exitCode).toBe(0)
    expect(result.outputs.notice).toMatch(/^• staging: no such branch \(.+\)$/)
  })

  it('on-conflict: fail → exit 1, but only after every target was tried', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: dev', files: { 'app.py': 'dev' } })
    const main = state.commit({ message: 'fix: main', files: { 'app.py': 'main' } })
    const result = await sync({ 'on-conflict': 'fail' })
    expect(result.exitCode).toBe(1)
    expect(result.results.map((r) => [r.target, r.status])).toEqual([
      ['development', 'failed'],
      ['security/hotfix', 'fast-forwarded']
    ])
    expect(state.getBranchSha('security/hotfix')).toBe(main)
    expect(state.listPulls()).toEqual([])
    expect(result.errors[0]).toContain('development (merge conflict (on-conflict: fail))')
    expect(result.outputs.notice).toBe('• development: failed (merge conflict (on-conflict: fail))')
  })

  it('on-conflict: skip records it and exits 0', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: dev', files: { 'app.py': 'dev' } })
    state.commit({ message: 'fix: main', files: { 'app.py': 'main' } })
    const result = await sync({ 'on-conflict': 'skip', targets: 'development' })
    expect(result.exitCode).toBe(0)
    expect(result.results[0]).toMatchObject({ status: 'skipped' })
    expect(writes().map((w) => w.route)).toEqual(['/repos/{owner}/{repo}/merges'])
  })

  it('dry-run compares and writes nothing', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: dev', files: { 'd.py': '1' } })
    state.commit({ message: 'fix: main', files: { 'm.py': '1' } })
    const result = await sync({ 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(writes()).toEqual([])
    expect(result.results.map((r) => [r.target, r.status])).toEqual([
      ['development', 'merged'],
      ['security/hotfix', 'fast-forwarded']
    ])
    expect(result.summary).toContain('dry run')
  })

  it('survives a 502 on the comparison', async () => {
    const { state } = seedBranches()
    const main = state.commit({ message: 'fix: r', files: { 'app.py': 'v = 4\n' } })
    github.injectFault({ route: 'GET /repos/{owner}/{repo}/compare/{basehead}', status: 502 })
    const result = await sync({ targets: 'development' })
    expect(result.results[0]).toMatchObject({ status: 'fast-forwarded', sha: main })
  })

  it.each([
    [{ targets: '' }, 'Input "targets" is empty'],
    [{ targets: 'development, main' }, 'Input "targets" lists "main", which is the source'],
    [{ mode: 'push' }, 'Input "mode" is "push"; accepted: sync, pull-request.'],
    [
      { 'on-conflict': 'merge' },
      'Input "on-conflict" is "merge"; accepted: pull-request, fail, skip.'
    ],
    [{ targets: 'dev elopment' }, 'Input "targets" has "dev elopment"'],
    [{ source: 'trunk' }, 'Input "source" is "trunk", but octo-org/octo-repo has no such branch.']
  ])('bad input %j → exit 1 naming the input, zero writes', async (inputs, message) => {
    const { state } = seedBranches()
    state.commit({ message: 'fix: r', files: { 'app.py': 'v = 5\n' } })
    const result = await sync(inputs)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain(message)
    expect(writes()).toEqual([])
  })

  it("GitHub unreachable (ECONNREFUSED) → the network's problem, not a bug", async () => {
    const port = await findClosedPort()
    const result = await runAction('sync-branches', {
      apiUrl: `http://127.0.0.1:${port}`,
      token: TOKEN
    })
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message)
    expect(result.exitCode).toBe(1)
    expect(errors).toEqual([
      expect.stringContaining(`no answer from 127.0.0.1:${port} (ECONNREFUSED`)
    ])
    expect(errors[0]).toContain('not your settings and not a bug')
    expect(errors[0]).not.toContain('bug in release-actions')
    expect(result.findLeaks([TOKEN])).toEqual([])
  })

  it("a 502 that outlasts the retries → GitHub's problem, not a bug", async () => {
    seedBranches()
    github.injectFault({
      route: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
      status: 502,
      times: Infinity
    })
    const result = await sync()
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain('HTTP 502')
    expect(result.errors[0]).toContain('still after retries')
    expect(result.errors[0]).toContain('GitHub is having trouble')
    expect(result.errors[0]).not.toContain('bug in release-actions')
  })

  it('never prints the token', async () => {
    const { state } = seedBranches()
    state.commit({ message: 'fix: r', files: { 'app.py': 'v = 6\n' } })
    const result = await sync()
    expect(github.requests.every((r) => r.token === TOKEN)).toBe(true)
    expect(result.findLeaks([TOKEN])).toEqual([])
  })
})

describe('sync-branches (mode: pull-request): the weekly release pull request', () => {
  const release = (title: string) => ({
    mode: 'pull-request',
    source: 'development',
    targets: 'main',
    'pr-title': title,
    'pr-body': `Notes for ${title}`,
    'pr-labels': 'release'
  })

  it('opens one release PR, updates it in place on a rerun, and never pushes', async () => {
    const { state, root } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: weekly work', files: { 'w.py': '1' } })
    const first = await sync(release('Release v1.3.0'))
    expect(first.errors).toEqual([])
    const [pull] = state.listPulls()
    expect(pull).toMatchObject({
      title: 'Release v1.3.0',
      head: { ref: 'development' },
      base: { ref: 'main' }
    })
    expect(first.results[0]).toMatchObject({
      target: 'main',
      status: 'pull-request',
      'pull-request': pull?.number
    })

    state.commit({ branch: 'development', message: 'feat: more work', files: { 'w2.py': '1' } })
    const second = await sync(release('Release v1.4.0'))
    expect(state.listPulls()).toHaveLength(1)
    expect(state.getPull(pull!.number)).toMatchObject({
      title: 'Release v1.4.0',
      body: 'Notes for Release v1.4.0'
    })
    expect(second.results[0]?.reason).toContain('updated')
    expect(state.getBranchSha('main')).toBe(root)
    expect(writes().some((w) => w.route === '/repos/{owner}/{repo}/git/refs/{ref}')).toBe(false)
    expect(writes().some((w) => w.route === '/repos/{owner}/{repo}/merges')).toBe(false)
  })

  // tag-release cuts notes to a Release's 125,000 characters; an input past 128 KiB could not even
  // be passed (the runner's environment variables are limited to that, E2BIG), so 120,000 here.
  it('release notes of 120,000 characters: the pull request is accepted, cut at a line end with a link to every change', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: a big week', files: { 'b.py': '1' } })
    const line = (n: number) => `* feat: change number ${n} by @someone in #${n}`
    const lines: string[] = []
    for (let n = 1; lines.join('\n').length < 120_000; n++) lines.push(line(n))
    const result = await sync({ ...release('Release v1.3.0'), 'pr-body': lines.join('\n') })
    expect(result.errors).toEqual([])
    const [pull] = state.listPulls()
    const body = pull?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(
      /\* feat: change number \d+ by @someone in #\d+\n\n…cut to fit GitHub's limit of 65,536 characters: \[every change\]\(https:\/\/github\.com\/octo-org\/octo-repo\/compare\/main\.\.\.development\)$/
    )
  })

  it('update-only: updates the open release pull request, and never opens one', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: weekly work', files: { 'w.py': '1' } })
    const none = await sync({ ...release('Release v1.3.0'), 'update-only': 'true' })
    expect(none.errors).toEqual([])
    expect(none.results[0]).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('update-only')
    })
    expect(state.listPulls()).toEqual([])

    await sync(release('Release v1.3.0'))
    state.commit({ branch: 'development', message: 'feat!: more', files: { 'w2.py': '1' } })
    const refreshed = await sync({ ...release('Release v2.0.0'), 'update-only': 'true' })
    expect(refreshed.results[0]).toMatchObject({
      status: 'pull-request',
      reason: expect.stringContaining('updated')
    })
    expect(state.listPulls().map((p) => p.title)).toEqual(['Release v2.0.0'])
  })

  it('does nothing when main already contains development', async () => {
    const { state } = seedBranches()
    state.commit({ message: 'fix: on main', files: { 'm.py': '1' } })
    const result = await sync(release('Release v1.3.1'))
    expect(result.results[0]).toMatchObject({ status: 'up-to-date' })
    expect(state.listPulls()).toEqual([])
    expect(writes()).toEqual([])
  })
})

/** A loopback port nothing listens on. */
async function findClosedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
