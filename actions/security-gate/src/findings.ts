export type Level = 'UNDEFINED' | 'LOW' | 'MEDIUM' | 'HIGH'

export const LEVELS: Level[] = ['UNDEFINED', 'LOW', 'MEDIUM', 'HIGH']

export function compareLevels(a: Level, b: Level): number {
  return LEVELS.indexOf(a) - LEVELS.indexOf(b)
}

export function toLevel(value: unknown): Level {
  const upper = String(value ?? '').toUpperCase()
  return (LEVELS as string[]).includes(upper) ? (upper as Level) : 'UNDEFINED'
}

/**
 * `suppressed`: bandit skipped it for a `# nosec` comment on its line (`nosec: report`): listed,
 * never blocking.
 */
export type FindingState = 'blocking' | 'allowed' | 'below-threshold' | 'suppressed'

/** One thing a scanner reported, in one shape for both tools. */
export interface Finding {
  tool: 'bandit' | 'pip-audit'
  /** A bandit test id (`B602`) or a vulnerability id (`PYSEC-2019-179`). */
  ruleId: string
  aliases: string[]
  /** Bandit's test name, or the vulnerable package. */
  ruleName: string
  message: string
  severity: Level
  confidence: Level
  /** Relative to the workspace, with `/`. */
  file: string
  /** 1-based, like every position here (SARIF's and GitHub's columns are 1-based too). */
  line: number
  column: number | undefined
  /** The last line of the finding (bandit's `line_range`), when known. */
  endLine: number | undefined
  /** On `endLine`, exclusive; only set when `endLine` is known. */
  endColumn: number | undefined
  /** The offending source line (bandit), for a fingerprint that survives moved lines. */
  snippet: string
  package: { name: string; version: string } | undefined
  fixVersions: string[]
  moreInfo: string | undefined
  cwe: number | undefined
  state: FindingState
  /** bandit reports it only with `--ignore-nosec`: a `# nosec` comment suppresses it in the source. */
  nosec?: boolean
  /** Why it is allowed or suppressed, or that its allowlist entry expired. */
  note: string | undefined
}

/** Where an operator's findings are counted: `operators/<name>/…` → name, else the top folder. */
export function groupOf(file: string): string {
  const operator = /(?:^|\/)operators\/([^/]+)\//.exec(file)
  if (operator?.[1]) return operator[1]
  const slash = file.indexOf('/')
  return slash === -1 ? '.' : file.slice(0, slash)
}
