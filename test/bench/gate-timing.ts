// security-gate wall time with 1 and with 8 requirements files, the scanner replaced by one that
// sleeps a second: the audits run side by side, so 8 files should take far less than 8 × 1.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFakePipAudit } from '../harness/fake-pip-audit.js'
import { REPO_ROOT, runAction } from '../harness/run-action.js'

const CLEAN = path.join(
  REPO_ROOT,
  'test',
  'fixtures',
  'scanner-output',
  'pip-audit-2.10-clean.json'
)

export async function measureGateWallTime(): Promise<string[][]> {
  const fake = createFakePipAudit({
    output: readFileSync(CLEAN, 'utf8'),
    exitCode: 0,
    sleepSeconds: 1
  })
  try {
    const rows = [['requirements files', 'wall time', 'vs one file']]
    let one = NaN
    for (const count of [1, 8]) {
      const ms = await timeGate(count, fake.env)
      if (count === 1) one = ms
      rows.push([String(count), `${(ms / 1000).toFixed(2)} s`, `${(ms / one).toFixed(2)}x`])
    }
    return rows
  } finally {
    fake.cleanup()
  }
}

async function timeGate(files: number, env: Record<string, string>): Promise<number> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'release-actions-gate-bench-'))
  try {
    for (let i = 0; i < files; i++) {
      mkdirSync(path.join(workspace, 'operators', `op${i}`), { recursive: true })
      writeFileSync(
        path.join(workspace, 'operators', `op${i}`, 'requirements.txt'),
        'requests==2.32.3\n'
      )
    }
    const started = process.hrtime.bigint()
    const result = await runAction('security-gate', {
      inputs: { bandit: 'false', 'install-tools': 'false' },
      workspace,
      env
    })
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6
    if (result.exitCode !== 0)
      throw new Error(`security-gate failed in the bench: ${result.stdout}`)
    return elapsed
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}
