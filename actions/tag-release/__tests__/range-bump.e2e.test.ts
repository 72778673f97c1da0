import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github/server.js'
import { runTagRelease, seedReleasedMain } from './scenario.js'

// One release, one version: every change since the previous version counts, not only the last
// pull request's (#14).
let github: GitHubStandIn
beforeEach(async () => {
  github = await startGitHubStandIn()
})
afterEach(async () => {
  github.assertNoViolations()
  await github.close()
})

/** A feature branch off `base` with one commit, merged back through a pull request. */
function mergePullRequest(base: string, branch: string, message: string, labels: string[] = []) {
  const { state } = github
  state.createBranch(branch, base)
  state.commit({ branch, message, files: { [`${branch}.txt`]: message } })
  const pull = state.openPullRequest({ head: branch, base, title: message, labels })
  return state.mergePullRequest(pull.number)
}

/** The weekly release pull request from development into main, announcing `version`, merged. */
function mergeReleasePullRequest(version: string) {
  const { state } = github
  const body = `<!-- release-actions: version=${version} -->\n## What's Changed\n* fix: a fix`
  const pull = state.openPullRequest({
    head: 'development',
    base: 'main',
    title: `Release v${version}`,
    body
  })
  return state.mergePullRequest(pull.number)
}

describe('the release pull request pins the version it announces', () => {
  it.each([
    [
      'a fix inside, v1.3.0 announced: v1.3.0 (merged with a merge commit)',
      [['fix', 'fix: small', []]],
      '1.3.0',
      '1.3.0',
      false
    ],
    [
      'a hand-edited higher announcement is honoured',
      [['feat', 'feat: export', ['release:minor']]],
      '2.0.0',
      '2.0.0',
      false
    ],
    [
      'release:major merged after the announcement: v2.0.0 and a warning',
      [
        ['feat', 'feat: export', ['release:minor']],
        ['major', 'Rework', ['release:major']]
      ],
      '1.3.0',
      '2.0.0',
      true
    ],
    [
      'an announcement at or below the previous version is ignored',
      [['fix', 'fix: small', []]],
      '1.2.3',
      '1.2.4',
      false
    ]
  ] as const)('%s', async (_name, features, announced, expected, warned) => {
    seedReleasedMain(github)
    for (const [branch, title, labels] of features)
      mergePullRequest('development', `feature/${branch}`, title, [...labels])
    const sha = mergeReleasePullRequest(announced)
    const result = await runTagRelease(github, sha)
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: expected, created: 'true' })
    const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message)
    expect(
      warnings.some((w) =>
        w.includes(`announced v${announced}, but changes merged since ask for more`)
      )
    ).toBe(warned)
  })
})

describe('the bump covers every change since the previous version', () => {
  it('PR A labelled release:major, then PR B unlabelled (A’s run cancelled while pending): 2.0.0', async () => {
    seedReleasedMain(github)
    mergePullRequest('main', 'feature/a', 'Rework the config', ['release:major'])
    const b = mergePullRequest('main', 'feature/b', 'fix: typo')
    const result = await runTagRelease(github, b)
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: '2.0.0', bump: 'major' })
    expect(result.summary).toContain('label release:major on #')
    expect(result.summary).toMatch(/\| #\d+ +\| fix: typo +\| patch/)
  })

  it('a feat! commit, then a pull request labelled release:patch: 2.0.0', async () => {
    const { state } = seedReleasedMain(github)
    state.commit({ message: 'feat!: drop Python 3.8', files: { 'p.txt': '3.9' } })
    const b = mergePullRequest('main', 'feature/b', 'Small fix', ['release:patch'])
    const result = await runTagRelease(github, b)
    expect(result.outputs).toMatchObject({ version: '2.0.0', bump: 'major' })
  })

  it('the weekly dry run on development with a trailing release:skip pull request: 1.3.0', async () => {
    seedReleasedMain(github)
    mergePullRequest('development', 'feature/export', 'Add export', ['release:minor'])
    mergePullRequest('development', 'docs/readme', 'README', ['release:skip'])
    const result = await runTagRelease(github, 'development', {
      sha: 'development',
      'dry-run': true
    })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ version: '1.3.0', bump: 'minor' })
  })

  it('every pull request since the previous version is release:skip: no version', async () => {
    seedReleasedMain(github)
    const sha = mergePullRequest('main', 'docs/readme', 'README', ['release:skip'])
    const result = await runTagRelease(github, sha)
    expect(result.outputs).toMatchObject({ version: '', bump: 'none' })
    expect(result.summary).toContain('release:skip')
  })

  it('latest: true for a new release and its rerun, false for a rerun of an older release', async () => {
    const { state } = seedReleasedMain(github)
    const first = mergePullRequest('main', 'feature/a', 'feat: a')
    expect((await runTagRelease(github, first)).outputs).toMatchObject({
      version: '1.3.0',
      latest: 'true'
    })
    expect((await runTagRelease(github, first)).outputs).toMatchObject({
      version: '1.3.0',
      created: 'false',
      latest: 'true'
    })
    const second = mergePullRequest('main', 'feature/b', 'feat: b')
    expect((await runTagRelease(github, second)).outputs).toMatchObject({
      version: '1.4.0',
      latest: 'true'
    })
    const rerun = await runTagRelease(github, first)
    expect(rerun.outputs).toMatchObject({ version: '1.3.0', created: 'false', latest: 'false' })
    expect(rerun.summary).toContain('`latest` is false')
    expect(state.getTagSha('v1.3.0')).toBe(first)
  })

  it('fifty pull requests over 5,000 tags: at most ten requests', async () => {
    const { state } = seedReleasedMain(github)
    for (let i = 0; i < 5000; i++)
      state.tag(`v0.${Math.floor(i / 100)}.${i % 100}`, state.getBranchSha('main')!)
    let head = ''
    for (let i = 0; i < 50; i++)
      head = mergePullRequest(
        'main',
        `feature/${i}`,
        `fix: change ${i}`,
        i === 7 ? ['release:minor'] : []
      )
    const before = github.requests.length
    const result = await runTagRelease(github, head)
    expect(result.outputs).toMatchObject({ version: '1.3.0' })
    expect(github.requests.length - before).toBeLessThanOrEqual(10)
  })
})
