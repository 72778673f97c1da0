import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

// vitest.config.ts runs every test with no git identity, as on a fresh machine: this proves it
// is in effect, so a test that commits without setting one fails here, not on a user's machine.
it('runs the tests with no git identity and no user or system git config', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'no-identity-'))
  try {
    const env = { ...process.env }
    for (const name of ['AUTHOR', 'COMMITTER'])
      for (const part of ['NAME', 'EMAIL']) delete env[`GIT_${name}_${part}`]
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env })
    expect(git('init', '-q').status).toBe(0)
    const commit = git('commit', '--allow-empty', '-m', 'x')
    expect(commit.status).not.toBe(0)
    expect(commit.stderr).toContain('Author identity unknown')
    expect(git('config', '--get-regexp', '^user\\.(name|email)$').stdout).toBe('')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
