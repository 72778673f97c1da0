// The `permissions:` key a GITHUB_TOKEN needs for a route, when GitHub's answer does not say.
const ROUTE_SCOPES: [RegExp, string][] = [
  [/^\/repos\/[^/]+\/[^/]+\/(git|merges|releases|contents)(\/|$)/, 'contents'],
  [/^\/repos\/[^/]+\/[^/]+\/pulls(\/|$)/, 'pull-requests'],
  [/^\/repos\/[^/]+\/[^/]+\/issues(\/|$)/, 'issues'],
  [/^\/repos\/[^/]+\/[^/]+\/actions(\/|$)/, 'actions'],
  [/^\/repos\/[^/]+\/[^/]+\/code-scanning(\/|$)/, 'security-events']
]

/**
 * The hint for a 403 on GitHub's API: the `permissions:` line to add, from the
 * `x-accepted-github-permissions` header when GitHub sent it (`contents=write; pull_requests=write`
 * means either), else from the route.
 */
export function describeMissingPermission(
  request: { method?: string; url?: string } | undefined,
  accepted: string | undefined
): string {
  const lines = accepted ? readAcceptedPermissions(accepted) : guessFromRoute(request)
  if (lines.length === 0) {
    return (
      'Give the token the permission this request needs (the `permissions:` block of the job), ' +
      'or check that it has access to the repository.'
    )
  }
  const wanted = lines.map((line) => `\`${line}\``).join(' or ')
  return `Add ${wanted} to the job's \`permissions:\` block (or give the token that permission).`
}

function readAcceptedPermissions(header: string): string[] {
  return header
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((pair) => pair.trim().split('='))
        .filter(([name, level]) => name && level)
        .map(([name, level]) => `${name!.replace(/_/g, '-')}: ${level}`)
        .join(', ')
    )
    .filter(Boolean)
}

function guessFromRoute(request: { method?: string; url?: string } | undefined): string[] {
  if (!request?.url) return []
  let path: string
  try {
    path = new URL(request.url).pathname
  } catch {
    return []
  }
  // GitHub Enterprise Server serves the API under /api/v3.
  path = path.replace(/^\/api\/v3/, '')
  const scope = ROUTE_SCOPES.find(([pattern]) => pattern.test(path))?.[1]
  if (!scope) return []
  const level = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write'
  return [`${scope}: ${level}`]
}
