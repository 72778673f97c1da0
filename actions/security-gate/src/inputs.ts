import { existsSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../../src/lib/errors.js'
import type { InputReader } from '../../../src/lib/inputs.js'
import type { Level } from './findings.js'
import { isInside, resolveOutputPaths } from './output-paths.js'

const THRESHOLDS = ['low', 'medium', 'high'] as const
export const DEFAULT_ALLOWLIST = '.security-allowlist.yml'
export const DEFAULT_EXCEPTION_LABEL = 'security-exception'
/** GitHub's limit on a label's name. */
export const MAX_LABEL_LENGTH = 50

export interface SecurityGateInputs {
  /** Absolute folder to scan. */
  root: string
  /** The workspace, which paths in reports are relative to. */
  workspace: string
  /** `path` as given, relative to the workspace. */
  path: string
  severityThreshold: Level
  confidenceThreshold: Level
  bandit: boolean
  pipAudit: boolean
  /** `auto`, or requirements files and globs. */
  requirements: 'auto' | string[]
  exclude: string[]
  /** Absolute path of the allowlist, or undefined when the default file is absent. */
  allowlist: string | undefined
  /** Absolute path of the allowlist, there or not (the base commit may have it). */
  allowlistPath: string
  /** The pull request label that makes the allowlist entries it proposes count. */
  exceptionLabel: string
  installTools: boolean
  sarif: string
  report: string
  failOn: 'blocking' | 'never'
  /** `report`: `# nosec` findings are listed as suppressed; `ignore`: they count like any other. */
  nosec: 'report' | 'ignore'
  /** The limit for each scanner run, in minutes. */
  timeoutMinutes: number
}

export function readSecurityGateInputs(input: InputReader, workspace: string): SecurityGateInputs {
  const relative = input.string('path', '.')
  const root = path.resolve(workspace, relative)
  const accepted = 'accepted: a folder inside the workspace such as "." or "operators"'
  if (!isInside(root, path.resolve(workspace))) {
    throw new ConfigurationError(
      `Input "path" is "${relative}", which is outside the workspace; ${accepted}.`
    )
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new ConfigurationError(
      `Input "path" is "${relative}", which is no folder in the workspace; ${accepted}.`
    )
  }
  if (!isInside(realpathSync(root), realpathSync(workspace))) {
    throw new ConfigurationError(
      `Input "path" is "${relative}", which resolves outside the workspace (to ${realpathSync(root)}); ${accepted}.`
    )
  }
  const bandit = input.boolean('bandit', true)
  const pipAudit = input.boolean('pip-audit', true)
  if (!bandit && !pipAudit) {
    throw new ConfigurationError(
      'Inputs "bandit" and "pip-audit" are both false; accepted: at least one of them true.'
    )
  }
  const requirements = input.list('requirements')
  const allowlist = input.string('allowlist', DEFAULT_ALLOWLIST)
  const outputs = {
    sarif: input.string('sarif', 'security-gate.sarif'),
    report: input.string('report', 'security-gate.json')
  }
  resolveOutputPaths(outputs, workspace)
  return {
    root,
    workspace,
    path: relative,
    severityThreshold: toThreshold(input.choice('severity-threshold', THRESHOLDS, 'high')),
    confidenceThreshold: toThreshold(input.choice('confidence-threshold', THRESHOLDS, 'low')),
    bandit,
    pipAudit,
    requirements:
      requirements.length === 0 || (requirements.length === 1 && requirements[0] === 'auto')
        ? 'auto'
        : requirements,
    exclude: input.list('exclude'),
    allowlist: readAllowlistPath(allowlist, workspace),
    allowlistPath: path.resolve(workspace, allowlist),
    exceptionLabel: readExceptionLabel(input.string('exception-label', DEFAULT_EXCEPTION_LABEL)),
    installTools: input.boolean('install-tools', true),
    sarif: outputs.sarif,
    report: outputs.report,
    failOn: input.choice('fail-on', ['blocking', 'never'] as const, 'blocking'),
    nosec: input.choice('nosec', ['report', 'ignore'] as const, 'report'),
    timeoutMinutes: readTimeoutMinutes(input.string('timeout-minutes', '10'))
  }
}

export const MAX_TIMEOUT_MINUTES = 360

function readTimeoutMinutes(value: string): number {
  const trimmed = value.trim()
  const minutes = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN
  if (!(minutes >= 1 && minutes <= MAX_TIMEOUT_MINUTES)) {
    throw new ConfigurationError(
      `Input "timeout-minutes" is "${value}"; accepted: a whole number of minutes from 1 to ${MAX_TIMEOUT_MINUTES}.`
    )
  }
  return minutes
}

function readExceptionLabel(value: string): string {
  // eslint-disable-next-line no-control-regex
  if ([...value].length > MAX_LABEL_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new ConfigurationError(
      `Input "exception-label" is "${value.slice(0, 80)}"; accepted: a label name of 1 to ${MAX_LABEL_LENGTH} characters on one line (default ${DEFAULT_EXCEPTION_LABEL}).`
    )
  }
  return value
}

function toThreshold(value: (typeof THRESHOLDS)[number]): Level {
  return value.toUpperCase() as Level
}

function readAllowlistPath(value: string, workspace: string): string | undefined {
  const file = path.resolve(workspace, value)
  if (existsSync(file)) return file
  if (value === DEFAULT_ALLOWLIST) return undefined
  throw new ConfigurationError(
    `Input "allowlist" is "${value}", which does not exist; accepted: a YAML file in the workspace (the default ${DEFAULT_ALLOWLIST} may be absent).`
  )
}
