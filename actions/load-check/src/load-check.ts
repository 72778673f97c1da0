import { rmSync } from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../../src/lib/errors.js'
import { CommandTimeoutError, type CommandRunner } from '../../../src/lib/exec.js'
import { writeHookLocustfile } from './hook-locustfile.js'
import type { LoadCheckInputs } from './inputs.js'
import { judgeThresholds } from './judge-thresholds.js'
import type { EndpointStats, FailureGroup, LoadCheckResult } from './load-result.js'
import { lastLines, locateLocust } from './locate-locust.js'
import { redactText } from './mask-host.js'
import { formatDuration } from './parse-duration.js'
import { LocustOutputError, parseHistoryCsv, parseHookStats } from './read-locust-output.js'
import {
  buildLocustArgs,
  computeGraceSeconds,
  historyCsvPath,
  listLocustUsers,
  readTextIfThere,
  runLocust,
  type LocustRun
} from './run-locust.js'

export interface LoadCheckContext {
  run: CommandRunner
  findCommand: (name: string) => Promise<string | undefined>
  tempDir: string
  workspace: string
  log: (message: string) => void
}

/** What the report adds to the result: how locust was run, with the host left out. */
export interface LoadCheckRun extends LoadCheckResult {
  dryRun: boolean
  /** The command as printed (the host is in LOCUST_HOST, shown redacted). */
  command: string
}

const MAX_FAILURE_GROUPS = 50
const CONNECTION_ERRORS =
  /Connection|ConnectTimeout|NewConnection|MaxRetry|SSLError|gaierror|NameResolution|^timeout$|TimeoutError/
const LOAD_ERRORS =
  /SyntaxError|IndentationError|ImportError|ModuleNotFoundError|No User class|Traceback/

/** Runs locust (or, in a dry run, only imports the locustfile) and judges the figures. */
export async function runLoadCheck(
  inputs: LoadCheckInputs,
  context: LoadCheckContext
): Promise<LoadCheckRun> {
  const secrets = inputs.host.secrets
  const redact = (text: string) => redactText(text, secrets)
  const result: LoadCheckRun = {
    outcome: 'error',
    total: undefined,
    endpoints: [],
    history: [],
    failures: [],
    breaches: [],
    errors: [],
    notes: [],
    host: inputs.host.shown,
    locustVersion: '',
    dryRun: inputs.dryRun,
    command: ''
  }
  const locust = await locateLocust(inputs.installTools, context)
  result.notes.push(...locust.notes)
  if ('error' in locust) return { ...result, errors: [locust.error] }
  result.locustVersion = locust.version

  const hook = writeHookLocustfile(context.tempDir)
  const run: LocustRun = {
    command: locust.command,
    hook: hook.hook,
    statsPath: hook.stats,
    csvPrefix: path.join(hook.dir, 'locust'),
    cwd: context.workspace
  }
  try {
    const args = buildLocustArgs(inputs, run)
    result.command = `LOCUST_HOST=${inputs.host.shown} ${[locust.command, ...args].join(' ')}`
    context.log(`${inputs.dryRun ? 'Would run' : 'Running'}: ${result.command}`)
    if (inputs.dryRun) return await checkLocustfileLoads(inputs, run, context, result, redact)
    return await measureLoad(inputs, run, context, result, redact)
  } finally {
    rmSync(hook.dir, { recursive: true, force: true })
  }
}

async function checkLocustfileLoads(
  inputs: LoadCheckInputs,
  run: LocustRun,
  context: LoadCheckContext,
  result: LoadCheckRun,
  redact: (text: string) => string
): Promise<LoadCheckRun> {
  context.log('Dry run: importing the locustfile with `locust --list`; nothing is sent')
  const listed = await runWithLimit(
    () => listLocustUsers(inputs, run, context.run),
    'importing the locustfile took longer than 60 s'
  )
  if ('error' in listed) return { ...result, errors: [listed.error] }
  if (listed.exitCode !== 0) {
    const why = lastLines(redact(`${listed.stdout}\n${listed.stderr}`))
    return { ...result, errors: [`the locustfile does not load (your locustfile):\n${why}`] }
  }
  return {
    ...result,
    outcome: 'pass',
    notes: [
      ...result.notes,
      `dry run: nothing was sent to ${inputs.host.shown}. The locustfile loads (${redact(listed.stdout).trim().replace(/\s+/g, ' ')}); the thresholds were not judged.`
    ]
  }
}

async function measureLoad(
  inputs: LoadCheckInputs,
  run: LocustRun,
  context: LoadCheckContext,
  result: LoadCheckRun,
  redact: (text: string) => string
): Promise<LoadCheckRun> {
  const grace = computeGraceSeconds(inputs.runTimeSeconds)
  const ran = await runWithLimit(
    () => runLocust(inputs, run, context.run),
    `locust was still running ${grace} s after its run-time of ${formatDuration(inputs.runTimeSeconds)}`
  )
  if ('error' in ran) return { ...result, errors: [ran.error] }
  const output = redact(`${ran.stderr}\n${ran.stdout}`).trim()
  if (output) context.log(output)
  const statsText = readTextIfThere(run.statsPath)
  if (statsText === undefined) {
    const why = lastLines(output)
    const error = LOAD_ERRORS.test(ran.stderr)
      ? `the locustfile does not load (your locustfile), locust exited with ${ran.exitCode}:\n${why}`
      : `locust exited with ${ran.exitCode} without its final figures:\n${why}`
    return { ...result, errors: [error] }
  }
  let figures
  try {
    figures = parseHookStats(statsText)
  } catch (error) {
    if (!(error instanceof LocustOutputError)) throw error
    return { ...result, errors: [`locust's figures could not be read: ${error.message}`] }
  }
  if (figures.locustVersion) result.locustVersion = figures.locustVersion
  if (![0, 1].includes(ran.exitCode))
    result.notes.push(`locust exited with ${ran.exitCode} (0 or 1 is usual)`)
  result.total = redactRow(figures.total, redact)
  result.endpoints = figures.endpoints.map((e) => redactRow(e, redact))
  result.failures = figures.failures
    .sort((a, b) => b.occurrences - a.occurrences)
    .slice(0, MAX_FAILURE_GROUPS)
    .map((f) => redactFailure(f, redact))
  result.history = readHistory(run, result.notes)
  return judge(inputs, result, figures.failures)
}

function judge(
  inputs: LoadCheckInputs,
  result: LoadCheckRun,
  failures: (FailureGroup & { kind: string })[]
): LoadCheckRun {
  const total = result.total as EndpointStats
  if (total.requests === 0) {
    const tags =
      inputs.tags.length > 0 ? ` (do the tags ${inputs.tags.join(', ')} match a task?)` : ''
    return {
      ...result,
      errors: [
        `locust made no requests in ${formatDuration(inputs.runTimeSeconds)}${tags}: nothing to judge`
      ]
    }
  }
  const unreachable =
    total.failures === total.requests &&
    failures.length > 0 &&
    failures.every((f) => CONNECTION_ERRORS.test(f.kind) || CONNECTION_ERRORS.test(f.error))
  if (unreachable) {
    return {
      ...result,
      errors: [
        `every one of ${total.requests} requests failed to connect to ${result.host} (the host or the network): ${result.failures[0]?.error ?? ''}`
      ]
    }
  }
  const judgement = judgeThresholds(total, result.endpoints, inputs)
  if (judgement.unjudged.length > 0)
    return { ...result, breaches: judgement.breaches, errors: judgement.unjudged }
  return {
    ...result,
    breaches: judgement.breaches,
    outcome: judgement.breaches.length > 0 ? 'fail' : 'pass'
  }
}

/** A timeout is the check's error, not the action's crash: locust was killed. */
async function runWithLimit<T>(
  start: () => Promise<T>,
  what: string
): Promise<T | { error: string }> {
  try {
    return await start()
  } catch (error) {
    if (error instanceof CommandTimeoutError) {
      return {
        error: `${what} and was killed with every process it started; look for a task, module or event listener in your locustfile that blocks`
      }
    }
    throw error
  }
}

function readHistory(run: LocustRun, notes: string[]) {
  const text = readTextIfThere(historyCsvPath(run))
  if (text === undefined) {
    notes.push('locust wrote no history CSV: the run has no per-second chart')
    return []
  }
  try {
    return parseHistoryCsv(text)
  } catch (error) {
    notes.push(`the history CSV could not be read (the chart is left out): ${errorMessage(error)}`)
    return []
  }
}

function redactRow(row: EndpointStats, redact: (text: string) => string): EndpointStats {
  return { ...row, name: redact(row.name) }
}

function redactFailure(
  failure: FailureGroup & { kind: string },
  redact: (text: string) => string
): FailureGroup {
  return {
    method: failure.method,
    name: redact(failure.name),
    error: redact(failure.error),
    occurrences: failure.occurrences
  }
}
