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

/** The one line an action hands to `core.setFailed`: what went wrong and how to fix it. */
export function formatFailure(actionName: string, error: unknown): string {
  if (error instanceof ConfigurationError) {
    const hint = error.hint ? ` ${error.hint}` : ''
    return `${actionName}: ${error.message}${hint}`
  }
  return (
    `${actionName} failed unexpectedly: ${errorMessage(error)}. ` +
    'This is a bug in release-actions; please report it with this log.'
  )
}

/** True for an HTTP error (Octokit's, say) answered with one of `statuses`. */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && statuses.includes(status)
}
