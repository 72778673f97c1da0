import { createPublicKey, verify } from 'node:crypto'
import type { Project, ReleaseApp } from './release-world.js'

const JWT_ROUTES = [
  '/repos/{owner}/{repo}/installation',
  '/app/installations/{installation_id}/access_tokens'
]

export interface SeenJwt {
  route: string
  status: number
  alg: unknown
  iss: unknown
  lifetime: number
  /** Its RS256 signature checks out against the App's public key (checked here, not by the stand-in). */
  signedByApp: boolean
}

/** The JWTs the GitHub stand-in was sent by the App token step, read and checked here. */
export function readSeenJwts(project: Project, app: ReleaseApp): SeenJwt[] {
  const publicKey = createPublicKey(app.publicKey)
  return project.github.requests
    .filter((request) => request.route && JWT_ROUTES.includes(request.route))
    .map((request) => {
      const [header = '', claims = '', signature = ''] = (request.token ?? '').split('.')
      const read = (part: string) =>
        JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
      const { iat, exp, iss } = read(claims)
      return {
        route: request.route ?? '',
        status: request.status,
        alg: read(header).alg,
        iss,
        lifetime: Number(exp) - Number(iat),
        signedByApp: verify(
          'RSA-SHA256',
          Buffer.from(`${header}.${claims}`),
          publicKey,
          Buffer.from(signature, 'base64url')
        )
      }
    })
}

/**
 * What must never reach a log on the App path: the private key (whole, and each line, as
 * GitHub masks a multi-line secret), every JWT sent and every installation token minted.
 */
export function listAppSecrets(project: Project, privateKey: string): string[] {
  const keyLines = privateKey
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('-----'))
  const jwts = project.github.requests
    .filter((request) => request.route && JWT_ROUTES.includes(request.route))
    .map((request) => request.token ?? '')
  const tokens = [...project.github.apps.tokens.keys()]
  return [privateKey, ...keyLines, ...jwts, ...tokens].filter(Boolean)
}

/** Every write (anything but a read) asked of the GitHub stand-in on a repository, with its token. */
export function listRepositoryWrites(project: Project): { route: string; token?: string }[] {
  return project.github.requests
    .filter((r) => r.method !== 'GET' && r.route?.startsWith('/repos/'))
    .map((r) => ({ route: `${r.method} ${r.route}`, token: r.token }))
}
