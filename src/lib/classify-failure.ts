import { CommandError, CommandTimeoutError } from './exec.js'
import { classifyHttpFailure } from './classify-http-failure.js'
import { describeNetworkFailure } from './describe-network-failure.js'

/** Whose problem a failure is: the workflow's author, the network, a service we call, or ours. */
export type FailureOwner = 'user' | 'network' | 'service' | 'bug'

export type FailureKind =
  | 'configuration'
  | 'authentication'
  | 'permission'
  | 'actions-setting'
  | 'not-found'
  | 'rate-limit'
  | 'network'
  | 'outage'
  | 'package-index'
  | 'bug'

export interface FailureClass {
  owner: FailureOwner
  kind: FailureKind
  /** What happened, without secrets. */
  message: string
  /** What to do about it; empty when there is nothing to add. */
  hint: string
}

interface HintedError {
  name: string
  message: string
  hint?: string
}

/** Sorts a caught error into whose problem it is, with a message and a hint to act on. */
export function classifyFailure(error: unknown, nowMs: number = Date.now()): FailureClass {
  if (isConfigurationError(error)) {
    return { owner: 'user', kind: 'configuration', message: error.message, hint: error.hint ?? '' }
  }
  // Network first: Octokit reports a request that got no answer as status 500 with a cause.
  const network = describeNetworkFailure(error)
  if (network) return network
  const http = classifyHttpFailure(error, nowMs)
  if (http) return http
  if (error instanceof CommandError || error instanceof CommandTimeoutError) {
    const pip = classifyPipFailure(error)
    if (pip) return pip
  }
  return { owner: 'bug', kind: 'bug', message: '', hint: '' }
}

// ConfigurationError is matched by name, not instanceof: errors.ts imports this file.
function isConfigurationError(error: unknown): error is HintedError {
  return error instanceof Error && error.name === 'ConfigurationError'
}

// What pip prints when it cannot reach an index (urllib3 retries, DNS, TLS, proxies, HTTP 5xx).
const PIP_UNREACHABLE = [
  /NewConnectionError|Max retries exceeded|ConnectTimeoutError|ReadTimeoutError/,
  /Temporary failure in name resolution|Name or service not known|nodename nor servname/,
  /Connection (refused|reset|aborted)|Network is unreachable|ProxyError|SSLError/,
  /HTTP error 5\d\d|50[234] Server Error/,
  // pip says this too when every index it tried was unreachable.
  /Could not find a version that satisfies the requirement/
]

function classifyPipFailure(error: CommandError | CommandTimeoutError): FailureClass | undefined {
  const command = error.message.split(' ', 1)[0] ?? ''
  if (!/\bpip3?$/.test(command.replace(/`/g, ''))) return undefined
  const stderr = error instanceof CommandError ? error.result.stderr : ''
  if (error instanceof CommandError && !PIP_UNREACHABLE.some((p) => p.test(stderr)))
    return undefined
  const detail = lastLine(stderr) || 'it ran out of time'
  return {
    owner: 'service',
    kind: 'package-index',
    message: `pip could not download from PyPI (${detail})`,
    hint:
      'PyPI, or the network between the runner and it, was unreachable: not your settings and ' +
      'not a bug. Re-run the job later; or install the tools in an earlier step, or point pip ' +
      'at a mirror with PIP_INDEX_URL.'
  }
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((line) => line.trim())
      .at(-1)
      ?.trim() ?? ''
  )
}
