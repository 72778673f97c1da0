import type http from 'node:http'
import { readBody, startLoopbackServer } from '../loopback-server.js'
import { fail, notFound, type Answer } from './answers.js'
import {
  GitHubApps,
  toTokenPermissions,
  type AppRegistration,
  type InstallationToken,
  type RegisteredApp
} from './github-apps.js'
import {
  checkRequestAgainstOpenApi,
  checkResponseAgainstOpenApi,
  type ContractResult
} from './openapi-contract.js'
import { RepoState, Sequencer, type RepoStateOptions } from './repo-state.js'
import { APP_ROUTES, SERVED_ROUTES } from './routes/index.js'
import {
  describeAcceptedPermissions,
  refuseByPermissions,
  type TokenPermissions
} from './token-permissions.js'
import { FaultQueue, matchesRoute, type FaultSpec, type RouteFilter } from './traffic-control.js'

/** What the client gets: an answer, or the connection cut without one. */
type Outcome = Answer | 'reset'

export type { FaultSpec, RouteFilter } from './traffic-control.js'

export interface GitHubStandInOptions {
  /** The first repository (default `octo-org/octo-repo`); add more with `addRepository`. */
  repository?: string
  defaultBranch?: string
  /** Login of the token's owner: author of merges and of what the API creates. */
  actor?: string
  /** The web UI base for `html_url`s (GITHUB_SERVER_URL). */
  serverUrl?: string
  /** Mirror the first repository from this git repository (see "Git-backed mode"). */
  gitDir?: string
  lifetimeMs?: number
}

/** A parsed JSON request body, loosely typed so tests can read it directly. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any

export interface RecordedRequest {
  method: string
  /** Path template, e.g. `/repos/{owner}/{repo}/git/refs/{ref}`; undefined for unknown paths. */
  route?: string
  operationId?: string
  path: string
  query: Record<string, string>
  body: JsonBody
  /** The status the client got; 0 when the connection was cut without an answer. */
  status: number
  /** The credential from the `authorization` header (`token x` or `Bearer x`), if any. */
  token?: string
}

export interface HookRequest {
  method: string
  route: string
  operationId: string
  path: string
  pathParams: Record<string, string>
  query: Record<string, string>
  body: JsonBody
}

export type RequestHook = (request: HookRequest, standIn: GitHubStandIn) => void | Promise<void>

export interface GitHubStandIn {
  /** Base URL: use it as GITHUB_API_URL. */
  url: string
  /** The first repository's state; `repositories` holds them all by `owner/repo`. */
  state: RepoState
  repositories: Map<string, RepoState>
  addRepository(fullName: string, options?: RepoStateOptions): RepoState
  requests: RecordedRequest[]
  violations: string[]
  assertNoViolations(): void
  /**
   * Queues a scripted answer for matching requests, given before the stand-in's own; with
   * `afterApplying`, given after handling the request instead of its answer (a lost answer).
   */
  injectFault(fault: FaultSpec): void
  /**
   * Limits what `token` may write to its `permissions:` (as a workflow job's GITHUB_TOKEN): a
   * write they do not cover gets GitHub's 403 "Resource not accessible by integration".
   */
  grantToken(token: string, permissions: TokenPermissions): void
  /** Why each refused write was refused. */
  refusals: string[]
  /**
   * Registers a GitHub App (its id, slug, public key and installations): a JWT signed with its
   * private key authenticates as it, and the installation tokens it mints act as `<slug>[bot]`
   * with the installation's (or the asked) permissions, like a granted token.
   */
  registerApp(registration: AppRegistration): RegisteredApp
  /** The registered Apps and every installation token minted. */
  apps: GitHubApps
  /** Runs `hook` before each matching request is handled; returns a function that removes it. */
  onRequest(route: string, hook: RequestHook): () => void
  countRequests(filter?: RouteFilter | string): number
  close(): Promise<void>
}

/** Starts the GitHub REST stand-in on 127.0.0.1. */
export async function startGitHubStandIn(
  options: GitHubStandInOptions = {}
): Promise<GitHubStandIn> {
  const sequencer = new Sequencer()
  const repositories = new Map<string, RepoState>()
  const faults = new FaultQueue()
  const tokens = new Map<string, TokenPermissions>()
  const apps = new GitHubApps()
  const hooks: Array<{ route: string; hook: RequestHook }> = []
  const addRepository = (fullName: string, repoOptions: RepoStateOptions = {}) => {
    const repo = new RepoState(fullName, {
      sequencer,
      defaultBranch: options.defaultBranch,
      actor: options.actor,
      ...repoOptions
    })
    repositories.set(fullName.toLowerCase(), repo)
    return repo
  }
  const state = addRepository(options.repository ?? 'octo-org/octo-repo', {
    gitDir: options.gitDir
  })
  const syncFromGit = () => {
    for (const repo of repositories.values()) repo.syncFromGit()
  }

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', standIn.url)
    const text = await readBody(req)
    const parsed = parseJson(text)
    const contract = checkRequestAgainstOpenApi({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: parsed.value
    })
    const violations = parsed.error ? [...contract.violations, parsed.error] : contract.violations
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      route: contract.route,
      operationId: contract.operationId,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parsed.value,
      status: 0,
      token: readToken(req.headers.authorization)
    }
    standIn.requests.push(record)
    const answer = await answerRequest(record, contract, violations, url)
    record.status = answer === 'reset' ? 0 : answer.status
    if (answer === 'reset') req.socket.resetAndDestroy()
    else sendAnswer(res, answer)
  }

  const answerRequest = async (
    record: RecordedRequest,
    contract: ContractResult,
    violations: string[],
    url: URL
  ): Promise<Outcome> => {
    if (violations.length > 0) {
      standIn.violations.push(...violations)
      return { status: 400, body: { message: `contract violation: ${violations.join('; ')}` } }
    }
    const route = contract.route as string
    const appRoute = APP_ROUTES[`${record.method} ${route}`] !== undefined
    const installationToken = record.token ? apps.tokens.get(record.token) : undefined
    // A revoked or expired installation token is refused everywhere, as GitHub answers it.
    if (installationToken && !appRoute && !apps.findLiveToken(record.token))
      return fail(401, 'Bad credentials', 'https://docs.github.com/rest')
    const refused = appRoute ? undefined : refuseToken(record, route, contract, installationToken)
    if (refused) {
      standIn.refusals.push(refused)
      const accepted = describeAcceptedPermissions(record.method, route)
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: contract.documentationUrl,
          status: '403'
        },
        headers: accepted ? { 'x-accepted-github-permissions': accepted } : {}
      }
    }
    const fault = faults.take(record.method, route)
    if (fault && !fault.afterApplying) return fault.answer
    const answer = await applyRequest(record, contract, url)
    return fault ? fault.answer : answer
  }

  const applyRequest = async (
    record: RecordedRequest,
    contract: ContractResult,
    url: URL
  ): Promise<Answer> => {
    const route = contract.route as string
    try {
      const { operationId, pathParams } = contract as Required<ContractResult>
      const matching = hooks.filter((hook) => matchesRoute(hook.route, record.method, route))
      syncFromGit()
      for (const entry of matching) {
        await entry.hook({ ...record, route, operationId, pathParams }, standIn)
      }
      if (matching.length > 0) syncFromGit() // a hook may have changed the repository with git
      return dispatch(record, contract, url)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      standIn.violations.push(`stand-in: ${record.method} ${url.pathname} failed: ${message}`)
      return { status: 500, body: { message: 'Server Error' } }
    }
  }

  /** Why this token may not make this request: its permissions, or its repositories. */
  const refuseToken = (
    record: RecordedRequest,
    route: string,
    contract: ContractResult,
    installationToken: InstallationToken | undefined
  ): string | undefined => {
    if (installationToken) {
      const { owner, repo } = contract.pathParams
      const fullName = `${owner}/${repo}`.toLowerCase()
      const reading = record.method === 'GET' || record.method === 'HEAD'
      if (!reading && owner && !installationToken.repositories.includes(fullName))
        return `${record.method} ${route}: ${fullName} is not a repository of the installation token`
      const permissions = toTokenPermissions(installationToken.permissions)
      return refuseByPermissions(permissions, record.method, route)
    }
    const granted = record.token ? tokens.get(record.token) : undefined
    return granted && refuseByPermissions(granted, record.method, route)
  }

  const dispatch = (record: RecordedRequest, contract: ContractResult, url: URL): Answer => {
    const served = `${record.method} ${contract.route}`
    const answer = answerServed(served, record, contract, url)
    const route = contract.route as string
    standIn.violations.push(
      ...checkResponseAgainstOpenApi(record.method, route, answer.status, answer.body).map(
        (violation) => `stand-in answer: ${violation}`
      )
    )
    return answer
  }

  const answerServed = (
    served: string,
    record: RecordedRequest,
    contract: ContractResult,
    url: URL
  ): Answer => {
    const docs = contract.documentationUrl
    const urls = { api: standIn.url, web: options.serverUrl ?? 'https://github.com' }
    const { pathParams: params } = contract
    const appHandler = APP_ROUTES[served]
    if (appHandler) {
      const credential = record.token
      return appHandler({ apps, repositories, credential, params, body: record.body, urls, docs })
    }
    const handler = SERVED_ROUTES[served]
    if (!handler) {
      standIn.violations.push(`stand-in: ${served} (${contract.operationId}) is not served`)
      return { status: 501, body: { message: `The GitHub stand-in does not serve ${served}` } }
    }
    const { owner, repo: name } = contract.pathParams
    const repo = repositories.get(`${owner}/${name}`.toLowerCase())
    if (!repo) return notFound(docs)
    // What a request writes is the token owner's: an App's bot for its installation token.
    const actor = apps.findLiveToken(record.token)?.installation.app.botLogin ?? repo.actor
    return handler({
      repo,
      params,
      query: url.searchParams,
      body: record.body,
      urls,
      url,
      docs,
      actor
    })
  }

  const server = await startLoopbackServer(
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        standIn.violations.push(`stand-in: ${String(error)}`)
        if (!res.headersSent) sendAnswer(res, { status: 500, body: { message: 'Server Error' } })
      })
    },
    { lifetimeMs: options.lifetimeMs }
  )

  const standIn: GitHubStandIn = {
    url: server.url,
    state,
    repositories,
    addRepository,
    requests: [],
    violations: [],
    assertNoViolations() {
      if (standIn.violations.length === 0) return
      const list = standIn.violations.map((violation) => `\n- ${violation}`).join('')
      throw new Error(`GitHub stand-in saw ${standIn.violations.length} violation(s):${list}`)
    },
    injectFault: (fault) => faults.add(fault),
    grantToken: (token, permissions) => tokens.set(token, permissions),
    refusals: [],
    registerApp: (registration) => apps.register(registration),
    apps,
    onRequest(route, hook) {
      const entry = { route, hook }
      hooks.push(entry)
      return () => {
        const index = hooks.indexOf(entry)
        if (index >= 0) hooks.splice(index, 1)
      }
    },
    countRequests: (filter) => standIn.requests.filter((r) => matchesFilter(filter, r)).length,
    close: () => server.close()
  }
  return standIn
}

function matchesFilter(
  filter: RouteFilter | string | undefined,
  request: RecordedRequest
): boolean {
  if (filter === undefined) return true
  if (typeof filter === 'string') return matchesRoute(filter, request.method, request.route)
  return (
    (!filter.method || filter.method.toUpperCase() === request.method) &&
    (!filter.route || matchesRoute(filter.route, request.method, request.route)) &&
    (!filter.operationId || filter.operationId === request.operationId) &&
    (filter.status === undefined || filter.status === request.status)
  )
}

function parseJson(text: string): { value?: unknown; error?: string } {
  if (text.trim() === '') return {}
  try {
    return { value: JSON.parse(text) }
  } catch {
    return { error: `the request body is not valid JSON: ${text.slice(0, 80)}` }
  }
}

function readToken(header: string | undefined): string | undefined {
  return header?.replace(/^(token|bearer)\s+/i, '')
}

function sendAnswer(res: http.ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = { ...answer.headers }
  if (answer.status === 204 || answer.body === undefined) {
    res.writeHead(answer.status, headers).end()
    return
  }
  const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
  const hasType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')
  if (!hasType) headers['content-type'] = 'application/json; charset=utf-8'
  res.writeHead(answer.status, headers).end(body)
}
