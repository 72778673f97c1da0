import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runProcess } from '../run-process.js'

const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-run-process-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

/** Running, not a zombie waiting for whatever inherited it to reap it. */
function isRunning(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    return false
  }
}

describe('runProcess killWhen', () => {
  it('kills the program and what it started once the check answers true', async () => {
    const pidFile = path.join(temp, 'child.pid')
    const started = Date.now()
    const result = await runProcess(
      'sh',
      ['-c', `sleep 30 & echo $! > ${pidFile}; echo started; wait`],
      { killWhen: () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '' }
    )
    expect(result.exitCode).toBe(137)
    expect(result.stdout).toContain('started')
    expect(Date.now() - started).toBeLessThan(10_000)
    const sleeper = Number(readFileSync(pidFile, 'utf8'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(isRunning(sleeper)).toBe(false)
  })

  it('leaves a program alone while the check answers false', async () => {
    const result = await runProcess('sh', ['-c', 'exit 3'], { killWhen: () => false })
    expect(result.exitCode).toBe(3)
  })
})
