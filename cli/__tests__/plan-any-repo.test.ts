import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitRepo, type GitRepo } from '../../test/harness/git-repo.js'
import { REPO_ROOT } from '../../test/harness/run-action.js'
import { runProcess } from '../../test/harness/run-process.js'
import { execFileRunner } from '../src/exec-file.js'
import { main } from '../src/main.js'
import { parseGitHubRemote } from '../src/read-origin.js'

const CLI = path.join(REPO_ROOT, 'cli', 'bin', 'release-actions.js')

// main: c1 (v1.0.0) ── c2 "feat: b"; development: c2; tagged: c1 (a tagged version, nothing new).
// No operators folder, no origin until a test adds one.
let repo: GitRepo
let first: GitRepo

const cli = (dir: string, ...args: string[]) =>
  runProcess(process.execPath, [CLI, 'plan', '--repo', dir, ...args], {
    env: { ...process.env, NO_COLOR: '1' }
  })
const json = async (dir: string, ...args: string[]) => {
  const result = await cli(dir, ...args, '--json')
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.stdout)
}

beforeAll(async () => {
  repo = await createGitRepo()
  await repo.commit({ message: 'chore: start', files: { 'app.py': 'print(1)\n' } })
  await repo.tag('v1.0.0')
  await repo.branch('tagged')
  await repo.branch('development')
  await repo.checkout('development')
  await repo.commit({ message: 'feat: b', files: { 'b.py': 'print(2)\n' } })
  await repo.checkout('main')

  first = await createGitRepo()
  await first.commit({ message: 'chore: init', files: { 'a.txt': 'a\n' } })
  await first.branch('development')
  await first.checkout('development')
  await first.commit({ message: 'feat: the first feature', files: { 'b.txt': 'b\n' } })
  await first.checkout('main')
}, 30_000)
afterAll(async () => {
  await repo.cleanup()
  await first.cleanup()
})

describe('a repository without operators', () => {
  it('plans, says there are no images, and exits 0 (report, --json)', async () => {
    const report = await cli(repo.dir, '--from', 'development')
    expect(report.stderr).toBe('')
    expect(report.exitCode).toBe(0)
    expect(report.stdout).toContain('no operators folder: no images')
    const plan = await json(repo.dir, '--from', 'development')
    expect(plan.images).toMatchObject({ build: [], skip: [], promote: [] })
    expect(plan.images.note).toMatch(/^no operators folder: no images/)
  })

  it('--operators-dir that does not exist → one line naming it, exit 2', async () => {
    const result = await cli(repo.dir, '--operators-dir', 'ops')
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `release-actions: no operators folder "ops" in ${repo.dir} (--operators-dir)\n`
    )
  })

  it('--operators-dir names the folder the images come from', async () => {
    await repo.checkout('development')
    await repo.commit({ message: 'feat: api', files: { 'ops/api/Dockerfile': 'FROM scratch\n' } })
    // The operators are read from the work tree, as docker-push-operators reads its checkout.
    try {
      const plan = await json(
        repo.dir,
        '--into',
        'main',
        '--operators-dir',
        'ops',
        '--namespace',
        'acme'
      )
      expect(plan.images.build.map((b: { image: string }) => b.image)).toEqual([
        'docker.io/acme/api'
      ])
    } finally {
      await repo.checkout('main')
    }
  })
})

describe('on the branch merged into', () => {
  it('--from defaults to development when the current branch is --into', async () => {
    expect(await repo.git(['symbolic-ref', '--short', 'HEAD'])).toBe('main')
    const plan = await json(repo.dir)
    expect(plan.repository).toMatchObject({ from: 'development', into: 'main' })
    expect(plan.release.outcome).toBe('release')
  })

  it('--from equal to --into → one line with a hint, exit 2', async () => {
    const result = await cli(repo.dir, '--from', 'main')
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'release-actions: --from and --into are both "main": pass the branch to merge, e.g. --from development\n'
    )
  })
})

describe('the release preview', () => {
  it('an already tagged version: no release notes, no "Release" in Slack', async () => {
    const plan = await json(repo.dir, '--from', 'tagged')
    expect(plan.release.outcome).not.toBe('release')
    expect(plan.release.notes).toBe('')
    expect(plan.slack.text).toMatch(/^Merge into main of /)
    expect(JSON.stringify(plan.slack.payload)).not.toMatch(/Release v/)
  })

  it('a first release: its notes, and "first release" rather than a bump', async () => {
    const plan = await json(first.dir)
    expect(plan.release).toMatchObject({
      outcome: 'release',
      previous: null,
      next: '0.1.0',
      bump: 'first release'
    })
    expect(plan.release.notes).toContain('- feat: the first feature')
    expect(plan.release.notes).toContain('- chore: init')
    const report = await cli(first.dir)
    expect(report.stdout).toContain('none → 0.1.0 (first release)')
    expect(report.stdout).not.toContain('(patch)')
  })
})

describe('the Slack link', () => {
  it.each([
    ['https://github.com/acme/ops', 'https://github.com', 'acme', 'ops'],
    ['https://github.com/acme/ops.git', 'https://github.com', 'acme', 'ops'],
    ['https://token@github.com/acme/ops.git', 'https://github.com', 'acme', 'ops'],
    ['git@github.com:acme/ops.git', 'https://github.com', 'acme', 'ops'],
    ['git@github.com:acme/ops', 'https://github.com', 'acme', 'ops'],
    ['ssh://git@github.com/acme/ops.git', 'https://github.com', 'acme', 'ops'],
    ['ssh://git@github.example.com:2222/acme/ops.git', 'https://github.example.com', 'acme', 'ops'],
    ['https://github.example.com/acme/my.ops', 'https://github.example.com', 'acme', 'my.ops']
  ])('%s → %s/%s/%s', (url, serverUrl, owner, name) => {
    expect(parseGitHubRemote(url)).toEqual({ serverUrl, owner, name })
  })

  it.each([
    '/srv/git/ops.git',
    'file:///srv/git/ops.git',
    'https://github.com/acme',
    'https://github.com/acme/ops/tree/main',
    'https://github.com/acme/-->|<x>/ops',
    'git@github.com:acme/o|ps.git',
    'https://github.com/acme/..'
  ])('%s → no link', (url) => {
    expect(parseGitHubRemote(url)).toBeUndefined()
  })

  it('no origin → no link, and the plan says so; origin → its actions page', async () => {
    const without = await json(repo.dir)
    expect(without.slack.link).toBeNull()
    expect(without.slack.note).toBe('no GitHub origin remote: no link to the run')
    expect(JSON.stringify(without.slack.payload)).not.toContain('github.com')
    expect((await cli(repo.dir)).stdout).toContain('(no GitHub origin remote: no link to the run)')

    await repo.git(['remote', 'add', 'origin', 'git@github.com:acme/ops.git'])
    try {
      const withOrigin = await json(repo.dir)
      expect(withOrigin.slack.link).toBe('https://github.com/acme/ops/actions')
      expect(JSON.stringify(withOrigin.slack.payload)).toContain(
        '<https://github.com/acme/ops/actions|merge-main>'
      )
    } finally {
      await repo.git(['remote', 'remove', 'origin'])
    }
  })
})

describe('the repository is left untouched', () => {
  it('no object is written: `git count-objects -v` and the loose objects are the same', async () => {
    // A merge that needs a new tree: development and main both changed since they parted.
    await repo.commit({ message: 'fix: main side', files: { 'c.py': 'print(3)\n' } })
    const before = await repo.git(['count-objects', '-v'])
    const plan = await json(repo.dir)
    expect(plan.sync.targets[0]).toMatchObject({ target: 'development', outcome: 'fast-forward' })
    expect(await repo.git(['count-objects', '-v'])).toBe(before)
    expect(await repo.git(['status', '--porcelain'])).toBe('')
  })
})

describe('the git version', () => {
  const withGitVersion =
    (version: string): typeof execFileRunner =>
    (command, args, options) =>
      command === 'git' && args[0] === '--version'
        ? Promise.resolve({ exitCode: 0, stdout: `git version ${version}\n`, stderr: '' })
        : execFileRunner(command, args, options)
  const runMain = async (version: string) => {
    let stdout = ''
    let stderr = ''
    const code = await main(['plan', '--repo', repo.dir, '--json'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
      cwd: repo.dir,
      run: withGitVersion(version)
    })
    return { code, stdout, stderr }
  }

  it('git 2.34.1 (Ubuntu 22.04) → one clear line, exit 2, before any other git call', async () => {
    expect(await runMain('2.34.1')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'release-actions: release-actions plan needs git 2.38 or later for `git merge-tree --write-tree` (the release merge and the sync, predicted without touching the repository); found 2.34.1\n'
    })
  })

  it.each(['2.38.0', '2.39.5', '3.0.0'])('git %s plans', async (version) => {
    const result = await runMain(version)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })
})
