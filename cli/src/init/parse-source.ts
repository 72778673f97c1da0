/** Where the actions come from: the URL `git ls-remote` reads, the `uses:` owner/repo, the ref. */
export interface ActionSource {
  url: string
  usesRepo: string
  ref: string
}

export class InitInputError extends Error {}

const GITHUB_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
const GITHUB_URL = /^https:\/\/github\.com\/([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?\/?$/
const OTHER_URL = /^(?:https?|ssh|file|git):\/\/[^\s]+$/

/**
 * Parses `--from SOURCE@REF`. SOURCE is `OWNER/REPO` (GitHub), a GitHub https URL, or any other
 * git URL or absolute path, which names no GitHub repository: `--uses OWNER/REPO` must then say
 * what the workflows' `uses:` lines name.
 */
export function parseSource(from: string, uses: string | undefined): ActionSource {
  const at = from.lastIndexOf('@')
  if (at <= 0)
    throw new InitInputError(`--from "${from}" has no @REF (e.g. acme/release-actions@v1)`)
  const source = from.slice(0, at)
  const ref = from.slice(at + 1)
  checkRef(ref)
  if (uses !== undefined && !GITHUB_REPO.test(uses))
    throw new InitInputError(`--uses "${uses}" is not OWNER/REPO`)
  if (GITHUB_REPO.test(source))
    return { url: `https://github.com/${source}.git`, usesRepo: uses ?? source, ref }
  const github = GITHUB_URL.exec(source)?.[1]
  if (github && GITHUB_REPO.test(github)) return { url: source, usesRepo: uses ?? github, ref }
  if (!OTHER_URL.test(source) && !source.startsWith('/'))
    throw new InitInputError(
      `--from "${from}": the source is not OWNER/REPO, a git URL or an absolute path`
    )
  if (uses === undefined)
    throw new InitInputError(
      `--from "${source}" names no GitHub repository: pass --uses OWNER/REPO for the uses: lines`
    )
  return { url: source, usesRepo: uses, ref }
}

// A tag name as `git check-ref-format` would take it, minus what could be read as an
// option or a pattern: it reaches git only as an argument after --end-of-options anyway.
function checkRef(ref: string): void {
  const bad =
    !/^[A-Za-z0-9._/-]+$/.test(ref) ||
    ref.startsWith('-') ||
    ref.startsWith('/') ||
    ref.endsWith('/') ||
    ref.endsWith('.') ||
    ref.endsWith('.lock') ||
    ref.includes('..') ||
    ref.includes('//') ||
    ref.split('/').some((part) => part.startsWith('.'))
  if (bad) throw new InitInputError(`--from: "${ref}" is not a tag name`)
}
