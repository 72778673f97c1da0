import type http from 'node:http'
import { isObject, type SlackPayload } from './state.js'

export type ParsedApiRequest =
  | { ok: true; params: SlackPayload; token?: string; warnings: string[] }
  | { ok: false; error: string }

/**
 * Reads a Web API call the way Slack does: a JSON body (token only in `Authorization: Bearer`),
 * or a form body (token in the header or a `token` field; `blocks` and `attachments` are JSON
 * text). Error and warning names are those of Slack's method reference.
 */
export function parseApiRequest(headers: http.IncomingHttpHeaders, body: string): ParsedApiRequest {
  const [mediaType = '', ...parameters] = (headers['content-type'] ?? '').split(';')
  const type = mediaType.trim().toLowerCase()
  const hasCharset = parameters.some((p) => p.trim().toLowerCase().startsWith('charset='))
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1]
  if (type === 'application/json') {
    const params = parseJsonObject(body)
    if (typeof params === 'string') return { ok: false, error: params }
    const warnings = hasCharset ? [] : ['missing_charset']
    return decodeJsonFields(params, bearer, warnings)
  }
  if (type === 'application/x-www-form-urlencoded') {
    const params: SlackPayload = Object.fromEntries(new URLSearchParams(body))
    const token = bearer ?? (typeof params.token === 'string' ? params.token : undefined)
    delete params.token
    return decodeJsonFields(params, token, hasCharset ? ['superfluous_charset'] : [])
  }
  if (type === '' && body === '') return { ok: true, params: {}, token: bearer, warnings: [] }
  return { ok: false, error: type === '' ? 'missing_post_type' : 'invalid_post_type' }
}

function parseJsonObject(body: string): SlackPayload | string {
  try {
    const value: unknown = JSON.parse(body)
    return isObject(value) ? value : 'json_not_object'
  } catch {
    return 'invalid_json'
  }
}

/** `blocks` and `attachments` may come as JSON text, as form fields always do. */
function decodeJsonFields(
  params: SlackPayload,
  token: string | undefined,
  warnings: string[]
): ParsedApiRequest {
  const decoded = { ...params }
  const fields = [
    ['blocks', 'invalid_blocks_format'],
    ['attachments', 'invalid_attachments']
  ] as const
  for (const [field, error] of fields) {
    const value = decoded[field]
    if (typeof value !== 'string') continue
    try {
      decoded[field] = JSON.parse(value)
    } catch {
      return { ok: false, error }
    }
  }
  return { ok: true, params: decoded, token, warnings }
}
