import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { readPublicKey, verifyAppJwt, type VerifiedJwt } from './app-jwt.js'
import type { TokenPermissions } from './token-permissions.js'

/** An App as a scenario registers it on the stand-in: GitHub keeps only its public key. */
export interface AppRegistration {
  id: number
  slug: string
  clientId?: string
  /** PEM (SPKI, or the private key's PEM, whose public half is kept) or a KeyObject. */
  publicKey: string | KeyObject
  /** Where it is installed: repositories (`owner/repo`) and what the installation may do. */
  installations: { repositories: string[]; permissions: AppPermissions; id?: number }[]
}

/** GitHub's App permission names, with underscores: `{contents: 'write', pull_requests: 'write'}`. */
export type AppPermissions = Record<string, string>

export interface RegisteredApp {
  id: number
  slug: string
  clientId?: string
  publicKey: KeyObject
  /** The login its installation tokens act as: `<slug>[bot]`. */
  botLogin: string
  installations: Installation[]
}

export interface Installation {
  id: number
  app: RegisteredApp
  /** The account the App is installed on (the repositories' owner). */
  account: string
  /** `owner/repo`, lower case. */
  repositories: string[]
  permissions: AppPermissions
}

export interface InstallationToken {
  token: string
  installation: Installation
  permissions: AppPermissions
  /** `owner/repo`, lower case: the repositories it may write to. */
  repositories: string[]
  expiresAt: Date
  revoked: boolean
}

const TOKEN_LIFETIME_MS = 60 * 60 * 1000

/**
 * The GitHub Apps the stand-in knows: their public keys (a JWT signed with the private key
 * authenticates as the App), installations, and the installation tokens minted for them.
 */
export class GitHubApps {
  readonly apps: RegisteredApp[] = []
  readonly tokens = new Map<string, InstallationToken>()
  private nextInstallationId = 50_000_001

  register(registration: AppRegistration): RegisteredApp {
    const app: RegisteredApp = {
      id: registration.id,
      slug: registration.slug,
      clientId: registration.clientId,
      publicKey: readPublicKey(registration.publicKey),
      botLogin: `${registration.slug}[bot]`,
      installations: []
    }
    for (const spec of registration.installations) {
      const repositories = spec.repositories.map((name) => name.toLowerCase())
      app.installations.push({
        id: spec.id ?? this.nextInstallationId++,
        app,
        account: repositories[0]?.split('/')[0] ?? '',
        repositories,
        permissions: { ...spec.permissions }
      })
    }
    this.apps.push(app)
    return app
  }

  /** The App a bearer JWT authenticates, or GitHub's 401 message. */
  authenticate(
    jwt: string | undefined,
    now = Date.now()
  ): VerifiedJwt<RegisteredApp> | { error: string } {
    return verifyAppJwt(jwt ?? '', this.apps, Math.floor(now / 1000))
  }

  findInstallation(app: RegisteredApp, id: number): Installation | undefined {
    return app.installations.find((installation) => installation.id === id)
  }

  installationOn(app: RegisteredApp, fullName: string): Installation | undefined {
    const name = fullName.toLowerCase()
    return app.installations.find((installation) => installation.repositories.includes(name))
  }

  /**
   * Mints an installation token, narrowed to `repositories` (names in the installation's
   * account) and `permissions` when asked, as GitHub does; an error for what the installation
   * was not granted.
   */
  mint(
    installation: Installation,
    ask: { repositories?: string[]; permissions?: AppPermissions },
    now = Date.now()
  ): InstallationToken | { error: string } {
    const repositories = ask.repositories
      ? ask.repositories.map((name) => `${installation.account}/${name}`.toLowerCase())
      : installation.repositories
    if (repositories.some((name) => !installation.repositories.includes(name)))
      return {
        error:
          'There is at least one repository that does not exist or is not accessible to the parent installation.'
      }
    const permissions = ask.permissions ?? installation.permissions
    const granted = Object.entries(permissions).every(([name, level]) =>
      covers(installation.permissions[name], level)
    )
    if (!granted)
      return { error: 'The permissions requested are not granted to this installation.' }
    const minted: InstallationToken = {
      token: `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`,
      installation,
      permissions: { ...permissions },
      repositories,
      expiresAt: new Date(now + TOKEN_LIFETIME_MS),
      revoked: false
    }
    this.tokens.set(minted.token, minted)
    return minted
  }

  /** The installation token, if `token` is one that still works (not revoked, not expired). */
  findLiveToken(token: string | undefined, now = Date.now()): InstallationToken | undefined {
    const found = token ? this.tokens.get(token) : undefined
    return found && !found.revoked && found.expiresAt.getTime() > now ? found : undefined
  }
}

/** A token's permissions as the GITHUB_TOKEN's are written (`pull-requests`), for the checks. */
export function toTokenPermissions(permissions: AppPermissions): TokenPermissions {
  return Object.fromEntries(
    Object.entries(permissions).map(([name, level]) => [name.replace(/_/g, '-'), level])
  )
}

/**
 * A key pair as GitHub generates it for an App: RSA 2048, the private key a PKCS#1 PEM (the
 * `.pem` file a person downloads and stores as a secret), the public key what GitHub keeps.
 */
export function generateAppKeyPair(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' }
  })
}

function covers(granted: string | undefined, asked: string): boolean {
  if (granted === undefined) return false
  const rank = (level: string) => ['read', 'write', 'admin'].indexOf(level)
  return rank(granted) >= rank(asked)
}
