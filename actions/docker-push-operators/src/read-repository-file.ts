import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import path from 'node:path'

/**
 * What reading a file of the repository found. The repository may be a pull request's, so a file
 * is read only when it is a regular file inside it (links followed), and never past a size cap:
 * a link to /dev/zero, a pipe or a huge file must not hang or flood the step.
 */
export type RepositoryFile =
  | { kind: 'text'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'outside'; target: string }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; size: number }

/** Reads `file` (relative to `workspace`) if it is a regular file inside `root` (realpath of the workspace). */
export function readRepositoryFile(
  root: string,
  workspace: string,
  file: string,
  maxBytes: number
): RepositoryFile {
  let real: string
  try {
    real = realpathSync(path.join(workspace, file))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? { kind: 'missing' }
      : { kind: 'not-a-file' }
  }
  if (real !== root && !real.startsWith(`${root}${path.sep}`))
    return { kind: 'outside', target: real }
  // Only a regular file is opened (opening a device can act on it); fstat checks it again after.
  if (!statSync(real).isFile()) return { kind: 'not-a-file' }
  let fd: number
  try {
    // Non-blocking and no link: should a pipe or a link take the file's place meanwhile, it is
    // neither waited on nor followed.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
  } catch {
    return { kind: 'not-a-file' }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { kind: 'not-a-file' }
    if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size }
    // One byte more than the cap, to notice a file that grew since fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const count = readSync(fd, buffer, length, buffer.length - length, length)
      if (count === 0) break
      length += count
    }
    if (length > maxBytes) return { kind: 'too-large', size: length }
    return { kind: 'text', bytes: buffer.subarray(0, length) }
  } finally {
    closeSync(fd)
  }
}
