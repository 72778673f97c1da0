import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBareRemote, createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { runCommand, type CommandRunner } from '../../../src/lib/exec.js'
import { createGit } from '../../../src/lib/git.js'
import { detectChanges } from '../src/detect-changes.js'
import { checkAncestor } from '../src/git-revisions.js'
import { requireReleaseTag } from '../src/require-release-tag.js'

// Real git; every command recorded. A revision is checked where it comes in (inputs, events),
// and still reaches git only after --end-of-options: these values skip the checks on purpose.
let repo: GitRepo
let first: string
let second: string
let shallow: string
beforeAll(async () => {
  repo = await createGitRepo()
  first = await repo.commit({ message: 'a', files: { 'operators/a/Dockerfile': 'FROM scratch\n' } })
  await repo.tag('v1.0.0')
  second = await repo.commit({ message: 'b', files: { 'operators/a/app.py': 'x\n' } })
  await repo.tag('v1.1.0')
  const remote = await createBareRemote(repo)
  await repo.git(['config', 'uploadpack.allowReachableSHA1InWant', 'true'], { cwd: remote })
  shallow = path.join(repo.root, 'shallow')
  await repo.git(['clone', '-q', '--no-tags', '--depth', '1', `file://${remote}`, shallow])
})
afterAll(() => repo?.cleanup())

function recordGit(cwd: string) {
  const calls: string[][] = []
  const runner: CommandRunner = (command, args, options) => {
    calls.push(args)
    return runCommand(command, args, { ...options, env: { ...repo.env, ...options?.env } })
  }
  return { git: createGit({ cwd, runner }), calls }
}

/** Each argument carrying `value` comes after --end-of-options, or is joined to its option. */
function expectNeverAnOption(calls: string[][], value: string) {
  const carrying = calls.filter((args) => args.some((arg) => arg.includes(value)))
  expect(carrying.length).toBeGreaterThan(0)
  for (const args of carrying) {
    const at = args.findIndex((arg) => arg.includes(value))
    const joined = /^--[a-z-]+=/.test(args[at]!) && !args[at]!.startsWith(value)
    if (!joined) expect(args.slice(0, at), args.join(' ')).toContain('--end-of-options')
  }
}

describe('revisions reach git only after --end-of-options', () => {
  it('detectChanges: a base fetched by tag or commit, or one that looks like an option', async () => {
    const marker = path.join(repo.root, 'pwned')
    for (const base of ['v1.0.0', first]) {
      const { git, calls } = recordGit(shallow)
      expect(await detectChanges(git, base, undefined)).toEqual({
        kind: 'files',
        base,
        files: ['operators/a/app.py']
      })
      expectNeverAnOption(calls, base)
    }
    for (const base of [`--output=${marker}`, `--upload-pack=touch ${marker}`]) {
      const { git, calls } = recordGit(shallow)
      expect(await detectChanges(git, base, undefined)).toMatchObject({ kind: 'all' })
      expectNeverAnOption(calls, base)
      expect(existsSync(marker)).toBe(false)
    }
  })

  it('checkAncestor answers for commits, and unknown for an option-like value', async () => {
    const { git, calls } = recordGit(repo.dir)
    expect(await checkAncestor(git, first, second)).toBe('ancestor')
    expect(await checkAncestor(git, second, first)).toBe('not-ancestor')
    const marker = path.join(repo.root, 'pwned-ancestor')
    expect(await checkAncestor(git, `--output=${marker}`, second)).toBe('unknown')
    expectNeverAnOption(calls, first)
    expectNeverAnOption(calls, '--output=')
    expect(existsSync(marker)).toBe(false)
  })

  it('requireReleaseTag: the commit joined to --points-at, the tags fetched after --end-of-options', async () => {
    const { git, calls } = recordGit(shallow)
    expect(await requireReleaseTag(git, second, '1.1.0')).toBe('v1.1.0')
    expectNeverAnOption(calls, second)
    expectNeverAnOption(calls, 'refs/tags/v1.1.0')
  })
})
