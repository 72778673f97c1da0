import { getOctokit } from '@actions/github'
import { sign } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { signAppJwt } from '../../../workflow-runner/app-token-action.js'
import { JWT_ERRORS } from '../app-jwt.js'
import { generateAppKeyPair } from '../github-apps.js'
import type { GitHubStandIn } from '../server.js'
import {
  expectFailure,
  readReadmeEndpoints,
  repo,
  seedHistory,
  useOctokitAgainstStandIn
} from './helpers.js'

// An App authenticating with its JWT and acting through its installation token, with the real
// Octokit; the JWTs are signed here by hand, so the stand-in's check is not checked against itself.
let standIn: GitHubStandIn
const exercised = useOctokitAgainstStandIn((started) => ({ standIn } = started))

const APP_ID = 424242
let keys: { privateKey: string; publicKey: string }
let otherKeys: { privateKey: string; publicKey: string }
beforeAll(() => {
  keys = generateAppKeyPair()
  otherKeys = generateAppKeyPair()
})

function registerApp(
  permissions: Record<string, string> = { contents: 'write', pull_requests: 'write' }
) {
  return standIn.registerApp({
    id: APP_ID,
    slug: 'octo-release',
    clientId: 'Iv23liOctoRelease',
    publicKey: keys.publicKey,
    installations: [{ repositories: ['octo-org/octo-repo'], permissions }]
  })
}

const asApp = (jwt: string) => getOctokit(jwt, { baseUrl: standIn.url })

/** A JWT with these header and claims, signed with `key` (RS256). */
function craftJwt(
  claims: Record<string, unknown>,
  key = keys.privateKey,
  header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }
): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${encode(header)}.${encode(claims)}`
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`
}

const now = () => Math.floor(Date.now() / 1000)

describe('GitHub Apps', () => {
  it('finds its installation with its JWT, mints a token narrowed to what it asks, writes as its bot, and revokes the token', async () => {
    seedHistory(standIn.state)
    const app = registerApp()
    const jwt = craftJwt({ iat: now() - 30, exp: now() + 570, iss: String(APP_ID) })
    const { data: installation } = await asApp(jwt).rest.apps.getRepoInstallation(repo)
    expect(installation).toMatchObject({
      id: app.installations[0]?.id,
      app_id: APP_ID,
      app_slug: 'octo-release',
      account: { login: 'octo-org' },
      permissions: { contents: 'write', pull_requests: 'write' }
    })

    const { data: minted } = await asApp(jwt).rest.apps.createInstallationAccessToken({
      installation_id: installation.id,
      repositories: ['octo-repo'],
      permissions: { pull_requests: 'write' }
    })
    expect(minted.token).toMatch(/^ghs_[A-Za-z0-9]{36}$/)
    expect(minted.permissions).toEqual({ pull_requests: 'write' })
    expect(minted.repositories?.map((r) => r.full_name)).toEqual(['octo-org/octo-repo'])
    const lifetime = Date.parse(minted.expires_at) - Date.now()
    expect(lifetime).toBeGreaterThan(59 * 60_000)
    expect(lifetime).toBeLessThanOrEqual(60 * 60_000)

    const asInstallation = getOctokit(minted.token, { baseUrl: standIn.url })
    const { data: pull } = await asInstallation.rest.pulls.create({
      ...repo,
      head: 'development',
      base: 'main',
      title: 'Release'
    })
    expect(pull.user).toMatchObject({ login: 'octo-release[bot]', type: 'Bot' })
    // Asked for pull requests only: no contents write.
    await expectFailure(
      asInstallation.rest.git.createRef({
        ...repo,
        ref: 'refs/heads/x',
        sha: standIn.state.getBranchSha('main') ?? ''
      }),
      403,
      'Resource not accessible by integration'
    )
    expect(standIn.refusals).toEqual(['POST /repos/{owner}/{repo}/git/refs needs contents: write'])

    expect((await asInstallation.rest.apps.revokeInstallationAccessToken()).status).toBe(204)
    await expectFailure(asInstallation.rest.pulls.list(repo), 401, 'Bad credentials')
    await expectFailure(asInstallation.rest.apps.revokeInstallationAccessToken(), 401)
  })

  it('the JWT signed as the create-github-app-token stand-in signs it, and by client id, is accepted', async () => {
    registerApp()
    const signed = signAppJwt(String(APP_ID), keys.privateKey)
    const [header, claims] = signed
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()))
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT' })
    expect(claims.exp - claims.iat).toBe(600)
    expect(claims.iat).toBeLessThanOrEqual(now() - 30)
    expect((await asApp(signed).rest.apps.getRepoInstallation(repo)).status).toBe(200)
    const byClientId = craftJwt({ iat: now() - 30, exp: now() + 570, iss: 'Iv23liOctoRelease' })
    expect((await asApp(byClientId).rest.apps.getRepoInstallation(repo)).status).toBe(200)
  })

  const valid = () => ({ iat: now() - 30, exp: now() + 570, iss: APP_ID })
  it.each([
    [
      'signed with another key',
      () => craftJwt(valid(), otherKeys.privateKey),
      JWT_ERRORS.undecodable
    ],
    [
      'claims changed after signing',
      () => {
        const [header, , signature] = craftJwt(valid()).split('.')
        const claims = Buffer.from(JSON.stringify({ ...valid(), exp: now() + 590 })).toString(
          'base64url'
        )
        return `${header}.${claims}.${signature}`
      },
      JWT_ERRORS.undecodable
    ],
    ['HS256', () => craftJwt(valid(), keys.privateKey, { alg: 'HS256' }), JWT_ERRORS.undecodable],
    [
      'not a JWT (an installation token)',
      () => 'ghs_0123456789abcdef0123456789abcdef0123',
      JWT_ERRORS.undecodable
    ],
    ['an unknown app id', () => craftJwt({ ...valid(), iss: 999 }), JWT_ERRORS.undecodable],
    ['no iss', () => craftJwt({ iat: now() - 30, exp: now() + 570 }), JWT_ERRORS.missingIssuer],
    [
      'an iss that is no id',
      () => craftJwt({ ...valid(), iss: 'not-an-app' }),
      JWT_ERRORS.issuerNotInteger
    ],
    [
      'expired',
      () => craftJwt({ ...valid(), iat: now() - 700, exp: now() - 100 }),
      JWT_ERRORS.expired
    ],
    [
      'exp over 10 minutes ahead',
      () => craftJwt({ ...valid(), exp: now() + 660 }),
      JWT_ERRORS.tooFarAhead
    ],
    ['iat in the future', () => craftJwt({ ...valid(), iat: now() + 120 }), JWT_ERRORS.issuedAt]
  ])('refuses a JWT %s with 401 as GitHub words it', async (_, makeJwt, message) => {
    const app = registerApp()
    const jwt = makeJwt()
    const body = await expectFailure(asApp(jwt).rest.apps.getRepoInstallation(repo), 401, message)
    expect(body.documentation_url).toBe('https://docs.github.com/rest')
    await expectFailure(
      asApp(jwt).rest.apps.createInstallationAccessToken({
        installation_id: app.installations[0]?.id ?? 0
      }),
      401,
      message
    )
    expect(standIn.apps.tokens.size).toBe(0)
  })

  it('a token for one repository cannot write to another of the account', async () => {
    const other = standIn.addRepository('octo-org/other')
    const base = other.commit({ message: 'chore: init', files: { 'README.md': '# other\n' } })
    const app = registerApp()
    const { data: minted } = await asApp(craftJwt(valid())).rest.apps.createInstallationAccessToken(
      {
        installation_id: app.installations[0]?.id ?? 0
      }
    )
    const asInstallation = getOctokit(minted.token, { baseUrl: standIn.url })
    await expectFailure(
      asInstallation.rest.git.createRef({
        owner: 'octo-org',
        repo: 'other',
        ref: 'refs/heads/x',
        sha: base
      }),
      403,
      'Resource not accessible by integration'
    )
    expect(standIn.refusals).toEqual([
      'POST /repos/{owner}/{repo}/git/refs: octo-org/other is not a repository of the installation token'
    ])
  })

  it('answers 404 where the App is not installed, and 422 for permissions beyond the installation', async () => {
    standIn.addRepository('octo-org/other')
    const app = registerApp({ contents: 'read' })
    const jwt = craftJwt(valid())
    await expectFailure(
      asApp(jwt).rest.apps.getRepoInstallation({ owner: 'octo-org', repo: 'other' }),
      404
    )
    await expectFailure(
      asApp(jwt).rest.apps.createInstallationAccessToken({
        installation_id: app.installations[0]?.id ?? 0,
        permissions: { contents: 'write' }
      }),
      422,
      'The permissions requested are not granted to this installation.'
    )
    await expectFailure(
      asApp(jwt).rest.apps.createInstallationAccessToken({ installation_id: 1 }),
      404
    )
  })
})

it('drives every GitHub Apps endpoint of the README', () => {
  const endpoints = readReadmeEndpoints('GitHub Apps')
  expect([...exercised].filter((e) => endpoints.includes(e)).sort()).toEqual(endpoints)
})
