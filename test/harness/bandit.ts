import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './run-action.js'

/** bandit 1.9.4, the version security-gate pins, built from PyCQA/bandit (see ../shared/tools). */
export const BANDIT_WHEEL = path.join(
  REPO_ROOT,
  '..',
  'shared',
  'tools',
  'bandit-1.9.4-py3-none-any.whl'
)

// Debian's Python: its packaged yaml, stevedore and rich are bandit's dependencies, so the
// virtualenv needs no index (there is no network here).
const SYSTEM_PYTHON = '/usr/bin/python3'

/**
 * A folder holding a `bandit` 1.9.4 executable, to put first on PATH. Made once per machine
 * (a virtualenv in the temp folder, keyed by the wheel's hash) and shared by every test file:
 * each test process builds its own virtualenv and the first to rename its folder into place wins,
 * so parallel workers never see a half-made one.
 */
export function installBandit(): string {
  if (!existsSync(BANDIT_WHEEL)) {
    throw new Error(
      `The bandit 1.9.4 wheel is missing at ${BANDIT_WHEEL}: the tests expect ../shared/tools beside the repository.`
    )
  }
  const key = createHash('sha256').update(readFileSync(BANDIT_WHEEL)).digest('hex').slice(0, 12)
  const parent = path.join(os.tmpdir(), 'release-actions-bandit')
  const bin = path.join(parent, `1.9.4-${key}`)
  if (answersVersion(bin)) return bin
  rmSync(bin, { recursive: true, force: true }) // a broken copy, e.g. its virtualenv was cleaned away
  mkdirSync(parent, { recursive: true })
  const venv = mkdtempSync(path.join(parent, 'venv-'))
  execFileSync(SYSTEM_PYTHON, ['-m', 'venv', '--system-site-packages', venv], { stdio: 'pipe' })
  execFileSync(
    path.join(venv, 'bin', 'pip'),
    ['install', '--quiet', '--no-index', '--no-deps', '--disable-pip-version-check', BANDIT_WHEEL],
    { stdio: 'pipe' }
  )
  // A virtualenv's scripts name its path, so it stays where it was made; a wrapper is what moves.
  const staging = mkdtempSync(path.join(parent, 'bin-'))
  const wrapper = path.join(staging, 'bandit')
  writeFileSync(wrapper, `#!/bin/sh\nexec '${path.join(venv, 'bin', 'bandit')}' "$@"\n`)
  chmodSync(wrapper, 0o755)
  try {
    renameSync(staging, bin)
  } catch {
    // Another test process got there first; its copy is as good.
    rmSync(staging, { recursive: true, force: true })
    rmSync(venv, { recursive: true, force: true })
  }
  if (!answersVersion(bin)) throw new Error(`bandit 1.9.4 did not install into ${bin}`)
  return bin
}

/** PATH with bandit 1.9.4 first. */
export function pathWithBandit(): string {
  return `${installBandit()}:${process.env.PATH ?? ''}`
}

function answersVersion(bin: string): boolean {
  try {
    return execFileSync(path.join(bin, 'bandit'), ['--version'], { encoding: 'utf8' }).startsWith(
      'bandit 1.9.4'
    )
  } catch {
    return false
  }
}
