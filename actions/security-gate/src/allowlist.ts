import YAML from 'yaml'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Finding } from './findings.js'
import { matchesGlob } from './glob.js'
import { normalizePackageName } from './parse-pip-audit.js'

export interface AllowlistEntry {
  /** Its place in the file, for messages: `entry 2 (B602)`. */
  label: string
  id: string
  path: string | undefined
  package: string | undefined
  reason: string
  /** `YYYY-MM-DD`; the entry counts up to and including that day (UTC). */
  expires: string
}

const KEYS = new Set(['id', 'path', 'package', 'reason', 'expires'])
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Parses the allowlist file; any malformed entry is a ConfigurationError that names it. */
export function parseAllowlist(text: string, file: string): AllowlistEntry[] {
  let data: unknown
  try {
    data = YAML.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`
    )
  }
  if (data === null || data === undefined) return []
  if (!Array.isArray(data)) {
    throw new ConfigurationError(`${file} must be a YAML list of entries (- id: B602 …).`)
  }
  return data.map((raw, index) => readEntry(raw, `${file} entry ${index + 1}`))
}

function readEntry(raw: unknown, where: string): AllowlistEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError(`${where} is not a mapping with id, reason and expires.`)
  }
  const entry = raw as Record<string, unknown>
  const label = `${where}${typeof entry.id === 'string' ? ` (${entry.id})` : ''}`
  const unknown = Object.keys(entry).filter((key) => !KEYS.has(key))
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${label} has unknown key(s) ${unknown.join(', ')}; accepted: id, path, package, reason, expires.`
    )
  }
  const text = (key: string) => {
    const value = entry[key]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const id = text('id')
  if (!id)
    throw new ConfigurationError(
      `${label} has no "id" (a bandit test id such as B602, or a vulnerability id).`
    )
  const reason = text('reason')
  if (!reason)
    throw new ConfigurationError(`${label} has no "reason": say why it is safe to allow.`)
  // YAML reads an unquoted 2026-01-31 as a date.
  const expiresValue =
    entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : text('expires')
  if (
    !expiresValue ||
    !DATE.test(expiresValue) ||
    Number.isNaN(Date.parse(`${expiresValue}T00:00:00Z`))
  ) {
    throw new ConfigurationError(`${label} needs "expires" as a date YYYY-MM-DD.`)
  }
  const path = text('path')
  const pkg = text('package')
  if (path && pkg)
    throw new ConfigurationError(`${label} has both "path" and "package"; accepted: one of them.`)
  return { label, id, path, package: pkg, reason, expires: expiresValue }
}

export interface AllowlistOutcome {
  findings: Finding[]
  /** Entries that matched nothing: worth removing. */
  stale: AllowlistEntry[]
  /** Entries that matched only after they expired. */
  expired: AllowlistEntry[]
}

/**
 * Marks findings matched by an unexpired entry as allowed; a finding whose only match expired
 * stays blocking and says so. `today` is `YYYY-MM-DD` (UTC).
 */
export function applyAllowlist(
  findings: Finding[],
  entries: AllowlistEntry[],
  today: string
): AllowlistOutcome {
  const used = new Set<AllowlistEntry>()
  const expired = new Set<AllowlistEntry>()
  const result = findings.map((finding) => {
    const matches = entries.filter((entry) => matchesEntry(finding, entry))
    matches.forEach((entry) => used.add(entry))
    if (finding.state !== 'blocking') return finding
    const live = matches.find((entry) => entry.expires >= today)
    if (live)
      return {
        ...finding,
        state: 'allowed' as const,
        note: `allowed until ${live.expires}: ${live.reason}`
      }
    const dead = matches[0]
    if (!dead) return finding
    expired.add(dead)
    return {
      ...finding,
      state: 'blocking' as const,
      note: `allowlist ${dead.label} expired on ${dead.expires}`
    }
  })
  return {
    findings: result,
    stale: entries.filter((entry) => !used.has(entry)),
    expired: [...expired]
  }
}

function matchesEntry(finding: Finding, entry: AllowlistEntry): boolean {
  const ids = [finding.ruleId, ...finding.aliases].map((id) => id.toUpperCase())
  if (!ids.includes(entry.id.toUpperCase())) return false
  if (entry.path && !matchesGlob(finding.file, entry.path)) return false
  if (entry.package) {
    if (!finding.package) return false
    return normalizePackageName(finding.package.name) === normalizePackageName(entry.package)
  }
  return true
}
