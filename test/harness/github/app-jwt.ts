import { createPublicKey, verify, type KeyObject } from 'node:crypto'

/** GitHub's longest JWT life: `exp` no more than 10 minutes ahead of its clock. */
export const MAX_JWT_LIFETIME_SECONDS = 600

/** What GitHub answers (401) for a JWT it refuses, as its API words it. */
export const JWT_ERRORS = {
  undecodable: 'A JSON web token could not be decoded',
  missingIssuer: "Missing 'issuer' claim ('iss') in assertion",
  issuerNotInteger: "'Issuer' claim ('iss') must be an Integer",
  issuedAt:
    "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
  expired:
    "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
  tooFarAhead: "'Expiration time' claim ('exp') is too far in the future"
} as const

export interface JwtIssuer {
  id: number
  clientId?: string
  publicKey: KeyObject
}

export interface VerifiedJwt<App extends JwtIssuer> {
  app: App
  claims: { iss: string | number; iat: number; exp: number }
}

/**
 * Checks an App's JWT as GitHub does: three base64url parts, `alg` RS256, `iss` the App's id
 * (or client id), an RS256 signature made with the App's private key (checked against the public
 * key GitHub keeps), `iat` not in the future and `exp` in the future but at most 10 minutes
 * ahead. Answers the App, or GitHub's 401 message. An unknown `iss` or a wrong key reads
 * "could not be decoded" on GitHub too: the `iss` picks the key the signature is checked with.
 */
export function verifyAppJwt<App extends JwtIssuer>(
  jwt: string,
  apps: readonly App[],
  nowSeconds: number
): VerifiedJwt<App> | { error: string } {
  const parts = jwt.split('.')
  const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = parts
  const header = parts.length === 3 ? decodeJson(encodedHeader) : undefined
  const claims = parts.length === 3 ? decodeJson(encodedPayload) : undefined
  if (!header || !claims || header.alg !== 'RS256') return { error: JWT_ERRORS.undecodable }
  const { iss, iat, exp } = claims
  if (iss === undefined || iss === null || iss === '') return { error: JWT_ERRORS.missingIssuer }
  const app = apps.find((candidate) => isIssuer(candidate, iss))
  if (!app) {
    const numeric = typeof iss === 'number' || /^\d+$/.test(String(iss))
    return { error: numeric ? JWT_ERRORS.undecodable : JWT_ERRORS.issuerNotInteger }
  }
  const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`)
  const signature = Buffer.from(encodedSignature, 'base64url')
  if (!verify('RSA-SHA256', signed, app.publicKey, signature))
    return { error: JWT_ERRORS.undecodable }
  if (!Number.isInteger(iat) || (iat as number) > nowSeconds) return { error: JWT_ERRORS.issuedAt }
  if (typeof exp !== 'number' || exp <= nowSeconds) return { error: JWT_ERRORS.expired }
  if (exp > nowSeconds + MAX_JWT_LIFETIME_SECONDS) return { error: JWT_ERRORS.tooFarAhead }
  return { app, claims: { iss: iss as string | number, iat: iat as number, exp } }
}

/** A PEM public key (or the private key's PEM, from which the public half is taken). */
export function readPublicKey(pem: string | KeyObject): KeyObject {
  return typeof pem === 'string' ? createPublicKey(pem) : pem
}

function isIssuer(app: JwtIssuer, iss: unknown): boolean {
  if (typeof iss === 'number') return iss === app.id
  return String(iss) === String(app.id) || (app.clientId !== undefined && iss === app.clientId)
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
