import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBareRemote, createGitRepo, type GitRepo } from '../git-repo.js'

const repos: GitRepo[] = []

async function openRepo(initialBranch?: string): Promise<GitRepo> {
  const repo = await createGitRepo({ initialBranch })
  repos.push(repo)
  return repo
}

afterEach(async () => {
  for (const repo of repos.splice(0)) {
    await repo.cleanup()
    expect(existsSync(repo.root)).toBe(false)
  }
})

interface Case {
  name: string
  check(repo: GitRepo): Promise<void>
}

const cases: Case[] = [
  {
    name: 'commit writes, updates and deletes files',
    async check(repo) {
      await repo.commit({ message: 'one', files: { 'a.txt': 'one', 'dir/b.txt': 'b' } })
      const sha = await repo.commit({
        message: 'two',
        files: { 'a.txt': 'two', 'dir/b.txt': null }
      })
      expect(sha).toBe(await repo.head())
      expect(await repo.git(['ls-tree', '-r', '--name-only', 'HEAD'])).toBe('a.txt')
      expect(await repo.git(['show', 'HEAD:a.txt'])).toBe('two')
      expect(await repo.git(['rev-list', '--count', 'HEAD'])).toBe('2')
      await expect(repo.commit({ message: 'x', files: { '../out.txt': 'x' } })).rejects.toThrow(
        /outside/
      )
    }
  },
  {
    name: 'branch and checkout',
    async check(repo) {
      const base = await repo.commit({ message: 'base', files: { 'a.txt': 'a' } })
      await repo.branch('feature')
      await repo.checkout('feature')
      const feature = await repo.commit({ message: 'feat: b', files: { 'b.txt': 'b' } })
      expect(await repo.git(['branch', '--show-current'])).toBe('feature')
      expect(await repo.git(['rev-parse', 'main'])).toBe(base)
      expect(await repo.git(['merge-base', 'main', 'feature'])).toBe(base)
      await repo.branch('from-sha', base)
      expect(await repo.git(['rev-parse', 'from-sha'])).toBe(base)
      expect(feature).not.toBe(base)
    }
  },
  {
    name: 'annotated and lightweight tags',
    async check(repo) {
      const first = await repo.commit({ message: 'first' })
      const second = await repo.commit({ message: 'second' })
      await repo.tag('v1.0.0', { message: 'Release 1.0.0' })
      await repo.tag('light')
      await repo.tag('v0.9.0', { sha: first, message: 'Release 0.9.0' })
      await repo.tag('old-light', { sha: first })
      expect(await repo.git(['cat-file', '-t', 'v1.0.0'])).toBe('tag')
      expect(await repo.git(['cat-file', '-t', 'light'])).toBe('commit')
      expect(await repo.git(['rev-parse', 'v1.0.0^{commit}'])).toBe(second)
      expect(await repo.git(['rev-parse', 'light'])).toBe(second)
      expect(await repo.git(['rev-parse', 'v0.9.0^{commit}'])).toBe(first)
      expect(await repo.git(['rev-parse', 'old-light'])).toBe(first)
      expect(await repo.git(['tag', '-l', '--format=%(contents:subject)', 'v1.0.0'])).toBe(
        'Release 1.0.0'
      )
    }
  },
  {
    name: 'fast-forward and --no-ff merges',
    async check(repo) {
      await repo.commit({ message: 'base' })
      await repo.branch('ff')
      await repo.branch('topic')
      await repo.checkout('ff')
      const ff = await repo.commit({ message: 'ff work', files: { 'ff.txt': 'ff' } })
      await repo.checkout('topic')
      await repo.commit({ message: 'topic work', files: { 'topic.txt': 't' } })
      await repo.checkout('main')
      expect(await repo.merge('ff')).toBe(ff)
      const merge = await repo.merge('topic', { noFf: true, message: 'Merge topic' })
      expect((await repo.git(['rev-list', '--parents', '-n', '1', merge])).split(' ')).toHaveLength(
        3
      )
      expect(await repo.git(['log', '-1', '--format=%s'])).toBe('Merge topic')
      expect(await repo.git(['ls-tree', '--name-only', 'HEAD'])).toBe('ff.txt\ntopic.txt')
    }
  },
  {
    name: 'no system, global or inherited git configuration',
    async check(repo) {
      expect(repo.env.HOME).toBe(path.join(repo.root, 'home'))
      expect(repo.env.GIT_CONFIG_NOSYSTEM).toBe('1')
      expect(repo.env.GIT_DIR).toBeUndefined()
      await repo.commit({ message: 'one' })
      const origins = await repo.git(['config', '--list', '--show-origin'])
      for (const line of origins.split('\n')) expect(line).toMatch(/^file:\.git\/config\t/)
    }
  },
  {
    name: 'bare remote and a shallow clone from it',
    async check(repo) {
      await repo.commit({ message: 'one', files: { 'a.txt': '1' } })
      await repo.tag('v0.1.0', { message: 'Release 0.1.0' })
      await repo.branch('development')
      const head = await repo.commit({ message: 'two', files: { 'a.txt': '2' } })
      const remote = await createBareRemote(repo)
      const refs = await repo.git(['ls-remote', '--heads', '--tags', 'origin'])
      for (const ref of ['refs/heads/main', 'refs/heads/development', 'refs/tags/v0.1.0']) {
        expect(refs).toContain(ref)
      }
      expect(await repo.git(['symbolic-ref', 'HEAD'], { cwd: remote })).toBe('refs/heads/main')
      const clone = path.join(repo.root, 'clone')
      await repo.git(['clone', '-q', '--depth', '1', `file://${remote}`, clone])
      expect(await repo.git(['rev-parse', '--is-shallow-repository'], { cwd: clone })).toBe('true')
      expect(await repo.git(['rev-list', '--count', 'HEAD'], { cwd: clone })).toBe('1')
      expect(await repo.git(['rev-parse', 'HEAD'], { cwd: clone })).toBe(head)
    }
  }
]

describe('createGitRepo', () => {
  it.each(cases)('$name', async ({ check }) => {
    await check(await openRepo())
  })

  it('ignores a GIT_DIR inherited from a git hook', async () => {
    const saved = process.env.GIT_DIR
    process.env.GIT_DIR = '/nonexistent/.git'
    try {
      const repo = await openRepo()
      expect(await repo.commit({ message: 'one' })).toMatch(/^[0-9a-f]{40}$/)
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved
    }
  })

  it('honours initialBranch', async () => {
    const repo = await openRepo('development')
    await repo.commit({ message: 'one' })
    expect(await repo.git(['branch', '--show-current'])).toBe('development')
  })

  it('makes the same shas on every run', async () => {
    const script = async (repo: GitRepo) => {
      const shas = [await repo.commit({ message: 'feat: one', files: { 'a.txt': 'a' } })]
      await repo.tag('v1.0.0', { message: 'Release 1.0.0' })
      await repo.branch('topic')
      await repo.checkout('topic')
      shas.push(await repo.commit({ message: 'fix: two', files: { 'b.txt': 'b' } }))
      await repo.checkout('main')
      shas.push(await repo.commit({ message: 'chore: three', files: { 'a.txt': null } }))
      shas.push(await repo.merge('topic', { noFf: true }))
      shas.push(await repo.git(['rev-parse', 'v1.0.0']))
      return shas
    }
    const first = await script(await openRepo())
    const second = await script(await openRepo())
    expect(second).toEqual(first)
    expect(new Set(first).size).toBe(first.length)
    // Pinned, so a change of identity, clock or environment leaking in shows up here.
    expect(first[0]).toBe('6f5bb6b6b2ce3457e955c713b9f7664c1e1c0410')
  })
})
