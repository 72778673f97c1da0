import {
  constants,
  existsSync,
  lstatSync,
  openSync,
  closeSync,
  realpathSync,
  writeSync
} from 'node:fs'
import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from './errors.js'

const ACCEPTED_FILE = 'a file path inside the workspace that is not a symbolic link'

/** True when `child` is `parent` or below it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Where an output file may be written: inside the workspace once every symbolic link on the way
 * is followed, and not a symbolic link itself (a pull request can commit one pointing anywhere).
 * Answers the real path it will write; throws a ConfigurationError naming the input otherwise.
 */
export function resolveOutputPath(input: string, value: string, workspace: string): string {
  const refuse = (why: string): never => {
    throw new ConfigurationError(
      `Input "${input}" is "${value}", ${why}; accepted: ${ACCEPTED_FILE}.`
    )
  }
  const target = path.resolve(workspace, value)
  if (target === path.resolve(workspace) || !isInside(target, path.resolve(workspace)))
    refuse('which is outside the workspace')
  const stat = lstatOrUndefined(target)
  if (stat?.isSymbolicLink()) refuse('which is a symbolic link')
  if (stat && !stat.isFile()) refuse('which is not a regular file')
  // The nearest folder that exists, with its links followed, must still be in the workspace.
  let existing = path.dirname(target)
  while (!lstatOrUndefined(existing)) existing = path.dirname(existing)
  const folder = path.relative(workspace, existing)
  if (!existsSync(existing)) refuse(`whose folder ${folder} is a broken symbolic link`)
  if (!statSync(existing).isDirectory()) refuse(`whose folder ${folder} is a file`)
  const real = path.join(realpathSync(existing), path.relative(existing, target))
  if (!isInside(real, realpathSync(workspace)))
    refuse(`which resolves outside the workspace (to ${real})`)
  return real
}

/**
 * Writes `text` to an output checked by resolveOutputPath, checking again just before (the scan
 * ran in between) and opening with O_NOFOLLOW, so a link planted meanwhile is refused too.
 */
export function writeOutputFile(input: string, value: string, workspace: string, text: string) {
  const target = resolveOutputPath(input, value, workspace)
  mkdirSync(path.dirname(target), { recursive: true })
  let fd: number
  try {
    fd = openSync(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644
    )
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new ConfigurationError(
        `Input "${input}" is "${value}", which is a symbolic link; accepted: ${ACCEPTED_FILE}.`
      )
    throw error
  }
  try {
    writeSync(fd, text)
  } finally {
    closeSync(fd)
  }
  return target
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}
