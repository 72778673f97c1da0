import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { InputReader } from '../../../src/lib/inputs.js'
import { isInside, resolveOutputPath } from '../../../src/lib/output-paths.js'
import { parseHost, type Host } from './mask-host.js'
import { formatDuration, parseDuration } from './parse-duration.js'
import { parseLimits, type Limits } from './parse-limits.js'

/** Without `allow-heavy`. */
export const MAX_USERS = 1000
export const MAX_RUN_TIME_SECONDS = 30 * 60
/** With `allow-heavy`: a GitHub-hosted job never runs longer than six hours anyway. */
export const HEAVY_MAX_USERS = 100_000
export const HEAVY_MAX_RUN_TIME_SECONDS = 6 * 3600
/** Tag names locust can never read as an option or a file: a letter or digit first. */
const TAG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

export interface LoadCheckInputs {
  host: Host
  /** The `.py` files locust loads, absolute, in a stable order. */
  locustfiles: string[]
  /** `locustfile` as given. */
  locustfile: string
  users: number
  spawnRate: number
  runTimeSeconds: number
  tags: string[]
  maxFailureRatio: number
  maxP95: Limits
  maxP99: Limits
  minRps: number | undefined
  allowHeavy: boolean
  installTools: boolean
  report: string
  failOn: 'breach' | 'never'
  dryRun: boolean
}

/** Reads and checks every input; the host's secrets are masked before anything else runs. */
export function readLoadCheckInputs(input: InputReader, workspace: string): LoadCheckInputs {
  const host = readHost(input)
  const allowHeavy = input.boolean('allow-heavy', false)
  const heavyHint = allowHeavy ? '' : ' (more with allow-heavy: true)'
  const users = readUsers(input, allowHeavy, heavyHint)
  const locustfile = input.string('locustfile', 'locustfile.py')
  const report = input.string('report', 'load-check.json')
  resolveOutputPath('report', report, workspace)
  return {
    host,
    locustfiles: readLocustfiles(locustfile, workspace),
    locustfile,
    users,
    spawnRate: readNumber(
      input,
      'spawn-rate',
      5,
      'a number of users a second above 0',
      (n) => n > 0
    ),
    runTimeSeconds: readRunTime(input, allowHeavy, heavyHint),
    tags: readTags(input),
    maxFailureRatio: readNumber(
      input,
      'max-failure-ratio',
      0.01,
      'a number from 0 to 1, such as 0.01',
      (n) => n >= 0 && n <= 1
    ),
    maxP95: readLimits(input, 'max-p95-ms'),
    maxP99: readLimits(input, 'max-p99-ms'),
    minRps: readOptionalNumber(
      input,
      'min-rps',
      'a number of requests a second above 0',
      (n) => n > 0
    ),
    allowHeavy,
    installTools: input.boolean('install-tools', true),
    report,
    failOn: input.choice('fail-on', ['breach', 'never'] as const, 'breach'),
    dryRun: input.boolean('dry-run', false)
  }
}

function readHost(input: InputReader): Host {
  const value = input.required(
    'host',
    '(the base URL under test, e.g. https://staging.example.com)'
  )
  const host = parseHost(value)
  if ('problem' in host) {
    // The value may hold a credential: mask it before it is quoted back.
    input.maskValue(value)
    const shown = /[@?#]/.test(value) ? '(not shown: it may hold a credential)' : `"${value}"`
    throw new ConfigurationError(
      `Input "host" is ${shown}, but ${host.problem}; accepted: an http:// or https:// URL such as https://staging.example.com.`
    )
  }
  for (const secret of host.secrets) input.maskValue(secret)
  return host
}

function readUsers(input: InputReader, allowHeavy: boolean, heavyHint: string): number {
  const value = input.string('users', '10')
  const users = /^\d+$/.test(value) ? Number(value) : NaN
  const max = allowHeavy ? HEAVY_MAX_USERS : MAX_USERS
  if (!(users >= 1 && users <= max)) {
    throw new ConfigurationError(
      `Input "users" is "${value}"; accepted: a whole number from 1 to ${max}${heavyHint}.`
    )
  }
  return users
}

function readRunTime(input: InputReader, allowHeavy: boolean, heavyHint: string): number {
  const value = input.string('run-time', '1m')
  const seconds = parseDuration(value)
  const max = allowHeavy ? HEAVY_MAX_RUN_TIME_SECONDS : MAX_RUN_TIME_SECONDS
  if (seconds === undefined || seconds > max) {
    throw new ConfigurationError(
      `Input "run-time" is "${value}"; accepted: a duration such as 90s, 5m or 1h30m, at most ${formatDuration(max)}${heavyHint}.`
    )
  }
  return seconds
}

function readTags(input: InputReader): string[] {
  const tags = input.list('tags')
  const bad = tags.find((tag) => !TAG.test(tag))
  if (bad !== undefined) {
    throw new ConfigurationError(
      `Input "tags" has "${bad}"; accepted: tag names of letters, digits, "_", "." and "-" (a letter or digit first), one per line or comma-separated.`
    )
  }
  return tags
}

function readLimits(input: InputReader, name: string): Limits {
  const limits = parseLimits(input.string(name))
  if ('problem' in limits) {
    throw new ConfigurationError(
      `Input "${name}" has ${limits.problem}; accepted: a number of ms for the aggregate and/or lines of name=ms or METHOD name=ms (e.g. /slow=200, GET /items=300).`
    )
  }
  return limits
}

function readNumber(
  input: InputReader,
  name: string,
  fallback: number,
  accepted: string,
  valid: (n: number) => boolean
): number {
  return readOptionalNumber(input, name, accepted, valid) ?? fallback
}

function readOptionalNumber(
  input: InputReader,
  name: string,
  accepted: string,
  valid: (n: number) => boolean
): number | undefined {
  const value = input.string(name)
  if (value === '') return undefined
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  if (!Number.isFinite(number) || !valid(number))
    throw new ConfigurationError(`Input "${name}" is "${value}"; accepted: ${accepted}.`)
  return number
}

/** A `.py` file, or a folder whose `.py` files (not in subfolders) are all loaded. */
function readLocustfiles(value: string, workspace: string): string[] {
  const accepted = 'accepted: a .py file or a folder of them inside the workspace'
  const target = path.resolve(workspace, value)
  const refuse = (why: string): never => {
    throw new ConfigurationError(`Input "locustfile" is "${value}", ${why}; ${accepted}.`)
  }
  if (!existsSync(target)) refuse('which does not exist')
  if (!isInside(realpathSync(target), realpathSync(workspace)))
    refuse('which is outside the workspace')
  if (statSync(target).isFile()) {
    if (!target.endsWith('.py')) refuse('which is not a .py file')
    checkCommaFree(target, value)
    return [target]
  }
  const files = readdirSync(target)
    .filter((name) => name.endsWith('.py') && statSync(path.join(target, name)).isFile())
    .sort()
    .map((name) => path.join(target, name))
  if (files.length === 0) refuse('a folder without .py files')
  files.forEach((file) => checkCommaFree(file, value))
  return files
}

// Locust splits -f on commas, so a comma in a path would load the wrong files.
function checkCommaFree(file: string, value: string): void {
  if (file.includes(',')) {
    throw new ConfigurationError(
      `Input "locustfile" is "${value}", whose path ${file} has a comma (locust splits its -f on commas); accepted: paths without commas.`
    )
  }
}
