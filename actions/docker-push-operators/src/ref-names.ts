import { ConfigurationError } from '../../../src/lib/errors.js'
import { COMMIT_ID } from './git-revisions.js'

/**
 * A tag or branch name as `git check-ref-format --allow-onelevel` takes it (`v1.4.1`,
 * `origin/main`, `api/v1.4.1`), and not starting with `-`: nothing git could read as an option,
 * a revision expression (`~`, `^`, `@{`, `..`) or a refspec (`:`).
 */
export function isRefName(name: string): boolean {
  return (
    name !== '' &&
    name !== '@' &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    // eslint-disable-next-line no-control-regex
    !/[\x00-\x20\x7f~^:?*[\\]/.test(name) &&
    name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'))
  )
}

/** The `base` input: '' (from the event), a commit id, or a tag or branch name. */
export function checkBaseInput(base: string): string {
  if (base === '' || COMMIT_ID.test(base) || isRefName(base)) return base
  throw new ConfigurationError(
    `Input "base" is "${base}"; accepted: a commit id (7 to 64 hex digits, e.g. from github.event.before), or a tag or branch name as git check-ref-format takes it (such as v1.4.1 or origin/main), not starting with "-".`,
    "Leave base empty to compare with the event's commit, or pass a tag such as `${{ needs.release.outputs.previous-tag }}`."
  )
}
