import { describe, expect, it } from 'vitest'
import type { GitRepo } from '../../git-repo.js'
import {
  FIVE_LINES,
  replaceLine,
  useMirroredStandIn,
  type MirroredRepo
} from './git-mirror-helpers.js'
import { expectFailure, repo } from './helpers.js'

// Writes through a git-backed stand-in are done by git, in the bare repository.
const mirror = useMirroredStandIn(async (work) => {
  await work.commit({ message: 'chore: init', files: { 'app.py': FIVE_LINES } })
  await work.tag('v1.0.0', { message: 'One' })
  await work.branch('development')
  await work.branch('next')
  await work.checkout('next')
  await work.commit({ message: 'feat: next', files: { 'next.txt': 'next\n' } })
  await work.checkout('main')
})

interface RefCase {
  name: string
  call(m: MirroredRepo, sha: Record<'init' | 'next', string>): Promise<unknown>
  status: number
  message?: string
  /** The ref afterwards in git: a name from `sha`, or null for none. */
  ref: [string, 'init' | 'next' | null]
}

const git = (m: MirroredRepo) => m.octokit.rest.git
const REF_CASES: RefCase[] = [
  {
    name: 'POST git/refs creates a branch',
    call: (m, sha) => git(m).createRef({ ...repo, ref: 'refs/heads/release', sha: sha.next }),
    status: 201,
    ref: ['refs/heads/release', 'next']
  },
  {
    name: 'POST git/refs creates a lightweight tag',
    call: (m, sha) => git(m).createRef({ ...repo, ref: 'refs/tags/v1.1.0', sha: sha.next }),
    status: 201,
    ref: ['refs/tags/v1.1.0', 'next']
  },
  {
    name: 'POST git/refs on an existing ref → 422',
    call: (m, sha) => git(m).createRef({ ...repo, ref: 'refs/heads/main', sha: sha.next }),
    status: 422,
    message: 'Reference already exists',
    ref: ['refs/heads/main', 'init']
  },
  {
    name: 'PATCH git/refs fast-forwards',
    call: (m, sha) => git(m).updateRef({ ...repo, ref: 'heads/main', sha: sha.next }),
    status: 200,
    ref: ['refs/heads/main', 'next']
  },
  {
    name: 'PATCH git/refs backwards without force → 422',
    call: (m, sha) => git(m).updateRef({ ...repo, ref: 'heads/next', sha: sha.init }),
    status: 422,
    message: 'Update is not a fast forward',
    ref: ['refs/heads/next', 'next']
  },
  {
    name: 'PATCH git/refs backwards with force',
    call: (m, sha) => git(m).updateRef({ ...repo, ref: 'heads/next', sha: sha.init, force: true }),
    status: 200,
    ref: ['refs/heads/next', 'init']
  },
  {
    name: 'DELETE git/refs deletes',
    call: (m) => git(m).deleteRef({ ...repo, ref: 'heads/development' }),
    status: 204,
    ref: ['refs/heads/development', null]
  },
  {
    name: 'DELETE git/refs of a missing ref → 422',
    call: (m) => git(m).deleteRef({ ...repo, ref: 'heads/nope' }),
    status: 422,
    message: 'Reference does not exist',
    ref: ['refs/heads/nope', null]
  }
]

describe('ref writes are git’s', () => {
  it.each(REF_CASES)('$name', async ({ call, status, message, ref: [ref, expected] }) => {
    const m = mirror.current
    const sha = {
      init: await m.bareGit(['rev-parse', 'main']),
      next: await m.bareGit(['rev-parse', 'next'])
    }
    const answer = call(m, sha)
    if (status >= 400) await expectFailure(answer, status, message)
    else expect(((await answer) as { status: number }).status).toBe(status)
    const refs = await m.listBareRefs()
    expect(refs.find(([name]) => name === ref)?.[1]).toBe(expected ? sha[expected] : undefined)
    expect(m.standIn.state.listRefs()).toEqual(refs)
  })

  it('POST git/tags writes a real tag object; a ref to it is an annotated tag', async () => {
    const { octokit, bareGit } = mirror.current
    const next = await bareGit(['rev-parse', 'next'])
    const tagger = { name: 'Release Bot', email: 'bot@example.com', date: '2024-02-01T10:00:00Z' }
    const { data: tag } = await octokit.rest.git.createTag({
      ...repo,
      tag: 'v2.0.0',
      message: 'Two\n\nThe second.',
      object: next,
      type: 'commit',
      tagger
    })
    expect(await bareGit(['cat-file', '-t', tag.sha])).toBe('tag')
    expect(await bareGit(['cat-file', 'tag', tag.sha])).toBe(
      `object ${next}\ntype commit\ntag v2.0.0\n` +
        'tagger Release Bot <bot@example.com> 1706781600 +0000\n\nTwo\n\nThe second.'
    )
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/v2.0.0', sha: tag.sha })
    expect(await bareGit(['rev-parse', 'refs/tags/v2.0.0'])).toBe(tag.sha)
    expect(await bareGit(['rev-parse', 'v2.0.0^{commit}'])).toBe(next)
    const { data: read } = await octokit.rest.git.getTag({ ...repo, tag_sha: tag.sha })
    expect(read).toMatchObject({ sha: tag.sha, message: 'Two\n\nThe second.', tagger })
  })
})

interface MergeCase {
  name: string
  /** On `topic` (branched from main's `init`), then on `main`. */
  topic: Record<string, string>
  main?: Record<string, string>
  /** main is moved to topic's tip first, so topic is already in it. */
  contained?: boolean
  status: 201 | 204 | 409
  /** main's app.py after a merge. */
  app?: string
}

const MERGE_CASES: MergeCase[] = [
  {
    name: 'diverged, different files → a merge commit with both',
    topic: { 'topic.txt': 'topic\n' },
    main: { 'main.txt': 'main\n' },
    status: 201,
    app: FIVE_LINES
  },
  {
    name: 'both changed app.py on different lines → merged line by line',
    topic: { 'app.py': replaceLine(5, 'FIVE') },
    main: { 'app.py': replaceLine(1, 'ONE') },
    status: 201,
    app: replaceLine(1, 'ONE', replaceLine(5, 'FIVE'))
  },
  {
    name: 'both changed the same line → 409 and nothing moves',
    topic: { 'app.py': replaceLine(3, 'THREE (topic)') },
    main: { 'app.py': replaceLine(3, 'THREE (main)') },
    status: 409
  },
  {
    name: 'fast-forwardable → still a merge commit',
    topic: { 'app.py': replaceLine(2, 'TWO') },
    status: 201,
    app: replaceLine(2, 'TWO')
  },
  {
    name: 'head already in base → 204 and nothing moves',
    topic: { 'topic.txt': 'topic\n' },
    contained: true,
    status: 204
  }
]

describe('POST /merges merges with git', () => {
  it.each(MERGE_CASES)('$name', async ({ topic, main, contained, status, app }) => {
    const m = mirror.current
    await commitOn(m.work, 'topic', topic)
    if (main) await m.work.commit({ message: 'fix: on main', files: main })
    if (contained) await m.work.merge('topic')
    await m.push()
    const [base, head] = [await m.work.head(), await m.work.git(['rev-parse', 'topic'])]
    const before = await m.listBareRefs()
    const answer = m.octokit.rest.repos.merge({ ...repo, base: 'main', head: 'topic' })
    if (status === 409) await expectFailure(answer, 409, 'Merge conflict')
    else expect((await answer).status).toBe(status)
    if (status !== 201) {
      expect(await m.listBareRefs()).toEqual(before)
      return
    }
    const { data } = await answer
    const merge = await m.bareGit(['rev-parse', 'main'])
    expect(data.sha).toBe(merge)
    expect(await m.bareGit(['log', '-1', '--format=%P|%an <%ae>|%cn <%ce>|%B', merge])).toBe(
      `${base} ${head}|github-actions[bot] <github-actions[bot]@users.noreply.github.com>|` +
        'GitHub <noreply@github.com>|Merge topic into main\n'
    )
    expect(await m.bareGit(['show', `${merge}:app.py`])).toBe(app?.replace(/\n$/, ''))
    const files = (await m.bareGit(['ls-tree', '-r', '--name-only', merge])).split('\n')
    expect(files).toEqual(Object.keys(m.standIn.state.requireCommit(merge).files).sort())
    expect(files).toEqual(
      expect.arrayContaining([...Object.keys(topic), ...Object.keys(main ?? {})])
    )
  })
})

describe('pull requests on git branches', () => {
  it('merging one makes a real merge commit, associated with the pull request', async () => {
    const m = mirror.current
    const feature = await commitOn(m.work, 'topic', { 'topic.txt': 'topic\n' })
    await m.work.commit({ message: 'fix: on main', files: { 'main.txt': 'main\n' } })
    await m.push()
    const { data: opened } = await m.octokit.rest.pulls.create({
      ...repo,
      head: 'topic',
      base: 'main',
      title: 'Add topic'
    })
    expect(opened.head.sha).toBe(feature)
    const mainBefore = await m.work.head()
    const sha = m.standIn.state.mergePullRequest(opened.number)
    expect(await m.bareGit(['rev-parse', 'main'])).toBe(sha)
    expect(await m.bareGit(['log', '-1', '--format=%P%n%B', sha])).toBe(
      `${mainBefore} ${feature}\nMerge pull request #${opened.number} from octo-org/topic\n\nAdd topic\n`
    )
    for (const commit of [sha, feature]) {
      const { data } = await m.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: commit
      })
      expect(data.map((pull) => pull.number)).toEqual([opened.number])
    }
    const { data: closed } = await m.octokit.rest.pulls.list({ ...repo, state: 'closed' })
    expect(closed.map((pull) => [pull.number, pull.merge_commit_sha])).toEqual([
      [opened.number, sha]
    ])
  })

  it("squashed: one commit on the base with its single parent, the merged tree and GitHub's default message", async () => {
    const m = mirror.current
    await commitOn(m.work, 'topic', { 'topic.txt': 'topic\n' })
    await m.work.git(['checkout', '-q', 'topic'])
    const second = await m.work.commit({
      message: 'fix: on topic\n\nBREAKING CHANGE: topic.txt moved',
      files: { 'topic.txt': 'topic 2\n' }
    })
    await m.work.checkout('main')
    await m.push()
    const { state } = m.standIn
    state.syncFromGit()
    const pull = state.openPullRequest({ head: 'topic', base: 'main', title: 'Topic work' })
    const mainBefore = await m.work.head()
    const sha = state.mergePullRequest(pull.number, { method: 'squash' })
    expect(await m.bareGit(['rev-parse', 'main'])).toBe(sha)
    expect(await m.bareGit(['log', '-1', '--format=%P%n%B', sha])).toBe(
      `${mainBefore}\nTopic work (#${pull.number})\n\n* feat: on topic\n\n* fix: on topic\n\nBREAKING CHANGE: topic.txt moved\n`
    )
    expect(await m.bareGit(['rev-parse', `${sha}^{tree}`])).toBe(
      await m.bareGit(['rev-parse', `${second}^{tree}`])
    )
    expect(state.getPull(pull.number)).toMatchObject({ merged: true, mergeCommitSha: sha })
  })

  it('recorded as merged by a merge already in git, and refused for a commit that merges something else', async () => {
    const m = mirror.current
    const feature = await commitOn(m.work, 'topic', { 'topic.txt': 'topic\n' })
    const merged = await m.work.merge('topic', { noFf: true, message: 'Merge topic' })
    await m.push()
    const { state } = m.standIn
    state.syncFromGit()
    const pull = state.openPullRequest({ head: 'topic', base: 'main', title: 'Topic' })
    expect(() => state.recordMerged(pull.number, feature)).toThrow('does not merge #1')
    state.recordMerged(pull.number, merged)
    expect(state.getPull(pull.number)).toMatchObject({
      state: 'closed',
      merged: true,
      mergeCommitSha: merged,
      mergedCommits: [feature]
    })
  })

  it('one that conflicts cannot be merged, and nothing moves in git', async () => {
    const m = mirror.current
    await commitOn(m.work, 'topic', { 'app.py': replaceLine(3, 'THREE (topic)') })
    await m.work.commit({ message: 'fix: on main', files: { 'app.py': replaceLine(3, 'x') } })
    await m.push()
    const { state } = m.standIn
    state.syncFromGit()
    const pull = state.openPullRequest({ head: 'topic', title: 'Conflicting' })
    const before = await m.listBareRefs()
    expect(() => state.mergePullRequest(pull.number)).toThrow('Cannot merge #1: conflict')
    expect(await m.listBareRefs()).toEqual(before)
  })
})

/** Creates `branch` at main (if needed), commits `files` on it, returns to main; its sha. */
async function commitOn(work: GitRepo, branch: string, files: Record<string, string>) {
  await work.git(['checkout', '-q', '-B', branch, 'main'])
  const sha = await work.commit({ message: `feat: on ${branch}`, files })
  await work.checkout('main')
  return sha
}
