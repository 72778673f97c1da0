import { describe, expect, it } from 'vitest'
import { mergeSnapshots } from '../commit-graph.js'
import { computeBlobSha } from '../git-objects.js'
import { RepoState } from '../repo-state.js'
import { seedHistory } from './helpers.js'

const newRepo = () => new RepoState('octo-org/octo-repo')

describe('commits', () => {
  it('shas are 40-hex and the same for the same scenario', () => {
    const [a, b] = [seedHistory(newRepo()), seedHistory(newRepo())]
    expect(a).toEqual(b)
    expect(a.root).toMatch(/^[0-9a-f]{40}$/)
    expect(new Set(Object.values(a)).size).toBe(3)
  })

  it('keeps a full file snapshot per commit; null deletes a file', () => {
    const repo = newRepo()
    seedHistory(repo)
    const sha = repo.commit({ branch: 'feature/beta', message: 'rm', files: { 'README.md': null } })
    expect(Object.keys(repo.requireCommit(sha).files).sort()).toEqual([
      'operators/alpha/Dockerfile',
      'operators/beta/Dockerfile',
      'operators/beta/requirements.txt'
    ])
  })

  it('blob shas are git’s own', () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(computeBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })

  it('a commit with explicit parents is a merge; the branch moves to it', () => {
    const repo = newRepo()
    const { development, feature } = seedHistory(repo)
    const merge = repo.commit({ branch: 'main', message: 'merge', parents: [development, feature] })
    expect(repo.requireCommit(merge).parents).toEqual([development, feature])
    expect(repo.getBranchSha('main')).toBe(merge)
  })
})

describe('refs and resolution', () => {
  it('resolves shas, abbreviations, refs, tags and branches; peels annotated tags', () => {
    const repo = newRepo()
    const { root, feature } = seedHistory(repo)
    const tagObject = repo.tag('v1.0.0', root, { annotated: true, message: 'first' })
    expect(repo.tagObjects.get(tagObject)).toMatchObject({ tag: 'v1.0.0', object: root })
    const cases: Array<[string, string | undefined]> = [
      [feature, feature],
      [feature.slice(0, 7), feature],
      ['feature/beta', feature],
      ['heads/feature/beta', feature],
      ['refs/heads/feature/beta', feature],
      ['v1.0.0', root],
      ['tags/v1.0.0', root],
      [tagObject, root],
      ['nope', undefined]
    ]
    for (const [value, expected] of cases)
      expect(repo.resolveCommitish(value), value).toBe(expected)
  })

  it('refuses an existing ref and an unknown target', () => {
    const repo = newRepo()
    seedHistory(repo)
    expect(() => repo.createBranch('development')).toThrow(/already exists/)
    expect(() => repo.tag('v1', 'nope')).toThrow(/Cannot resolve/)
  })
})

describe('ancestry', () => {
  it('computes ancestry, merge base and ahead/behind', () => {
    const repo = newRepo()
    const { root, development, feature } = seedHistory(repo)
    const hotfix = repo.commit({ message: 'hotfix', files: { 'README.md': 'x' } })
    expect(repo.isAncestor(root, feature)).toBe(true)
    expect(repo.isAncestor(feature, root)).toBe(false)
    expect(repo.findMergeBase(hotfix, feature)).toBe(root)
    expect(repo.findMergeBase(development, feature)).toBe(development)
    expect(repo.compare(hotfix, feature)).toEqual({
      status: 'diverged',
      aheadBy: 2,
      behindBy: 1,
      mergeBase: root,
      commits: [development, feature]
    })
  })

  it.each([
    ['one side changed', { f: 'a' }, { f: 'b' }, { f: 'a' }, { files: { f: 'b' } }],
    ['both sides made the same change', { f: 'a' }, { f: 'b' }, { f: 'b' }, { files: { f: 'b' } }],
    [
      'different files changed',
      { f: 'a', g: 'a' },
      { f: 'b', g: 'a' },
      { f: 'a', g: 'b' },
      { files: { f: 'b', g: 'b' } }
    ],
    ['one side deleted, the other kept', { f: 'a' }, {}, { f: 'a' }, { files: {} }],
    ['both changed one file differently', { f: 'a' }, { f: 'b' }, { f: 'c' }, { conflicts: ['f'] }],
    ['one deleted, the other changed', { f: 'a' }, {}, { f: 'c' }, { conflicts: ['f'] }],
    ['both added one file differently', {}, { f: 'b' }, { f: 'c' }, { conflicts: ['f'] }]
  ])('three-way merge: %s', (_case, base, ours, theirs, expected) => {
    expect(mergeSnapshots(base, ours, theirs)).toEqual(expected)
  })
})

describe('pull requests and releases', () => {
  it('merging a pull request makes a merge commit and records what it brought', () => {
    const repo = newRepo()
    const { root, development, feature } = seedHistory(repo)
    const pull = repo.openPullRequest({
      head: 'feature/beta',
      base: 'main',
      title: 'Beta',
      labels: ['release:minor']
    })
    expect([...repo.listPullCommits(pull)].sort()).toEqual([development, feature].sort())
    const merge = repo.mergePullRequest(pull.number)
    expect(repo.requireCommit(merge)).toMatchObject({
      parents: [root, feature],
      message: `Merge pull request #${pull.number} from octo-org/feature/beta\n\nBeta`
    })
    expect(repo.getPull(pull.number)).toMatchObject({
      merged: true,
      state: 'closed',
      mergeCommitSha: merge,
      labels: ['release:minor']
    })
    expect(() => repo.mergePullRequest(pull.number)).toThrow(/not open/)
  })

  it('an open pull request follows its head branch', () => {
    const repo = newRepo()
    seedHistory(repo)
    const pull = repo.openPullRequest({ head: 'feature/beta', base: 'development', title: 'Beta' })
    const next = repo.commit({ branch: 'feature/beta', message: 'more', files: { b: 'b' } })
    expect(repo.getPull(pull.number)?.head.sha).toBe(next)
  })

  it('publishing a release creates its missing tag at the target; a draft does not', () => {
    const repo = newRepo()
    const { development } = seedHistory(repo)
    const draft = repo.createRelease({
      tagName: 'v1.0.0',
      targetCommitish: 'development',
      draft: true
    })
    expect(repo.getTagSha('v1.0.0')).toBeUndefined()
    repo.updateRelease(draft.id, { draft: false })
    expect(repo.getTagSha('v1.0.0')).toBe(development)
    expect(draft.publishedAt).toMatch(/^2024-01-01T/)
  })
})
