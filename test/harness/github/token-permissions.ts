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

/**
 * Why a token with these permissions may not make this request, or undefined when it may.
 * Reads are not checked: on a public repository every token reads.
 */
export function refuseByPermissions(
  permissions: TokenPermissions,
  method: string,
  route: string
): string | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined
  // generate-notes only reads, but GitHub asks for contents: write all the same.
  const scopes = WRITE_SCOPES.find(([pattern]) => pattern.test(route))?.[1]
  if (!scopes) return `no permission is known for ${method} ${route}`
  if (scopes.some((scope) => permissions[scope] === 'write')) return undefined
  return `${method} ${route} needs ${scopes.map((s) => `${s}: write`).join(' or ')}`
}
