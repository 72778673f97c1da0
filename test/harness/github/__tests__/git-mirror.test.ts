import { describe, expect, it } from 'vitest'
import { getOctokit } from '@actions/github'
import { createBareRemote, createGitRepo, type GitRepo } from '../../git-repo.js'
import { startGitHubStandIn } from '../server.js'
import { FIVE_LINES, replaceLine, useMirroredStandIn } from './git-mirror-helpers.js'
import { repo } from './helpers.js'

// Reading a git-backed stand-in: everything it answers is the bare repository's.
async function seedHistory(work: GitRepo): Promise<void> {
  await work.commit({
    message: 'chore: initial commit',
    files: { 'app.py': FIVE_LINES, 'operators/alpha/Dockerfile': 'FROM python:3.12\n' }
  })
  await work.tag('v1.0.0', { message: 'First release\n\nWith a body.' })
  await work.branch('development')
  await work.commit({ message: 'fix: line one', files: { 'app.py': replaceLine(1, 'ONE') } })
  await work.tag('v1.0.1')
  await work.checkout('development')
  await work.commit({
    message: 'feat: beta\n\nAdds the beta operator.',
    files: { 'operators/beta/Dockerfile': 'FROM alpine\n', 'app.py': replaceLine(5, 'FIVE') }
  })
  await work.branch('feature/x')
  await work.checkout('feature/x')
  await work.commit({ message: 'feat: x', files: { 'operators/alpha/Dockerfile': null } })
  await work.checkout('main')
}

const REFS = ['heads/main', 'heads/development', 'heads/feature/x', 'tags/v1.0.0', 'tags/v1.0.1']
const COMMITISH = ['main', 'development', 'feature/x', 'v1.0.0', 'v1.0.1']
const PAIRS = [
  ['main', 'development'],
  ['development', 'main'],
  ['v1.0.0', 'main'],
  ['main', 'feature/x'],
  ['feature/x', 'development'],
  ['main', 'main']
] as const

/** GitHub's `A`dded/`M`odified/`D`eleted, from `git diff --name-status`. */
const STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed' }
const toChanges = (nameStatus: string) =>
  nameStatus
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status = '', filename] = line.split('\t')
      return { filename, status: STATUS[status] }
    })

describe('a git-backed stand-in reads the bare repository', () => {
  const mirror = useMirroredStandIn(seedHistory, { shared: true })

  it.each(REFS)('ref %s: the sha and type git has', async (ref) => {
    const { octokit, bareGit, standIn } = mirror.current
    const { data } = await octokit.rest.git.getRef({ ...repo, ref })
    const sha = await bareGit(['rev-parse', `refs/${ref}`])
    expect(data.object).toMatchObject({ sha, type: await bareGit(['cat-file', '-t', sha]) })
    expect(standIn.state.listRefs()).toEqual(await mirror.current.listBareRefs())
  })

  it('an annotated tag: git’s tag object, message, tagger and target', async () => {
    const { octokit, bareGit } = mirror.current
    const tagSha = await bareGit(['rev-parse', 'refs/tags/v1.0.0'])
    const { data } = await octokit.rest.git.getTag({ ...repo, tag_sha: tagSha })
    expect(data).toMatchObject({
      sha: tagSha,
      tag: 'v1.0.0',
      message: 'First release\n\nWith a body.',
      object: { sha: await bareGit(['rev-parse', 'v1.0.0^{commit}']), type: 'commit' },
      tagger: { name: 'Release Actions Test', email: 'test@example.com' }
    })
    const format = '--format=%(taggerdate:iso-strict)'
    const date = await bareGit(['for-each-ref', format, 'refs/tags/v1.0.0'])
    expect(data.tagger.date).toBe(toUtc(date))
  })

  it.each(COMMITISH)('commit %s: sha, tree, parents, message, people and files', async (name) => {
    const { octokit, bareGit } = mirror.current
    const { data } = await octokit.rest.repos.getCommit({ ...repo, ref: name })
    const [sha, tree, parents, author, email, date, committerDate] = (
      await bareGit(['log', '-1', '--format=%H%n%T%n%P%n%an%n%ae%n%aI%n%cI', name])
    ).split('\n')
    expect(data.sha).toBe(sha)
    expect(data.commit.tree.sha).toBe(tree)
    expect(data.parents.map((parent) => parent.sha)).toEqual(parents ? parents.split(' ') : [])
    expect(data.commit.message).toBe((await bareGit(['log', '-1', '--format=%B', name])).trimEnd())
    expect(data.commit.author).toEqual({ name: author, email, date: toUtc(date ?? '') })
    expect(data.commit.committer?.date).toBe(toUtc(committerDate ?? ''))
    const changes = await bareGit([
      'diff-tree',
      '--root',
      '-r',
      '--no-commit-id',
      '--name-status',
      name
    ])
    expect(data.files?.map(({ filename, status }) => ({ filename, status }))).toEqual(
      toChanges(changes)
    )
  })

  it.each(PAIRS)(
    'compare %s...%s: ahead, behind, merge base, commits and files',
    async (base, head) => {
      const { octokit, bareGit } = mirror.current
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`
      })
      const counts = await bareGit(['rev-list', '--left-right', '--count', `${base}...${head}`])
      const [behind, ahead] = counts.split('\t').map(Number)
      expect([data.ahead_by, data.behind_by]).toEqual([ahead, behind])
      expect(data.merge_base_commit.sha).toBe(await bareGit(['merge-base', base, head]))
      const listed = await bareGit(['rev-list', '--reverse', '--date-order', `${base}..${head}`])
      expect(data.commits.map((commit) => commit.sha)).toEqual(listed.split('\n').filter(Boolean))
      const changes = await bareGit(['diff', '--name-status', `${base}...${head}`])
      expect(data.files?.map(({ filename, status }) => ({ filename, status }))).toEqual(
        toChanges(changes)
      )
    }
  )

  it.each(COMMITISH)('history of %s and its branch: as git lists it', async (name) => {
    const { octokit, bareGit } = mirror.current
    const { data } = await octokit.rest.repos.listCommits({ ...repo, sha: name })
    const listed = await bareGit(['rev-list', '--date-order', name])
    expect(data.map((commit) => commit.sha)).toEqual(listed.split('\n'))
    if (!['main', 'development'].includes(name)) return
    const { data: branch } = await octokit.rest.repos.getBranch({ ...repo, branch: name })
    expect(branch.commit.sha).toBe(await bareGit(['rev-parse', name]))
  })
})

describe('a git-backed stand-in follows the bare repository', () => {
  const mirror = useMirroredStandIn(seedHistory)

  it('a push made with git after the start is what the next request sees', async () => {
    const { work, octokit, standIn, push, bareGit } = mirror.current
    await work.commit({ message: 'fix: pushed later', files: { 'late.txt': 'late\n' } })
    await work.branch('hotfix')
    await work.git(['branch', '-D', 'feature/x'])
    await work.git(['push', '-q', 'origin', ':feature/x'])
    await work.tag('v1.1.0', { message: 'Later' })
    await push()
    const { data } = await octokit.rest.repos.getBranch({ ...repo, branch: 'main' })
    expect(data.commit.sha).toBe(await work.head())
    expect(data.commit.commit.message).toBe('fix: pushed later')
    const { data: refs } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'heads/' })
    expect(refs.map((ref) => ref.ref)).toEqual([
      'refs/heads/development',
      'refs/heads/hotfix',
      'refs/heads/main'
    ])
    expect(standIn.state.getTagSha('v1.1.0')).toBe(await work.head())
    expect(standIn.state.listRefs()).toEqual(await mirror.current.listBareRefs())
    expect(await bareGit(['rev-parse', 'refs/tags/v1.1.0'])).toBe(
      standIn.state.refs.get('refs/tags/v1.1.0')
    )
  })

  it('a hook that pushes with git is seen by the request it runs before', async () => {
    const { work, octokit, standIn, push } = mirror.current
    const sha = await work.commit({ message: 'fix: raced', files: { 'race.txt': '1\n' } })
    standIn.onRequest('GET /repos/{owner}/{repo}/branches/{branch}', () => push())
    const { data } = await octokit.rest.repos.getBranch({ ...repo, branch: 'main' })
    expect(data.commit.sha).toBe(sha)
  })

  it('the default branch is the one HEAD names', async () => {
    const work = await createGitRepo({ initialBranch: 'trunk' })
    try {
      await work.commit({ message: 'chore: init', files: { 'a.txt': 'a\n' } })
      const standIn = await startGitHubStandIn({ gitDir: await createBareRemote(work) })
      const { data } = await getOctokit('t', { baseUrl: standIn.url }).rest.repos.get(repo)
      await standIn.close()
      expect(data.default_branch).toBe('trunk')
      expect(standIn.state.getBranchSha('trunk')).toBe(await work.head())
      standIn.assertNoViolations()
    } finally {
      await work.cleanup()
    }
  })

  it('builders see a push once syncFromGit() ran, and write real commits and tags', async () => {
    const { work, standIn, push, bareGit } = mirror.current
    const { state } = standIn
    await work.commit({ message: 'fix: pushed', files: { 'p.txt': 'p\n' } })
    await push()
    state.syncFromGit()
    expect(state.getBranchSha('main')).toBe(await work.head())
    const sha = state.commit({
      message: 'feat: from the builder',
      files: { 'operators/gamma/Dockerfile': 'FROM scratch\n', 'p.txt': null }
    })
    expect(await bareGit(['rev-parse', 'main'])).toBe(sha)
    expect(await bareGit(['log', '-1', '--format=%P %an <%ae> %s', sha])).toBe(
      `${await work.head()} The Octocat <octocat@github.com> feat: from the builder`
    )
    expect(await bareGit(['show', `${sha}:operators/gamma/Dockerfile`])).toBe('FROM scratch')
    expect(await bareGit(['ls-tree', '-r', '--name-only', sha])).not.toContain('p.txt')
    expect(state.requireCommit(sha).files).toEqual(await readSnapshot(bareGit, sha))
    const tagSha = state.tag('v2.0.0', sha, { message: 'Two' })
    expect(await bareGit(['rev-parse', 'refs/tags/v2.0.0'])).toBe(tagSha)
    expect(await bareGit(['rev-parse', 'v2.0.0^{commit}'])).toBe(sha)
    state.createBranch('release/2', 'v2.0.0')
    expect(await bareGit(['rev-parse', 'release/2'])).toBe(sha)
  })
})

/** `2024-01-01T00:01:00+00:00` → `2024-01-01T00:01:00Z`, as GitHub gives dates. */
function toUtc(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z')
}

async function readSnapshot(bareGit: (args: string[]) => Promise<string>, sha: string) {
  const paths = (await bareGit(['ls-tree', '-r', '--name-only', sha])).split('\n')
  const contents = await Promise.all(paths.map((file) => bareGit(['show', `${sha}:${file}`])))
  // `git show` drops the final newline; every seeded file has one.
  return Object.fromEntries(paths.map((file, i) => [file, `${contents[i]}\n`]))
}
