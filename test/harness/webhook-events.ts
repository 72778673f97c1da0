import { createRequire } from 'node:module'

interface WebhookCatalogEntry {
  name: string
  examples: Record<string, unknown>[]
}

export type WebhookPayload = Record<string, unknown>

let catalog: WebhookCatalogEntry[] | undefined

/**
 * A real webhook payload from GitHub's published examples (`@octokit/webhooks-examples`),
 * optionally the first one with a given `action`, deep-merged with `overrides`.
 */
export function loadWebhookExample(
  name: string,
  options: { action?: string; overrides?: WebhookPayload } = {}
): WebhookPayload {
  catalog ??= createRequire(import.meta.url)(
    '@octokit/webhooks-examples/api.github.com/index.json'
  ) as WebhookCatalogEntry[]
  const entry = catalog.find((e) => e.name === name)
  if (!entry) throw new Error(`No webhook examples for event "${name}".`)
  const example = entry.examples.find((e) => !options.action || e.action === options.action)
  if (!example) throw new Error(`No "${name}" example with action "${options.action}".`)
  return mergeDeep(structuredClone(example), options.overrides ?? {})
}

function mergeDeep(target: WebhookPayload, source: WebhookPayload): WebhookPayload {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    target[key] =
      isPlainObject(value) && isPlainObject(existing) ? mergeDeep(existing, value) : value
  }
  return target
}

function isPlainObject(value: unknown): value is WebhookPayload {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
