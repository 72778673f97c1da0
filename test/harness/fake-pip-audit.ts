import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface FakePipAudit {
  /** Environment for the action: PATH with the fake first, and its script. */
  env: Record<string, string>
  /** The argument lists it was called with, one per call (`--version` included). */
  readCalls(): string[][]
  cleanup(): void
}

export interface FakePipAuditOptions {
  /** The text it prints (a real pip-audit JSON shape from the scanner-output fixtures). */
  output: string
  exitCode: number
  /** Seconds to sleep per audit, to stand in for the network. */
  sleepSeconds?: number
}

/**
 * A `pip-audit` executable on PATH that answers like pip-audit (pip-audit itself cannot run
 * without PyPI): prints `output`, exits `exitCode`, and records its arguments.
 */
export function createFakePipAudit(options: FakePipAuditOptions): FakePipAudit {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-pip-audit-'))
  const log = path.join(dir, 'calls.log')
  const output = path.join(dir, 'output.json')
  writeFileSync(output, options.output)
  writeFileSync(log, '')
  const script = path.join(dir, 'pip-audit')
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      `printf '%s\\n' "$*" >> '${log}'`,
      'if [ "$1" = "--version" ]; then echo "pip-audit 2.10.0"; exit 0; fi',
      ...(options.sleepSeconds ? [`sleep ${options.sleepSeconds}`] : []),
      `cat '${output}'`,
      `exit ${options.exitCode}`,
      ''
    ].join('\n')
  )
  chmodSync(script, 0o755)
  return {
    env: { PATH: `${dir}:${process.env.PATH ?? ''}` },
    readCalls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')),
    cleanup: () => rmSync(dir, { recursive: true, force: true })
  }
}
