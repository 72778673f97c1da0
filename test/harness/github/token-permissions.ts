/** The GITHUB_TOKEN's `permissions:` as the runner grants them, e.g. `{contents: 'write'}`. */
export type TokenPermissions = Record<string, string>

// Which permission each write needs (GitHub's "permissions required" for GITHUB_TOKEN); a label
// on a pull request goes through the issues API and takes either.
const WRITE_SCOPES: [RegExp, string[]][] = [
  [/^\/repos\/\{owner\}\/\{repo\}\/(git\/|merges$|releases)/, ['contents']],
  [/^\/repos\/\{owner\}\/\{repo\}\/pulls/, ['pull-requests']],
  [/^\/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/labels$/, ['issues', 'pull-requests']],
  // A SARIF upload (code-scanning/sarifs), the write pr-security keeps out of its scan job.
  [/^\/repos\/\{owner\}\/\{repo\}\/code-scanning\//, ['security-events']]
]

// Reads a token makes only with the permission named: even on a public repository, a job
// without `actions: read` gets 403 when it lists workflow runs.
const READ_SCOPES: [RegExp, string][] = [[/^\/repos\/\{owner\}\/\{repo\}\/actions\//, 'actions']]

/**
 * Why a token with these permissions may not make this request, or undefined when it may.
 * Reads are not checked (on a public repository every token reads), except the Actions API's.
 */
export function refuseByPermissions(
  permissions: TokenPermissions,
  method: string,
  route: string
): string | undefined {
  if (method === 'GET' || method === 'HEAD') {
    const scope = READ_SCOPES.find(([pattern]) => pattern.test(route))?.[1]
    if (!scope || permissions[scope] === 'read' || permissions[scope] === 'write') return undefined
    return `${method} ${route} needs ${scope}: read`
  }
  // generate-notes only reads, but GitHub asks for contents: write all the same.
  const scopes = WRITE_SCOPES.find(([pattern]) => pattern.test(route))?.[1]
  if (!scopes) return `no permission is known for ${method} ${route}`
  if (scopes.some((scope) => permissions[scope] === 'write')) return undefined
  return `${method} ${route} needs ${scopes.map((s) => `${s}: write`).join(' or ')}`
}

/**
 * GitHub's `x-accepted-github-permissions` header for this request (sent to GitHub Apps and
 * installation tokens such as GITHUB_TOKEN): `contents=write`, alternatives split by `; `, and
 * permission names with underscores (`pull_requests`), as GitHub spells them.
 */
export function describeAcceptedPermissions(method: string, route: string): string | undefined {
  const read = method === 'GET' || method === 'HEAD'
  const scopes = read
    ? READ_SCOPES.filter(([pattern]) => pattern.test(route)).map(([, scope]) => scope)
    : WRITE_SCOPES.find(([pattern]) => pattern.test(route))?.[1]
  if (!scopes || scopes.length === 0) return undefined
  const level = read ? 'read' : 'write'
  return scopes.map((scope) => `${scope.replace(/-/g, '_')}=${level}`).join('; ')
}
