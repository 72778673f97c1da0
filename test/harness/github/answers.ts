import type { Urls } from './github-json.js'
import type { RepoState } from './repo-state.js'

export interface Answer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface RouteContext {
  repo: RepoState
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
  query: URLSearchParams
  // The contract checker has validated the body against the operation's schema.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  urls: Urls
  /** The full request URL, for `Link` headers. */
  url: URL
  /** The operation's documentation page, for `documentation_url` in errors. */
  docs: string | undefined
  /**
   * Whose token made the request: the author of what it writes (`github-actions[bot]`, or an
   * App's `<slug>[bot]` for its installation token).
   */
  actor: string
}

export type RouteHandler = (context: RouteContext) => Answer

/** Handlers keyed by `METHOD /template`, the path templates of GitHub's OpenAPI description. */
export type RouteTable = Record<string, RouteHandler>

const MAX_PER_PAGE = 100

export function ok(body: unknown, status = 200): Answer {
  return { status, body }
}

export function noContent(): Answer {
  return { status: 204 }
}

/** GitHub's error body: `{message, documentation_url, status}` (status is a string). */
export function fail(
  status: number,
  message: string,
  docs: string | undefined,
  extra = {}
): Answer {
  return { status, body: { message, ...extra, documentation_url: docs, status: String(status) } }
}

export function notFound(docs: string | undefined, message = 'Not Found'): Answer {
  return fail(404, message, docs)
}

export function validationFailed(docs: string | undefined, ...errors: object[]): Answer {
  return fail(422, 'Validation Failed', docs, { errors })
}

/** One page of `items` per `per_page`/`page`, with a `Link` header like GitHub's. */
export function paginate(context: RouteContext, items: unknown[]): Answer {
  const perPage = Math.min(Math.max(Number(context.query.get('per_page') ?? 30), 1), MAX_PER_PAGE)
  const page = Math.max(Number(context.query.get('page') ?? 1), 1)
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1)
  const body = items.slice((page - 1) * perPage, page * perPage)
  const link = buildLinkHeader(context.url, page, lastPage)
  return { status: 200, body, headers: link ? { link } : {} }
}

export function buildLinkHeader(url: URL, page: number, lastPage: number): string | undefined {
  const to = (target: number, rel: string) => {
    const next = new URL(url)
    next.searchParams.set('page', String(target))
    return `<${next.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(to(Math.min(page - 1, lastPage), 'prev'))
  if (page < lastPage) links.push(to(page + 1, 'next'), to(lastPage, 'last'))
  if (page > 1) links.push(to(1, 'first'))
  return links.length > 0 ? links.join(', ') : undefined
}
