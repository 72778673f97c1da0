import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { CommandRunner } from '../../src/lib/exec.js'

/**
 * Runs `work` with a runner whose git writes objects (the predicted merges) into a temporary
 * object directory, reading the repository's own through GIT_ALTERNATE_OBJECT_DIRECTORIES; the
 * temporary directory is removed afterwards, so the repository's object store is left untouched.
 */
export async function useScratchObjects<T>(
  run: CommandRunner,
  repoObjects: string,
  work: (run: CommandRunner) => Promise<T>
): Promise<T> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'release-actions-objects-'))
  const env = { GIT_OBJECT_DIRECTORY: scratch, GIT_ALTERNATE_OBJECT_DIRECTORIES: repoObjects }
  const scratchRun: CommandRunner = (command, args, options = {}) =>
    run(command, args, { ...options, env: { ...options.env, ...env } })
  try {
    return await work(scratchRun)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
