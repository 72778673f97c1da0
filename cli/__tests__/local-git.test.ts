import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGit, type Git } from '../../src/lib/git.js'
import { createGitRepo, type GitRepo } from '../../test/harness/git-repo.js'
import { execFileRunner } from '../src/exec-file.js'
import { createLocalReleaseFacts } from '../src/local-release-facts.js'
import { mergeTree, predictSync } from '../src/predict-sync.js'
import { readRefs, type RepositoryRefs } from '../src/read-refs.js'

// main:        m1 ── m2 ── m3
//                     ├── d1             development (adds c.txt)
//                     ├── f1             feature/clean (adds d.txt)
//                     ├── x1             feature/clash (adds c.txt differently)
//                     └── h1             security/hotfix (changes e.txt, which m3 also changes)
//              old = m1, same = m3; tags v1.0.0 (m1, lightweight), v1.1.0 (m2, annotated)
let repo: GitRepo
let git: Git
let refs: RepositoryRefs
const sha: Record<string, string> = {}

beforeAll(async () => {
  repo = await createGitRepo()
  git = createGit({ cwd: repo.dir, runner: execFileRunner })
  sha.m1 = await repo.commit({ message: 'feat: start', files: { 'a.txt': 'a\n' } })
  await repo.tag('v1.0.0')
  await repo.branch('old')
  sha.m2 = await repo.commit({ message: 'fix: a', files: { 'a.txt': 'a2\n', 'e.txt': 'e\n' } })
  await repo.tag('v1.1.0', { message: 'v1.1.0' })
  for (const [branch, files] of [
    ['development', { 'c.txt': 'dev\n' }],
    ['feature/clean', { 'd.txt': 'd\n' }],
    ['feature/clash', { 'c.txt': 'clash\n' }],
    ['security/hotfix', { 'e.txt': 'hotfix\n' }]
  ] as const) {
    await repo.branch(branch, 'main')
    await repo.checkout(branch)
    sha[branch] = await repo.commit({ message: `feat: ${branch}`, files })
  }
  await repo.checkout('main')
  sha.m3 = await repo.commit({ message: 'fix: e', files: { 'e.txt': 'main\n' } })
  await repo.branch('same')
  refs = await readRefs(git)
}, 30_000)
afterAll(() => repo.cleanup())

describe('readRefs', () => {
  it('reads every branch tip, the current branch, and tags with their kind', () => {
    expect(Object.fromEntries(refs.branches)).toEqual({
      main: sha.m3,
      old: sha.m1,
      same: sha.m3,
      development: sha.development,
      'feature/clean': sha['feature/clean'],
      'feature/clash': sha['feature/clash'],
      'security/hotfix': sha['security/hotfix']
    })
    expect(refs.current).toBe('main')
    expect(refs.tags.map(({ name, annotated }) => ({ name, annotated }))).toEqual([
      { name: 'v1.0.0', annotated: false },
      { name: 'v1.1.0', annotated: true }
    ])
    expect(refs.tags[0]?.objectSha).toBe(sha.m1)
    expect(refs.tags[1]?.objectSha).not.toBe(sha.m2)
  })

  it('has no current branch on a detached HEAD', async () => {
    await repo.checkout(sha.m2!)
    try {
      expect((await readRefs(git)).current).toBeUndefined()
    } finally {
      await repo.checkout('main')
    }
  })
})

describe('local release facts', () => {
  const facts = () => createLocalReleaseFacts(git, refs)

  it.each([
    ['identical', 'main', 'same', 'identical', []],
    ['ahead', 'v1.0.0', 'main', 'ahead', ['fix: a', 'fix: e']],
    ['behind', 'main', 'v1.0.0', 'behind', []],
    ['diverged', 'development', 'main', 'diverged', ['fix: e']]
  ])('compare %s: %s...%s', async (_, base, head, status, messages) => {
    const comparison = await facts().compare(base, head)
    expect(comparison.status).toBe(status)
    expect(comparison.commits.map((c) => c.message)).toEqual(messages)
  })

  it('lists tags from the refs already read, and opens an annotated tag', async () => {
    expect((await facts().listTags('v1.1')).map((t) => t.name)).toEqual(['v1.1.0'])
    expect(await facts().readTaggedCommit(refs.tags[1]!.objectSha)).toBe(sha.m2)
  })
})

describe('predictSync', () => {
  const targets = (...names: string[]) =>
    names.map((target) => ({ target, tip: refs.branches.get(target) }))

  it('against the release merge not yet made: compares through its parents', async () => {
    const merged = await mergeTree(git, sha.m3!, sha.development!)
    expect(merged.conflicts).toEqual([])
    // The identity from the repository's environment: never the machine's git config.
    const commit = git
      .run(['commit-tree', merged.tree, '-p', sha.m3!, '-p', sha.development!, '-m', 'release'], {
        env: repo.env
      })
      .then((result) => result.stdout.trim())
    const predictions = await predictSync(
      git,
      { commit, mergeOf: [sha.m3!, sha.development!] },
      targets('development', 'old', 'feature/clean', 'feature/clash', 'security/hotfix', 'nope')
    )
    expect(predictions).toEqual([
      { target: 'development', outcome: 'fast-forward', conflicts: [] },
      { target: 'old', outcome: 'fast-forward', conflicts: [] },
      { target: 'feature/clean', outcome: 'merge', conflicts: [] },
      { target: 'feature/clash', outcome: 'conflict', conflicts: ['c.txt'] },
      { target: 'security/hotfix', outcome: 'conflict', conflicts: ['e.txt'] },
      { target: 'nope', outcome: 'missing', conflicts: [] }
    ])
  })

  it('against an existing commit: up to date, fast-forward, merge or conflict', async () => {
    const predictions = await predictSync(
      git,
      { commit: Promise.resolve(sha.m3!) },
      targets('same', 'old', 'feature/clean', 'security/hotfix')
    )
    expect(predictions.map((p) => [p.target, p.outcome, p.conflicts])).toEqual([
      ['same', 'up-to-date', []],
      ['old', 'fast-forward', []],
      ['feature/clean', 'merge', []],
      ['security/hotfix', 'conflict', ['e.txt']]
    ])
  })
})
