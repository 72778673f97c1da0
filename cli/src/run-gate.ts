import type { CommandRunner } from '../../src/lib/exec.js'
import { findTool } from '../../actions/security-gate/src/install-tools.js'
import { runSecurityGate } from '../../actions/security-gate/src/security-gate.js'
import {
  DEFAULT_ALLOWLIST,
  DEFAULT_EXCEPTION_LABEL
} from '../../actions/security-gate/src/inputs.js'
import { runTimed } from '../../actions/security-gate/src/run-timed.js'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const TOOLS = ['bandit', 'pip-audit'] as const

export interface GateSummary {
  ran: string[]
  notInstalled: string[]
  outcome: 'pass' | 'fail' | 'error'
  blocking: { rule: string; where: string; what: string }[]
  findings: number
  errors: string[]
}

/**
 * security-gate's own code on the checkout, with bandit and pip-audit from PATH. Like the action
 * without install-tools, it fails closed: a tool that is missing (or too old) is an error.
 */
export async function runGateLocally(repo: string, run: CommandRunner): Promise<GateSummary> {
  const found = await Promise.all(TOOLS.map(async (tool) => [tool, await findTool(tool)] as const))
  const notInstalled = found.filter(([, command]) => !command).map(([tool]) => tool)
  const allowlist = path.join(repo, DEFAULT_ALLOWLIST)
  const result = await runSecurityGate(
    {
      root: repo,
      workspace: repo,
      path: '.',
      severityThreshold: 'HIGH',
      confidenceThreshold: 'LOW',
      bandit: true,
      pipAudit: true,
      requirements: 'auto',
      exclude: [],
      allowlist: existsSync(allowlist) ? allowlist : undefined,
      allowlistPath: allowlist,
      exceptionLabel: DEFAULT_EXCEPTION_LABEL,
      installTools: false,
      sarif: '',
      report: '',
      failOn: 'blocking',
      nosec: 'report',
      timeoutMinutes: 10
    },
    {
      run,
      runScanner: runTimed,
      timeoutMs: 10 * 60_000,
      tempDir: os.tmpdir(),
      today: new Date().toISOString().slice(0, 10),
      log: () => undefined,
      parallel: 8,
      // A local run: the checked-out allowlist is the one there is.
      event: undefined
    }
  )
  return {
    ran: result.tools.map((t) => `${t.name} ${t.version}`),
    notInstalled,
    outcome: result.outcome,
    blocking: result.findings
      .filter((f) => f.state === 'blocking')
      .map((f) => ({
        rule: f.ruleId,
        where: `${f.file}:${f.line}`,
        what: f.package ? `${f.package.name} ${f.package.version}` : f.message
      })),
    findings: result.findings.length,
    // The action's words are about its input; here the remedy is installing the tool.
    errors: result.errors.map((e) =>
      e.replace(
        'is not installed (install-tools is false)',
        'is not installed: the gate fails closed (pip install it, or run the action with install-tools: true)'
      )
    )
  }
}
