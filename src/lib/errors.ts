import { classifyFailure, type FailureClass } from './classify-failure.js'

/** A mistake the user can fix (bad input, missing permission): reported with a hint, not as a bug. */
export class ConfigurationError extends Error {
  readonly hint: string | undefined

  constructor(message: string, hint?: string) {
    super(message)
    this.name = 'ConfigurationError'
    this.hint = hint
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  if (typeof error === 'string') return error
  try {
    const text = JSON.stringify(error)
    if (text !== undefined) return text
  } catch {
    // circular or otherwise unserialisable: fall through to String()
  }
  return String(error)
}

/**
 * The one line an action hands to `core.setFailed`: what went wrong, whose problem it is and how
 * to fix it. Only what `classifyFailure` cannot place is reported as a bug of ours.
 */
export function formatFailure(actionName: string, error: unknown): string {
  const failure = classifyFailure(error)
  if (failure.kind === 'configuration') {
    const hint = failure.hint ? ` ${failure.hint}` : ''
    return `${actionName}: ${failure.message}${hint}`
  }
  if (failure.owner === 'bug') {
    return (
      `${actionName} failed unexpectedly: ${errorMessage(error)}. ` +
      'This is a bug in release-actions; please report it with this log.'
    )
  }
  return `${actionName}: ${describeFailure(failure)}`
}

/** `message. hint`, for a failure that is not a bug. */
export function describeFailure(failure: FailureClass): string {
  const message = /[.!?]$/.test(failure.message) ? failure.message : `${failure.message}.`
  return failure.hint ? `${message} ${failure.hint}` : message
}

/** True for an HTTP error (Octokit's, say) answered with one of `statuses`. */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && statuses.includes(status)
}
