import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The parts of an OpenAPI 3.0 schema object the contract checker reads. */
export interface Schema {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  enum?: unknown[]
  nullable?: boolean
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
}

export interface Parameter {
  $ref?: string
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  /** GitHub's marker for a parameter that may contain `/` unencoded (refs, branches, paths). */
  'x-multi-segment'?: boolean
}

export interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: {
    $ref?: string
    required?: boolean
    content?: Record<string, { schema?: Schema }>
  }
  externalDocs?: { url: string }
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
}

export interface RouteEntry {
  method: string
  template: string
  segments: string[]
  operation: Operation
  /** The last segment is a parameter that may span several raw segments. */
  multiSegmentTail: boolean
}

export interface RouteMatch {
  entry: RouteEntry
  pathParams: Record<string, string>
}

let cachedDocument: OpenApiDocument | undefined
let cachedRoutes: RouteEntry[] | undefined

/** GitHub's published description, parsed once per process (it is 13 MB). */
export function loadOpenApiDocument(): OpenApiDocument {
  if (!cachedDocument) {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    cachedDocument = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
  }
  return cachedDocument
}

/** Follows `$ref` pointers (`#/components/...`) until it reaches a concrete object. */
export function resolveRef<T extends { $ref?: string }>(value: T): T {
  let current = value
  for (let hops = 0; current.$ref; hops++) {
    if (hops > 50) throw new Error(`$ref cycle at ${current.$ref}`)
    current = readPointer(current.$ref) as T
  }
  return current
}

function readPointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`)
  const keys = ref
    .slice(2)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
  let node: unknown = loadOpenApiDocument()
  for (const key of keys) {
    node = (node as Record<string, unknown> | undefined)?.[key]
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`)
  }
  return node
}

export function listRoutes(): RouteEntry[] {
  cachedRoutes ??= Object.entries(loadOpenApiDocument().paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const segments = template.split('/').slice(1)
      const tail = /^\{(.+)\}$/.exec(segments.at(-1) ?? '')?.[1]
      const multiSegmentTail = listParameters(operation).some(
        (parameter) => parameter.name === tail && parameter['x-multi-segment'] === true
      )
      return { method: method.toUpperCase(), template, segments, operation, multiSegmentTail }
    })
  )
  return cachedRoutes
}

export function listParameters(operation: Operation): Parameter[] {
  return (operation.parameters ?? []).map((parameter) => resolveRef(parameter))
}

/**
 * Finds the operation for a request path. Segments are percent-decoded; a last template
 * parameter that GitHub marks `x-multi-segment` (refs, branches, tags, `basehead`) may also
 * span several raw segments (`git/ref/heads/main`), as GitHub allows.
 * Returns the best match for `method`, else the best match for any method (to name the
 * methods that exist), else undefined.
 */
export function matchRoute(
  method: string,
  rawPath: string
): { match?: RouteMatch; otherMethods: string[] } {
  const raw = rawPath.split('/').slice(1)
  const matches = listRoutes()
    .map((entry) => matchSegments(entry, raw))
    .filter((m): m is RouteMatch & { score: string } => m !== undefined)
  const best = (candidates: typeof matches) =>
    candidates.sort((a, b) => (a.score < b.score ? 1 : a.score > b.score ? -1 : 0))[0]
  const forMethod = best(matches.filter((m) => m.entry.method === method))
  if (forMethod) {
    return { match: { entry: forMethod.entry, pathParams: forMethod.pathParams }, otherMethods: [] }
  }
  const any = best(matches)
  const otherMethods = any
    ? matches.filter((m) => m.entry.template === any.entry.template).map((m) => m.entry.method)
    : []
  return { otherMethods }
}

// Score: one character per segment, `2` for a literal, `1` for a parameter, `0` when the
// last parameter took several segments; higher sorts first.
function matchSegments(
  entry: RouteEntry,
  raw: string[]
): (RouteMatch & { score: string }) | undefined {
  const { segments } = entry
  const lastIndex = segments.length - 1
  if (raw.length < segments.length) return undefined
  if (raw.length > segments.length && !entry.multiSegmentTail) return undefined
  const pathParams: Record<string, string> = {}
  let score = ''
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string
    const name = /^\{(.+)\}$/.exec(segment)?.[1]
    const isLast = i === lastIndex
    const taken = isLast && entry.multiSegmentTail ? raw.slice(i) : [raw[i] as string]
    const decoded = taken.map(decodeSegment)
    if (decoded.some((value) => value === undefined)) return undefined
    const value = decoded.join('/')
    if (!name) {
      if (taken.length !== 1 || value !== segment) return undefined
      score += '2'
      continue
    }
    if (value === '' && !isLast) return undefined
    pathParams[name] = value
    score += taken.length === 1 ? '1' : '0'
  }
  return { entry, pathParams, score }
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
