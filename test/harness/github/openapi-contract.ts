import {
  listParameters,
  loadOpenApiDocument,
  matchRoute,
  resolveRef,
  type Operation,
  type Schema
} from './openapi-spec.js'
import { validateParameterValue, validateValue } from './schema-validator.js'

export interface ContractRequest {
  method: string
  /** The raw request path, still percent-encoded, without the query string. */
  path: string
  query?: URLSearchParams | Record<string, string>
  /** The parsed JSON body; `undefined` when the request had none. */
  body?: unknown
}

export interface ContractResult {
  /** e.g. `git/create-ref`; undefined when no operation matches. */
  operationId?: string
  /** The path template, e.g. `/repos/{owner}/{repo}/git/ref/{ref}`. */
  route?: string
  pathParams: Record<string, string>
  /** The operation's documentation page, as GitHub puts it in `documentation_url`. */
  documentationUrl?: string
  violations: string[]
}

/** Checks one request against GitHub's published OpenAPI description. */
export function checkRequestAgainstOpenApi(request: ContractRequest): ContractResult {
  const method = request.method.toUpperCase()
  const { match, otherMethods } = matchRoute(method, request.path)
  if (!match) {
    const violation =
      otherMethods.length > 0
        ? `${method} is not declared for ${request.path} (declared: ${otherMethods.join(', ')})`
        : `unknown path ${method} ${request.path}: no operation in GitHub's OpenAPI description`
    return { pathParams: {}, violations: [violation] }
  }
  const { operation, template } = match.entry
  const violations = [
    ...checkPathParams(operation, match.pathParams),
    ...checkQuery(operation, toSearchParams(request.query)),
    ...checkBody(operation, request.body)
  ].map((violation) => `${operation.operationId}: ${violation}`)
  return {
    operationId: operation.operationId,
    route: template,
    pathParams: match.pathParams,
    documentationUrl: operation.externalDocs?.url,
    violations
  }
}

function checkPathParams(operation: Operation, pathParams: Record<string, string>): string[] {
  return listParameters(operation)
    .filter((parameter) => parameter.in === 'path' && parameter.schema)
    .flatMap((parameter) => {
      const value = pathParams[parameter.name] ?? ''
      const name = () => `path parameter "${parameter.name}"`
      return validateParameterValue(parameter.schema!, value, parameter.name, name)
    })
}

function checkQuery(operation: Operation, query: URLSearchParams): string[] {
  const declared = listParameters(operation).filter((parameter) => parameter.in === 'query')
  const names = declared.map((parameter) => parameter.name)
  const violations: string[] = []
  for (const parameter of declared) {
    if (parameter.required && !query.has(parameter.name)) {
      violations.push(`missing required query parameter "${parameter.name}"`)
    }
  }
  for (const key of new Set(query.keys())) {
    const parameter = declared.find((candidate) => candidate.name === key)
    if (!parameter) {
      const list = names.length > 0 ? names.join(', ') : 'none'
      violations.push(`query parameter "${key}" is not declared (declared: ${list})`)
      continue
    }
    if (!parameter.schema) continue
    const name = () => `query parameter "${key}"`
    for (const value of query.getAll(key)) {
      violations.push(...validateParameterValue(parameter.schema, value, key, name))
    }
  }
  return violations
}

function checkBody(operation: Operation, body: unknown): string[] {
  const requestBody = operation.requestBody && resolveRef(operation.requestBody)
  if (!requestBody) return body === undefined ? [] : ['a request body is not declared']
  if (body === undefined) return requestBody.required ? ['missing required request body'] : []
  const schema = requestBody.content?.['application/json']?.schema
  if (!schema) return ['the body is JSON, but the operation declares no JSON body']
  const name = (path: string) => (path === '' ? 'body' : `body property "${path}"`)
  return validateValue(schema, body, '', name)
}

function toSearchParams(query: ContractRequest['query']): URLSearchParams {
  if (query instanceof URLSearchParams) return query
  return new URLSearchParams(query ?? {})
}

/**
 * Checks what the stand-in answers against the response GitHub documents for that operation and
 * status: required properties and types (GitHub adds properties over time, so extra ones pass).
 * The stand-in then cannot drift into answering what GitHub never would.
 */
export function checkResponseAgainstOpenApi(
  method: string,
  route: string,
  status: number,
  body: unknown
): string[] {
  const operation = loadOpenApiDocument().paths[route]?.[method.toLowerCase()] as
    | (Operation & {
        responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>
      })
    | undefined
  // Error answers carry GitHub's {message, documentation_url}, often undocumented per status.
  if (status < 200 || status >= 300) return []
  const declared = operation?.responses?.[String(status)]
  if (!operation || !declared) {
    return [
      `${operation?.operationId ?? route}: answered ${status}, which GitHub does not document`
    ]
  }
  const schema = resolveRef(declared).content?.['application/json']?.schema
  if (!schema || body === undefined) return []
  const name = (path: string) => `response ${status}${path ? ` ${path}` : ''}`
  return validateValue(schema, body, '', name, false).map(
    (violation) => `${operation.operationId}: ${violation}`
  )
}
