import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitRepo, type GitRepo } from '../../test/harness/git-repo.js'
import { REPO_ROOT } from '../../test/harness/run-action.js'
import { runProcess } from '../../test/harness/run-process.js'

// What `npx github:OWNER/REPO plan` installs is the package npm packs from the repository: run
// that package from a folder outside the checkout, offline with an empty npm cache, so it can
// only work if the package needs nothing but its own files (the bundles are self-contained).
let work: string
let tarball: string
let repo: GitRepo

const npm = (args: string[], cwd: string) =>
  runProcess('npm', args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } })

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'release-actions-pack-'))
  const packed = await npm(['pack', '--json', '--pack-destination', work, REPO_ROOT], work)
  expect(packed.exitCode, packed.stderr).toBe(0)
  tarball = path.join(work, JSON.parse(packed.stdout)[0].filename)
  repo = await createGitRepo()
  await repo.commit({ message: 'chore: start', files: { 'a.txt': 'a\n' } })
  await repo.branch('development')
  await repo.checkout('development')
  await repo.commit({ message: 'feat: b', files: { 'b.txt': 'b\n' } })
}, 60_000)
afterAll(async () => {
  rmSync(work, { recursive: true, force: true })
  await repo.cleanup()
})

describe('the package npm installs', () => {
  it('ships the CLI bundle and what init needs, not the sources', async () => {
    const listed = await runProcess('tar', ['-tzf', tarball])
    const files = listed.stdout.split('\n').map((f) => f.replace(/^package\//, ''))
    for (const file of [
      'package.json',
      'cli/bin/release-actions.js',
      'cli/dist/index.js',
      'workflows/merge-main.yml',
      'examples/deploy/deploy.sh'
    ])
      expect(files).toContain(file)
    expect(files.filter((f) => /^(cli\/src|src|actions|test)\//.test(f))).toEqual([])
  })

  it('runs `release-actions plan` from outside the checkout, offline, installing nothing else', async () => {
    const outside = path.join(work, 'elsewhere')
    mkdirSync(outside)
    mkdirSync(path.join(work, 'prefix'))
    const result = await npm(
      [
        'exec',
        '--yes',
        '--offline',
        '--cache',
        path.join(work, 'cache'),
        '--prefix',
        path.join(work, 'prefix'),
        '--package',
        tarball,
        '--',
        'release-actions',
        'plan',
        '--repo',
        repo.dir,
        '--into',
        'main',
        '--json'
      ],
      outside
    )
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout).release).toMatchObject({ outcome: 'release', next: '0.1.0' })
  }, 60_000)
})
