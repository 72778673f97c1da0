import { createPrivateKey, sign } from 'node:crypto'
import { loadOpenApiDocument, resolveRef, type Schema } from '../harness/github/openapi-spec.js'
import type { StandInContext, StandInResult } from './third-party-actions.js'

// actions/create-github-app-token v2.2.2 (the starters' pin), read from its action.yml and
// lib/main.js, lib/post.js: `app-id` and `private-key` (there is no `client-id` before v3.1.0).
const NAMED_INPUTS = [
  'app-id',
  'private-key',
  'owner',
  'repositories',
  'skip-token-revoke',
  'github-api-url'
]
// p-retry's `retries: 3`: four attempts. Its backoff (1 s, 2 s, 4 s) is not waited out here.
const ATTEMPTS = 4
// core.getBooleanInput's refusal, in the main step and again in the post step.
const NOT_A_BOOLEAN =
  'Input does not meet YAML 1.2 "Core Schema" specification: skip-token-revoke\nSupport boolean input list: `true | True | TRUE | false | False | FALSE`'

interface Minted {
  token: string
  expiresAt: string
  installationId: number
  appSlug: string
}

/**
 * What actions/create-github-app-token does to a job, against GITHUB_API_URL: signs the App's
 * JWT (RS256, `iss` the app id, `iat` 30 s back, `exp` 10 minutes after `iat`, as
 * universal-github-app-jwt makes it), finds the installation on the repository, mints a token
 * with the asked `permission-*`, masks it and outputs `token`, `installation-id`, `app-slug`;
 * its post step revokes the token after the job. An input the action does not declare fails the
 * step (GitHub's runner only warns).
 */
export async function createGitHubAppToken(context: StandInContext): Promise<StandInResult> {
  const { inputs, env } = context
  const declared = declareInputs()
  const unknown = Object.keys(inputs).filter((key) => !declared.includes(key))
  if (unknown.length > 0)
    throw new Error(
      `actions/create-github-app-token (v2.2.2) has no input(s) ${unknown.join(', ')}; declared: ${NAMED_INPUTS.join(', ')}, permission-<name>`
    )
  const log: string[] = []
  const api = (inputs['github-api-url'] || env.GITHUB_API_URL || '').replace(/\/+$/, '')
  const skipRevoke = readBoolean(inputs['skip-token-revoke'] ?? 'false')
  // The post step runs whenever the main step ran, even failed: it then has no token to revoke.
  const post = (minted?: Minted) => () => revokeToken(api, minted, skipRevoke)
  const fail = (message: string): StandInResult => ({
    exitCode: 1,
    log: [...log, `::error::${message}`].join('\n'),
    post: post()
  })
  if (skipRevoke === undefined) return fail(NOT_A_BOOLEAN)
  const target = chooseTarget(inputs, env, log)
  const appId = inputs['app-id'] ?? ''
  const privateKey = (inputs['private-key'] ?? '').replace(/\\n/g, '\n')
  if (!appId) return fail('[@octokit/auth-app] appId option is required')
  if (!privateKey) return fail('[@octokit/auth-app] privateKey option is required')
  const permissions = readPermissions(inputs)
  let minted: Minted | undefined
  let lastError = ''
  for (let attempt = 1; attempt <= ATTEMPTS && !minted; attempt++) {
    try {
      minted = await mintToken(api, appId, privateKey, target, permissions)
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error)
      log.push(`Failed to create token for "${target.label}" (attempt ${attempt}): ${lastError}`)
    }
  }
  if (!minted) return fail(lastError)
  log.push(`::add-mask::${minted.token}`)
  return {
    exitCode: 0,
    log: log.join('\n'),
    outputs: {
      token: minted.token,
      'installation-id': String(minted.installationId),
      'app-slug': minted.appSlug
    },
    post: post(skipRevoke ? undefined : minted)
  }
}

interface Target {
  owner: string
  repositories: string[]
  label: string
}

/** The action's choice of account and repositories, with the line it logs for it. */
function chooseTarget(
  inputs: Record<string, string>,
  env: Record<string, string>,
  log: string[]
): Target {
  const owner = inputs.owner ?? ''
  const repositories = (inputs.repositories ?? '')
    .split(/[\n,]+/)
    .map((name) => name.trim())
    .filter(Boolean)
  if (!owner && repositories.length === 0) {
    const [current = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
    log.push(
      `Inputs 'owner' and 'repositories' are not set. Creating token for this repository (${current}/${repo}).`
    )
    return { owner: current, repositories: [repo], label: repo }
  }
  if (repositories.length === 0) {
    log.push(
      `Input 'repositories' is not set. Creating token for all repositories owned by ${owner}.`
    )
    return { owner, repositories, label: owner }
  }
  const account = owner || (env.GITHUB_REPOSITORY_OWNER ?? '')
  const list = repositories.map((repo) => `\n- ${account}/${repo}`).join('')
  log.push(
    owner
      ? `Inputs 'owner' and 'repositories' are set. Creating token for the following repositories:${list}`
      : `No 'owner' input provided. Using default owner '${account}' to create token for the following repositories:${list}`
  )
  return { owner: account, repositories, label: repositories.join(',') }
}

async function mintToken(
  api: string,
  appId: string,
  privateKey: string,
  target: Target,
  permissions: Record<string, string> | undefined
): Promise<Minted> {
  // Each request signs a JWT of its own, as @octokit/auth-app's hook does.
  const jwt = () => ({ authorization: `bearer ${signAppJwt(appId, privateKey)}` })
  const [first] = target.repositories
  const installation = (await callGitHub(
    api,
    'GET',
    first ? `/repos/${target.owner}/${first}/installation` : `/users/${target.owner}/installation`,
    jwt()
  )) as { id: number; app_slug: string }
  const body = {
    ...(first ? { repositories: target.repositories } : {}),
    ...(permissions ? { permissions } : {})
  }
  const created = (await callGitHub(
    api,
    'POST',
    `/app/installations/${installation.id}/access_tokens`,
    jwt(),
    body
  )) as { token: string; expires_at: string }
  return {
    token: created.token,
    expiresAt: created.expires_at,
    installationId: installation.id,
    appSlug: installation.app_slug
  }
}

/** The post step (lib/post.js): revoke the token unless skipped, unset or already expired. */
async function revokeToken(
  api: string,
  minted: Minted | undefined,
  skipRevoke: boolean | undefined
): Promise<StandInResult> {
  if (skipRevoke === undefined) return { exitCode: 1, log: `::error::${NOT_A_BOOLEAN}` }
  if (skipRevoke) return { exitCode: 0, log: 'Token revocation was skipped' }
  if (!minted) return { exitCode: 0, log: 'Token is not set' }
  if (Date.parse(minted.expiresAt) <= Date.now())
    return { exitCode: 0, log: 'Token expired, skipping token revocation' }
  try {
    await callGitHub(api, 'DELETE', '/installation/token', {
      authorization: `token ${minted.token}`
    })
    return { exitCode: 0, log: 'Token revoked' }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { exitCode: 0, log: `::warning::Token revocation failed: ${message}` }
  }
}

/**
 * An App's JWT as universal-github-app-jwt signs it for @octokit/auth-app: RS256 over the
 * header and claims, `iat` 30 s in the past for clock drift, `exp` 10 minutes after `iat`.
 */
export function signAppJwt(appId: string, privateKeyPem: string, now = Date.now()): string {
  const iat = Math.floor(now / 1000) - 30
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat, exp: iat + 600, iss: appId })}`
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), createPrivateKey(privateKeyPem))
  return `${signingInput}.${signature.toString('base64url')}`
}

/** A request as @octokit/request makes it; an error answer throws with its error message. */
async function callGitHub(
  api: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: object
): Promise<unknown> {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github.v3+json',
      'user-agent': 'actions/create-github-app-token',
      ...(body ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...headers
    },
    body: body ? JSON.stringify(body) : undefined
  })
  const text = await response.text()
  const data: unknown = text ? parseJson(text) : undefined
  if (response.ok) return data
  throw new Error(describeError(data, response.statusText))
}

// @octokit/request's message: `message - documentation_url`, errors listed after a colon.
function describeError(data: unknown, statusText: string): string {
  if (typeof data === 'string') return data || statusText
  if (!data || typeof data !== 'object' || !('message' in data))
    return `Unknown error: ${JSON.stringify(data)}`
  const {
    message,
    documentation_url: docs,
    errors
  } = data as {
    message: string
    documentation_url?: string
    errors?: unknown[]
  }
  const suffix = docs ? ` - ${docs}` : ''
  const listed = Array.isArray(errors) ? `: ${errors.map((e) => JSON.stringify(e)).join(', ')}` : ''
  return `${message}${listed}${suffix}`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** `permission-pull-requests: write` → `{pull_requests: 'write'}`; none given → undefined. */
function readPermissions(inputs: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(inputs)
    .filter(([key, value]) => key.startsWith('permission-') && value !== '')
    .map(([key, value]) => [key.slice('permission-'.length).replace(/-/g, '_'), value])
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

// The action generates its `permission-*` inputs from GitHub's app-permissions schema.
function declareInputs(): string[] {
  const schemas = (
    loadOpenApiDocument() as unknown as { components: { schemas: Record<string, Schema> } }
  ).components.schemas
  const permissions = resolveRef(schemas['app-permissions'] ?? {}).properties ?? {}
  return [
    ...NAMED_INPUTS,
    ...Object.keys(permissions).map((name) => `permission-${name.replace(/_/g, '-')}`)
  ]
}

// core.getBooleanInput: YAML 1.2 core schema booleans only.
function readBoolean(value: string): boolean | undefined {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  return undefined
}
