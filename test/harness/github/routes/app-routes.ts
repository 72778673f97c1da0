import { fail, noContent, notFound, ok, type Answer } from '../answers.js'
import type { GitHubApps, Installation, InstallationToken } from '../github-apps.js'
import { toRepositoryJson, toUserJson, type Urls } from '../github-json.js'
import type { RepoState } from '../repo-state.js'

export interface AppRouteContext {
  apps: GitHubApps
  repositories: Map<string, RepoState>
  /** The credential from the `authorization` header: a JWT, or an installation token. */
  credential: string | undefined
  params: Record<string, string>
  // The contract checker has validated the body against the operation's schema.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  urls: Urls
  docs: string | undefined
}

export type AppRouteTable = Record<string, (context: AppRouteContext) => Answer>

// GitHub refuses a JWT, and a dead token, with this page, not the operation's.
const AUTH_DOCS = 'https://docs.github.com/rest'

/**
 * What `actions/create-github-app-token` calls: the App (authenticated by its JWT) finds its
 * installation on a repository and mints an installation token; the token revokes itself.
 */
export const appRoutes: AppRouteTable = {
  'GET /repos/{owner}/{repo}/installation': ({ apps, credential, params, urls, docs }) => {
    const verified = apps.authenticate(credential)
    if ('error' in verified) return fail(401, verified.error, AUTH_DOCS)
    const installation = apps.installationOn(verified.app, `${params.owner}/${params.repo}`)
    return installation ? ok(toInstallationJson(installation, urls)) : notFound(docs)
  },

  'POST /app/installations/{installation_id}/access_tokens': (context) => {
    const { apps, credential, params, body, docs } = context
    const verified = apps.authenticate(credential)
    if ('error' in verified) return fail(401, verified.error, AUTH_DOCS)
    const installation = apps.findInstallation(verified.app, Number(params.installation_id))
    if (!installation) return notFound(docs)
    const ask = (body ?? {}) as { repositories?: string[]; permissions?: Record<string, string> }
    const minted = apps.mint(installation, ask)
    if ('error' in minted) return fail(422, minted.error, docs)
    return ok(toTokenJson(minted, ask.repositories !== undefined, context), 201)
  },

  'DELETE /installation/token': ({ apps, credential }) => {
    const live = apps.findLiveToken(credential)
    if (!live) return fail(401, 'Bad credentials', AUTH_DOCS)
    live.revoked = true
    return noContent()
  }
}

function toInstallationJson(installation: Installation, urls: Urls) {
  const account = { ...toUserJson(installation.account, urls), type: 'Organization' }
  return {
    id: installation.id,
    account,
    repository_selection: 'selected',
    access_tokens_url: `${urls.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${urls.api}/installation/repositories`,
    html_url: `${urls.web}/organizations/${installation.account}/settings/installations/${installation.id}`,
    app_id: installation.app.id,
    ...(installation.app.clientId ? { client_id: installation.app.clientId } : {}),
    app_slug: installation.app.slug,
    target_id: account.id,
    target_type: 'Organization',
    permissions: installation.permissions,
    events: [],
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null
  }
}

function toTokenJson(
  minted: InstallationToken,
  listRepositories: boolean,
  context: AppRouteContext
) {
  const repositories = minted.repositories
    .map((name) => context.repositories.get(name))
    .filter((repo): repo is RepoState => repo !== undefined)
  return {
    token: minted.token,
    expires_at: minted.expiresAt.toISOString().replace(/\.\d+Z$/, 'Z'),
    permissions: minted.permissions,
    repository_selection: 'selected',
    ...(listRepositories
      ? { repositories: repositories.map((repo) => toRepositoryJson(repo, context.urls)) }
      : {})
  }
}
