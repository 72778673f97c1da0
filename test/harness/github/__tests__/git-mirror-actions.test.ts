import { describe, expect, it } from 'vitest'
import { runAction } from '../../run-action.js'
import { FIVE_LINES, replaceLine, useMirroredStandIn } from './git-mirror-helpers.js'

// The committed bundles of tag-release and sync-branches against a git-backed stand-in: what
// they write ends up in the bare repository.
const mirror = useMirroredStandIn(async (work) => {
  await work.commit({ message: 'chore: initial commit', files: { 'app.py': FIVE_LINES } })
  await work.branch('development')
  await work.branch('security/hotfix')
})

const run = async (action: string, inputs: Record<string, string>, sha?: string) => {
  const { standIn } = mirror.current
  const result = await runAction(action, { inputs, sha, apiUrl: standIn.url, token: 'test-token' })
  const errors = result.commands.filter((command) => command.command === 'error')
  expect(errors.map((error) => error.message)).toEqual([])
  expect(result.exitCode).toBe(0)
  return result
}

describe('tag-release against a git-backed stand-in', () => {
  it.each([
    { release: 'true', kind: 'a lightweight', type: 'commit' },
    { release: 'false', kind: 'an annotated', type: 'tag' }
  ])('first release (release: $release): v0.1.0 is $kind tag in git', async (c) => {
    const { work, bareGit, standIn } = mirror.current
    const sha = await work.head()
    const result = await run('tag-release', { release: c.release, 'major-tag': 'true' }, sha)
    expect(result.outputs).toMatchObject({ tag: 'v0.1.0', created: 'true' })
    expect(await bareGit(['cat-file', '-t', 'refs/tags/v0.1.0'])).toBe(c.type)
    expect(await bareGit(['rev-parse', 'v0.1.0^{commit}', 'v0^{commit}'])).toBe(`${sha}\n${sha}`)
    expect(standIn.state.releases.map((release) => release.tagName)).toEqual(
      c.release === 'true' ? ['v0.1.0'] : []
    )
  })

  it('a pull request merged through the builders: the next minor on git’s merge commit', async () => {
    const { work, bareGit, standIn, push } = mirror.current
    await work.tag('v1.2.3')
    await work.checkout('development')
    await work.commit({ message: 'feat: beta', files: { 'beta.py': 'beta = 1\n' } })
    await work.checkout('main')
    await push()
    const { state } = standIn
    state.syncFromGit()
    const pull = state.openPullRequest({ head: 'development', title: 'Weekly', labels: ['x'] })
    state.addLabels(pull.number, ['release:minor'])
    const merge = state.mergePullRequest(pull.number)
    const result = await run('tag-release', {}, merge)
    expect(result.outputs).toMatchObject({ tag: 'v1.3.0', 'pull-request': String(pull.number) })
    expect(await bareGit(['rev-parse', 'main', 'v1.3.0^{commit}'])).toBe(`${merge}\n${merge}`)
    expect(result.outputs.notes).toContain(`/pull/${pull.number}`)
  })

  it('a merge pushed with git: tagged from its conventional commits', async () => {
    const { work, bareGit, push } = mirror.current
    await work.tag('v1.2.3')
    await work.checkout('development')
    await work.commit({ message: 'feat: gamma', files: { 'gamma.py': 'gamma = 1\n' } })
    await work.checkout('main')
    const merge = await work.merge('development', { noFf: true })
    await push()
    const result = await run('tag-release', {}, merge)
    expect(result.outputs).toMatchObject({ tag: 'v1.3.0', bump: 'minor', created: 'true' })
    expect(await bareGit(['rev-parse', 'v1.3.0^{commit}'])).toBe(merge)
  })
})

describe('sync-branches against a git-backed stand-in', () => {
  it('behind → both targets fast-forwarded in git, no new commit', async () => {
    const { work, bareGit, push } = mirror.current
    const release = await work.commit({ message: 'fix: released', files: { 'app.py': 'v2\n' } })
    await push()
    const count = await bareGit(['rev-list', '--all', '--count'])
    await run('sync-branches', {})
    expect(await bareGit(['rev-parse', 'development', 'security/hotfix'])).toBe(
      `${release}\n${release}`
    )
    expect(await bareGit(['rev-list', '--all', '--count'])).toBe(count)
  })

  it('diverged on different lines of one file → git’s merge commit in development', async () => {
    const { work, bareGit, push } = mirror.current
    await work.checkout('development')
    const dev = await work.commit({
      message: 'feat: dev',
      files: { 'app.py': replaceLine(5, 'V') }
    })
    await work.checkout('main')
    const main = await work.commit({
      message: 'fix: main',
      files: { 'app.py': replaceLine(1, 'I') }
    })
    await push()
    const result = await run('sync-branches', { targets: 'development' })
    const merge = await bareGit(['rev-parse', 'development'])
    expect(JSON.parse(result.outputs.results ?? '')).toMatchObject([
      { target: 'development', status: 'merged', sha: merge }
    ])
    expect(await bareGit(['log', '-1', '--format=%P %s', merge])).toBe(
      `${dev} ${main} Merge main into development`
    )
    expect(await bareGit(['show', `${merge}:app.py`])).toBe(
      replaceLine(1, 'I', replaceLine(5, 'V')).trimEnd()
    )
  })

  it('the merge made in git but its answer lost → one merge commit, reported merged', async () => {
    const { work, bareGit, push, standIn } = mirror.current
    await work.checkout('development')
    const dev = await work.commit({ message: 'feat: dev', files: { 'dev.txt': 'd\n' } })
    await work.checkout('main')
    const main = await work.commit({ message: 'fix: main', files: { 'main.txt': 'm\n' } })
    await push()
    const route = 'POST /repos/{owner}/{repo}/merges'
    standIn.injectFault({ route, status: 'reset', afterApplying: true })
    const result = await run('sync-branches', { targets: 'development' })
    const merge = await bareGit(['rev-parse', 'development'])
    expect(await bareGit(['log', '-1', '--format=%P', merge])).toBe(`${dev} ${main}`)
    expect(
      standIn.requests.filter((r) => `${r.method} ${r.route}` === route).map((r) => r.status)
    ).toEqual([0, 204])
    expect(JSON.parse(result.outputs.results ?? '')).toMatchObject([
      { target: 'development', status: 'merged', sha: merge }
    ])
    expect(JSON.parse(result.outputs.updated ?? '')).toEqual(['development'])
  })

  it('the same line changed on both → a pull request from a branch made in git', async () => {
    const { work, bareGit, push, standIn } = mirror.current
    await work.checkout('development')
    await work.commit({ message: 'feat: dev', files: { 'app.py': replaceLine(3, 'dev') } })
    await work.checkout('main')
    const main = await work.commit({
      message: 'fix: main',
      files: { 'app.py': replaceLine(3, 'm') }
    })
    await push()
    const devBefore = await bareGit(['rev-parse', 'development'])
    const result = await run('sync-branches', { targets: 'development' })
    expect(JSON.parse(result.outputs.conflicts ?? '')).toEqual(['development'])
    expect(await bareGit(['rev-parse', 'sync/main-into-development', 'development'])).toBe(
      `${main}\n${devBefore}`
    )
    expect(standIn.state.listPulls().map((pull) => [pull.head.ref, pull.base.ref])).toEqual([
      ['sync/main-into-development', 'development']
    ])
  })
})
