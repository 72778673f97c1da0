import { describe, expect, it } from 'vitest'
import {
  countWrites,
  listWrites,
  mergeReleasePullRequest,
  runTagRelease,
  seedReleasedMain,
  TOKEN,
  useGitHub
} from './scenario.js'

const github = useGitHub()

describe('tag-release bundle against the GitHub stand-in', () => {
  it('first release: no tags → v0.1.0 with a Release', async () => {
    const sha = github.current.state.commit({ message: 'chore: initial commit', files: { a: '1' } })
    const result = await runTagRelease(github.current, sha)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      version: '0.1.0',
      tag: 'v0.1.0',
      'previous-version': '',
      'previous-tag': '',
      created: 'true'
    })
    expect(github.current.state.getTagSha('v0.1.0')).toBe(sha)
    const release = github.current.state.releases.find((r) => r.tagName === 'v0.1.0')
    expect(release).toMatchObject({ draft: false, prerelease: false })
    expect(result.outputs['release-id']).toBe(String(release?.id))
    expect(result.summary).toContain('none → v0.1.0')
  })

  it('5,000 tags plus noise, release:minor → v1.3.0 from v1.2.3, in seven requests', async () => {
    const { state, released } = seedReleasedMain(github.current)
    for (let minor = 0; minor < 50; minor++) {
      for (let patch = 0; patch < 100; patch++) state.tag(`v0.${minor}.${patch}`, released)
    }
    for (const noise of [
      'v1',
      'v2',
      'nightly-3',
      'foo-1.2.3',
      'v9.0',
      'v01.2.3',
      'v9.9.9-rc.1',
      'vnext',
      'v3.0.0+build'
    ]) {
      state.tag(noise, released)
    }
    const { sha, number } = mergeReleasePullRequest(github.current, ['release:minor'])
    const result = await runTagRelease(github.current, sha)
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      'previous-version': '1.2.3',
      'previous-tag': 'v1.2.3',
      bump: 'minor',
      created: 'true',
      'pull-request': String(number)
    })
    expect(result.outputs.notes).toContain(`/pull/${number}`)
    expect(github.current.requests).toHaveLength(7)
    expect(result.summary).toContain('label release:minor')
  })

  it('a feat!: commit with no label → major', async () => {
    const { state } = seedReleasedMain(github.current)
    state.commit({ message: 'fix: small thing', files: { c: '1' } })
    const breaking = state.commit({ message: 'feat!: drop Python 3.8', files: { d: '1' } })
    const sha = state.commit({ message: 'docs: readme', files: { e: '1' } })
    const result = await runTagRelease(github.current, sha)
    expect(result.outputs).toMatchObject({ version: '2.0.0', bump: 'major', created: 'true' })
    expect(result.summary).toContain(breaking.slice(0, 7))
    expect(result.summary).toContain('feat!: drop Python 3.8')
  })

  it('release:skip → no tag, bump=none, exit 0', async () => {
    seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:skip', 'release:major'])
    const result = await runTagRelease(github.current, sha)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ version: '', tag: '', bump: 'none', created: 'false' })
    expect(countWrites(github.current)).toBe(0)
    expect(result.summary).toContain('release:skip')
  })

  it('a rerun makes zero writes and gives the same outputs with created=false', async () => {
    seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:minor'])
    const first = await runTagRelease(github.current, sha)
    const writesAfterFirst = countWrites(github.current)
    const second = await runTagRelease(github.current, sha)
    expect(second.exitCode).toBe(0)
    expect(countWrites(github.current)).toBe(writesAfterFirst)
    expect(second.outputs).toEqual({ ...first.outputs, created: 'false' })
    expect(second.summary).toContain('already released as **v1.3.0**')
  })

  it('a Release missing after a half-finished run is created on the rerun', async () => {
    const { state } = seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:patch'])
    state.tag('v1.2.4', sha) // the earlier run died right after its tag
    const result = await runTagRelease(github.current, sha)
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: '1.2.4', created: 'false', bump: 'patch' })
    expect(listWrites(github.current)).toEqual(['POST /repos/octo-org/octo-repo/releases'])
    expect(state.releases.map((r) => r.tagName)).toEqual(['v1.2.4'])
    expect(result.outputs['release-url']).toContain('/releases/tag/v1.2.4')
  })

  it('the Release failing after the tag: the step fails, but its outputs name the tag for the jobs after it', async () => {
    const { state } = seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:minor'])
    github.current.injectFault({
      route: 'POST /repos/{owner}/{repo}/releases',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const result = await runTagRelease(github.current, sha)
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]?.message).toContain('permissions: contents: write')
    expect(result.outputs).toMatchObject({ version: '1.3.0', tag: 'v1.3.0', created: 'true' })
    expect(result.outputs['release-url'] ?? '').toBe('')
    expect(state.getTagSha('v1.3.0')).toBe(sha)
    expect(result.summary).toContain('a rerun of this workflow creates what is missing')

    const rerun = await runTagRelease(github.current, sha)
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs).toMatchObject({ version: '1.3.0', created: 'false' })
    expect(state.releases.map((r) => r.tagName)).toEqual(['v1.3.0'])
  })

  it('a lost race: the other run’s tag stays, this run takes the next version', async () => {
    const { state, released } = seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:minor'])
    const other = state.commit({
      branch: 'other',
      message: 'x',
      parents: [released],
      files: { o: '1' }
    })
    let raced = false
    github.current.onRequest('POST /repos/{owner}/{repo}/git/refs', (request) => {
      if (!raced && (request.body as { ref?: string }).ref === 'refs/tags/v1.3.0') {
        raced = true
        state.tag('v1.3.0', other)
      }
    })
    const result = await runTagRelease(github.current, sha)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(state.getTagSha('v1.3.0')).toBe(other)
    expect(result.outputs).toMatchObject({
      tag: 'v1.4.0',
      'previous-tag': 'v1.3.0',
      created: 'true'
    })
    expect(state.getTagSha('v1.4.0')).toBe(sha)
    expect(
      result.commands.some((c) => c.command === 'warning' && c.message.includes('another run'))
    ).toBe(true)
  })

  it('a lost race to a newer commit that contains this one: nothing left to tag, exit 0', async () => {
    const { state } = seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:minor'])
    const newer = state.commit({ message: 'fix: next merge', files: { n: '1' } })
    github.current.onRequest('POST /repos/{owner}/{repo}/git/refs', () => {
      if (!state.getTagSha('v1.3.0')) state.tag('v1.3.0', newer)
    })
    const result = await runTagRelease(github.current, sha)
    expect(result.exitCode).toBe(0)
    expect(state.getTagSha('v1.3.0')).toBe(newer)
    expect(result.outputs).toMatchObject({ version: '', bump: 'none', created: 'false' })
    expect(result.summary).toContain('is already part of v1.3.0')
  })

  it('survives a 502 and a secondary rate limit on reads', async () => {
    seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:patch'])
    github.current.injectFault({
      route: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
      status: 502
    })
    github.current.injectFault({
      route: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      }
    })
    const result = await runTagRelease(github.current, sha)
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: '1.2.4', created: 'true' })
  })

  it('dry-run computes every output and writes nothing', async () => {
    seedReleasedMain(github.current)
    const { sha, number } = mergeReleasePullRequest(github.current, ['release:minor'])
    const result = await runTagRelease(github.current, sha, { 'dry-run': true, 'major-tag': true })
    expect(result.exitCode).toBe(0)
    expect(countWrites(github.current)).toBe(0)
    expect(result.outputs).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      bump: 'minor',
      created: 'false',
      'pull-request': String(number)
    })
    expect(result.outputs.notes).toContain('Full Changelog')
    expect(result.summary).toContain('dry run')
    expect(result.summary).toContain('would create tag v1.3.0')
    expect(result.summary).toContain('would move v1 to')
  })

  it.each([
    [{ bump: 'huge' }, 'Input "bump" is "huge"; accepted: auto, major, minor, patch.'],
    [{ 'initial-version': '1.x' }, 'Input "initial-version" is "1.x"'],
    [{ 'tag-prefix': 'release v' }, 'Input "tag-prefix" is "release v"'],
    [{ sha: 'f'.repeat(40) }, `Input "sha" is "${'f'.repeat(40)}", which is no commit`],
    [{ sha: 'no-such-branch' }, 'Input "sha" is "no-such-branch", which is no commit'],
    [{ 'dry-run': 'maybe' }, 'Input "dry-run" is "maybe"; accepted: true, false.'],
    [{ prerelease: 'r c' }, 'Input "prerelease" is "r c"']
  ])('bad input %j → exit 1 naming the input, zero writes', async (inputs, message) => {
    const { released } = seedReleasedMain(github.current)
    const result = await runTagRelease(github.current, released, inputs)
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.message).toContain(message)
    expect(countWrites(github.current)).toBe(0)
  })

  it('a token without contents: write gets an error naming the permission', async () => {
    seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:patch'])
    github.current.injectFault({
      route: 'POST /repos/{owner}/{repo}/git/refs',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const result = await runTagRelease(github.current, sha)
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]?.message).toContain('permissions: contents: write')
  })

  it('never prints the token', async () => {
    seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:minor'])
    const result = await runTagRelease(github.current, sha)
    expect(github.current.requests.every((r) => r.token === TOKEN)).toBe(true)
    expect(result.findLeaks([TOKEN])).toEqual([])
  })
})

describe('tag-release options', () => {
  it('prerelease: rc → 1.3.0-rc.1, then rc.2 for the next commit', async () => {
    const { state } = seedReleasedMain(github.current)
    const first = state.commit({ message: 'feat: a', files: { f: '1' } })
    const one = await runTagRelease(github.current, first, { prerelease: 'rc' })
    expect(one.outputs).toMatchObject({ version: '1.3.0-rc.1', 'previous-tag': 'v1.2.3' })
    const second = state.commit({ message: 'fix: b', files: { g: '1' } })
    const two = await runTagRelease(github.current, second, { prerelease: 'rc' })
    expect(two.outputs).toMatchObject({ version: '1.3.0-rc.2', 'previous-tag': 'v1.3.0-rc.1' })
    expect(state.releases.map((r) => [r.tagName, r.prerelease])).toEqual([
      ['v1.3.0-rc.1', true],
      ['v1.3.0-rc.2', true]
    ])
  })

  it('major-tag moves v1 and nothing else; release: false makes an annotated tag', async () => {
    const { state, released } = seedReleasedMain(github.current)
    state.tag('v1', released)
    const sha = state.commit({ message: 'fix: c', files: { h: '1' } })
    const result = await runTagRelease(github.current, sha, { 'major-tag': true, release: false })
    expect(result.errors).toEqual([])
    expect(state.getTagSha('v1')).toBe(sha)
    expect(state.getTagSha('v1.2.3')).toBe(released)
    const ref = state.refs.get('refs/tags/v1.2.4')!
    expect(state.tagObjects.get(ref)).toMatchObject({ tag: 'v1.2.4', object: sha })
    expect(state.releases).toEqual([])
  })

  it('a rerun of an old annotated release under twelve newer annotated ones: full outputs, in few reads', async () => {
    const state = github.current.state
    const old = state.commit({ message: 'feat: first', files: { a: '0' } })
    state.tag('v1.0.0', old, { message: 'v1.0.0' })
    for (let minor = 1; minor <= 12; minor++) {
      const sha = state.commit({ message: `feat: ${minor}`, files: { a: String(minor) } })
      state.tag(`v1.${minor}.0`, sha, { message: `v1.${minor}.0` })
    }
    const before = github.current.requests.length
    const result = await runTagRelease(github.current, old, { release: false })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: '1.0.0', tag: 'v1.0.0', created: 'false' })
    expect(countWrites(github.current)).toBe(0)
    // the tag list, the pull request, one comparison, then a binary search over 13 versions
    expect(github.current.requests.length - before).toBeLessThanOrEqual(
      3 + Math.ceil(Math.log2(13)) + 1
    )
  })

  it('before 1.0.0 a breaking change bumps the minor version', async () => {
    const state = github.current.state
    const base = state.commit({ message: 'chore: init', files: { a: '1' } })
    state.tag('v0.4.2', base)
    const sha = state.commit({ message: 'refactor!: rename the API', files: { b: '1' } })
    const result = await runTagRelease(github.current, sha)
    expect(result.outputs).toMatchObject({ version: '0.5.0', bump: 'minor' })
    expect(result.summary).toContain('before 1.0.0 a breaking change is a minor step')
  })

  it('draft: true creates a draft Release, found again on a rerun', async () => {
    seedReleasedMain(github.current)
    const { sha } = mergeReleasePullRequest(github.current, ['release:patch'])
    const first = await runTagRelease(github.current, sha, { draft: true })
    const writes = countWrites(github.current)
    const second = await runTagRelease(github.current, sha, { draft: true })
    expect(github.current.state.releases).toHaveLength(1)
    expect(github.current.state.releases[0]?.draft).toBe(true)
    expect(countWrites(github.current)).toBe(writes)
    expect(second.outputs['release-id']).toBe(first.outputs['release-id'])
  })
})
