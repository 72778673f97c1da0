import YAML, { isMap, isScalar, isSeq, LineCounter } from 'yaml'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Finding } from './findings.js'
import { matchesGlob } from './glob.js'
import { normalizePackageName } from './parse-pip-audit.js'

export interface AllowlistEntry {
  /** Where it is, for messages: `.security-allowlist.yml line 4 (B602)`. */
  label: string
  /** The line its entry starts on (1-based). */
  line: number
  id: string
  path: string | undefined
  package: string | undefined
  reason: string
  /** `YYYY-MM-DD`; the entry counts up to and including that day (UTC). */
  expires: string
  /** Added or changed by the pull request (not in the base commit's allowlist as it is). */
  proposed?: boolean
}

export interface ParsedAllowlist {
  entries: AllowlistEntry[]
  /** What is wrong, each naming the file and the line; entries with a problem are left out. */
  problems: string[]
}

const KEYS = new Set(['id', 'path', 'package', 'reason', 'expires'])
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Parses the allowlist file; any malformed entry is a ConfigurationError naming its line. */
export function parseAllowlist(text: string, file: string, today: string): AllowlistEntry[] {
  const { entries, problems } = readAllowlist(text, file, today)
  if (problems.length > 0) throw new ConfigurationError(problems.join('; '))
  return entries
}

/**
 * Reads every entry it can: a malformed one is a problem (naming the file and line), not an
 * exception, so a caller can decide (the base commit's file: the entry just does not count).
 * `expires` must be a real date no later than one year after `today` (UTC).
 */
export function readAllowlist(text: string, file: string, today: string): ParsedAllowlist {
  const lines = new LineCounter()
  const doc = YAML.parseDocument(text, { lineCounter: lines })
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lines.linePos(offset).line
  const firstError = doc.errors[0]
  if (firstError) {
    const line = firstError.linePos?.[0].line
    return {
      entries: [],
      problems: [
        `${file}${line ? ` line ${line}` : ''} is not valid YAML: ${firstError.message.split('\n')[0]}`
      ]
    }
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { entries: [], problems: [`${file} is not valid YAML: ${(error as Error).message}`] }
  }
  if (data === null || data === undefined) return { entries: [], problems: [] }
  if (!Array.isArray(data) || !isSeq(doc.contents)) {
    return {
      entries: [],
      problems: [`${file} must be a YAML list of entries (- id: B602 …).`]
    }
  }
  const nodes = doc.contents.items
  const entries: AllowlistEntry[] = []
  const problems: string[] = []
  data.forEach((raw, index) => {
    const node = nodes[index]
    const start = lineOf(rangeOf(node)?.[0])
    const keyLine = (key: string) => {
      if (!isMap(node)) return start
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key)
      return lineOf(rangeOf(pair?.value ?? null)?.[0] ?? rangeOf(pair?.key ?? null)?.[0])
    }
    const result = readEntry(raw, file, start, keyLine, today)
    if (typeof result === 'string') problems.push(result)
    else entries.push(result)
  })
  return { entries, problems }
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range ?? undefined
}

/** The entry, or what is wrong with it. */
function readEntry(
  raw: unknown,
  file: string,
  start: number,
  keyLine: (key: string) => number,
  today: string
): AllowlistEntry | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw instanceof Date) {
    return `${file} line ${start} is not a mapping with id, reason and expires.`
  }
  const entry = raw as Record<string, unknown>
  const named = typeof entry.id === 'string' && entry.id.trim() !== ''
  const at = (line: number) => `${file} line ${line}${named ? ` (${String(entry.id).trim()})` : ''}`
  const label = at(start)
  const unknown = Object.keys(entry).filter((key) => !KEYS.has(key))
  if (unknown.length > 0) {
    return `${at(keyLine(unknown[0]!))} has unknown key(s) ${unknown.join(', ')}; accepted: id, path, package, reason, expires.`
  }
  const text = (key: string) => {
    const value = entry[key]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const id = text('id')
  if (!id) return `${label} has no "id" (a bandit test id such as B602, or a vulnerability id).`
  const reason = text('reason')
  if (!reason) return `${label} has no "reason": say why it is safe to allow.`
  // A YAML 1.1 document (`%YAML 1.1`) reads an unquoted 2026-01-31 as a date.
  const expires =
    entry.expires instanceof Date ? entry.expires.toISOString().slice(0, 10) : text('expires')
  if (!expires || !isDate(expires)) {
    return `${entry.expires === undefined ? label : at(keyLine('expires'))} needs "expires" as a date YYYY-MM-DD.`
  }
  const latest = latestExpiry(today)
  if (expires > latest) {
    return `${at(keyLine('expires'))}: expires ${expires} is more than a year ahead (latest accepted: ${latest}).`
  }
  const path = text('path')
  const pkg = text('package')
  if (path && pkg) return `${label} has both "path" and "package"; accepted: one of them.`
  return { label, line: start, id, path, package: pkg, reason, expires }
}

/** A real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
function isDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/**
 * The latest `expires` accepted on `today` (both `YYYY-MM-DD`, UTC): the same day a year later;
 * from a 29 February, the 28th of the next (common) year.
 */
export function latestExpiry(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  const next = year + 1
  const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0
  const lastDay = month === 2 && day === 29 && !leap ? 28 : day
  return `${String(next).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`
}

export interface AllowlistDiff {
  /** In the checkout exactly as in the base: trusted. */
  unchanged: AllowlistEntry[]
  /** In the checkout but not in the base: the base has no entry for that id and scope. */
  added: AllowlistEntry[]
  /** In the checkout, replacing a base entry of the same id and scope (another reason or date). */
  changed: AllowlistEntry[]
  /** In the base, gone from the checkout (or replaced by a changed one): they no longer apply. */
  removed: AllowlistEntry[]
}

/**
 * Compares the checked-out allowlist with the base commit's. An entry counts as the same when
 * id, path, package, reason and expires are all equal (where it sits in the file does not matter).
 */
export function diffAllowlists(head: AllowlistEntry[], base: AllowlistEntry[]): AllowlistDiff {
  const key = (e: AllowlistEntry) => JSON.stringify([e.id, e.path, e.package, e.reason, e.expires])
  const scope = (e: AllowlistEntry) => JSON.stringify([e.id.toUpperCase(), e.path, e.package])
  const headKeys = new Set(head.map(key))
  const baseKeys = new Set(base.map(key))
  const removed = base.filter((e) => !headKeys.has(key(e)))
  const removedScopes = new Set(removed.map(scope))
  const diff: AllowlistDiff = { unchanged: [], added: [], changed: [], removed }
  for (const entry of head) {
    if (baseKeys.has(key(entry))) diff.unchanged.push(entry)
    else if (removedScopes.has(scope(entry))) diff.changed.push(entry)
    else diff.added.push(entry)
  }
  return diff
}

export interface AllowlistOutcome {
  findings: Finding[]
  /** Entries that matched nothing: worth removing. */
  stale: AllowlistEntry[]
  /** Entries that matched only after they expired. */
  expired: AllowlistEntry[]
}

export interface PendingEntries {
  /** Proposed by the pull request and not counted (it lacks the label). */
  entries: AllowlistEntry[]
  /** The label that would make them count. */
  exceptionLabel: string
}

/**
 * Marks findings matched by an unexpired entry as allowed; a finding whose only match expired
 * stays blocking and says so, as does one that only a pending (proposed, not counted) entry
 * would allow. `today` is `YYYY-MM-DD` (UTC).
 */
export function applyAllowlist(
  findings: Finding[],
  entries: AllowlistEntry[],
  today: string,
  pending: PendingEntries = { entries: [], exceptionLabel: '' }
): AllowlistOutcome {
  const used = new Set<AllowlistEntry>()
  const expired = new Set<AllowlistEntry>()
  const result = findings.map((finding) => {
    const matches = entries.filter((entry) => matchesEntry(finding, entry))
    const proposals = pending.entries.filter((entry) => matchesEntry(finding, entry))
    matches.forEach((entry) => used.add(entry))
    proposals.forEach((entry) => used.add(entry))
    if (finding.state !== 'blocking') return finding
    const live = matches.find((entry) => entry.expires >= today)
    if (live)
      return {
        ...finding,
        state: 'allowed' as const,
        note: `allowed until ${live.expires}${live.proposed ? ` by ${live.label}, proposed by this pull request and counted for its "${pending.exceptionLabel}" label` : ''}: ${live.reason}`
      }
    const notes: string[] = []
    const dead = matches[0]
    if (dead) {
      expired.add(dead)
      notes.push(`allowlist ${dead.label} expired on ${dead.expires}`)
    }
    const proposal = proposals.find((entry) => entry.expires >= today)
    if (proposal) {
      notes.push(
        `${proposal.label} is proposed by this pull request and would allow it once a maintainer sets the "${pending.exceptionLabel}" label`
      )
    }
    if (notes.length === 0) return finding
    return { ...finding, state: 'blocking' as const, note: notes.join('; ') }
  })
  const all = [...entries, ...pending.entries]
  return {
    findings: result,
    stale: all.filter((entry) => !used.has(entry)),
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
