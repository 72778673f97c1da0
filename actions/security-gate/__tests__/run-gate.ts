import { runCommand } from '../../../src/lib/exec.js'
import { pathWithBandit } from '../../../test/harness/bandit.js'
import { run } from '../src/main.js'
import { runTimed, type TimedRunner } from '../src/run-timed.js'

export interface GateRun {
  workspace: string
  inputs: Record<string, string>
  env?: Record<string, string>
  runScanner?: TimedRunner
  /** A limit in milliseconds, below the input's whole minutes: how a test makes a hang quick. */
  scannerTimeoutMs?: number
}

/** Runs the gate's `run(deps)` in-process on `workspace`; its outputs and setFailed messages. */
// The gate finds its scanners on this process's PATH: bandit 1.9.4 goes first (a test's own
// stand-in, stubbed in front of it, still comes before).
process.env.PATH = pathWithBandit()

export async function runGate(options: GateRun) {
  const outputs: Record<string, string> = {}
  const failures: string[] = []
  await run({
    inputs: { getInput: (name) => options.inputs[name] ?? '', setSecret: () => undefined },
    env: options.env ?? { GITHUB_WORKSPACE: options.workspace, RUNNER_TEMP: options.workspace },
    setOutput: (name, value) => (outputs[name] = value),
    setFailed: (message) => failures.push(message),
    info: () => undefined,
    warning: () => undefined,
    writeSummary: async () => undefined,
    run: runCommand,
    annotate: () => undefined,
    today: () => '2026-01-01',
    runScanner: options.runScanner ?? runTimed,
    scannerTimeoutMs: options.scannerTimeoutMs
  })
  return { outputs, failures }
}
