import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../harness/run-action.js'
import { runProcess } from '../harness/run-process.js'

const SCRIPT = path.join(REPO_ROOT, 'examples', 'deploy', 'deploy.sh')
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/**
 * A `docker` that records each compose call with the env file it was given, says what "runs now",
 * and fails `up` as many times as asked (a deploy that never gets healthy).
 */
function fakeDocker(running: string, failUps: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-fake-docker-'))
  dirs.push(dir)
  const log = path.join(dir, 'calls.log')
  const counter = path.join(dir, 'ups')
  writeFileSync(log, '')
  writeFileSync(counter, '0')
  writeFileSync(
    path.join(dir, 'docker'),
    [
      '#!/bin/sh',
      `log='${log}'`,
      'env_file=""; prev=""; for a in "$@"; do [ "$prev" = "--env-file" ] && env_file=$a; prev=$a; done',
      'case " $* " in',
      `  *" ps "*) printf '%s' '${running}' ;;`,
      '  *" up "*)',
      `    n=$(cat '${counter}'); echo $((n + 1)) > '${counter}'`,
      '    echo "up $(tr "\\n" " " < "$env_file")" >> "$log"',
      `    [ "$n" -lt ${failUps} ] && exit 1 ;;`,
      '  *" pull "*) echo "pull $(tr "\\n" " " < "$env_file")" >> "$log" ;;',
      'esac',
      'exit 0',
      ''
    ].join('\n')
  )
  chmodSync(path.join(dir, 'docker'), 0o755)
  return {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
  }
}

const IMAGES = JSON.stringify([
  { operator: 'api', image: 'ghcr.io/acme/api', tags: ['dev'], digest: 'sha256:new' }
])

describe('examples/deploy/deploy.sh', () => {
  it('deploys the new digest and keeps what else runs', async () => {
    const docker = fakeDocker(
      'api=ghcr.io/acme/api@sha256:old\nworker=ghcr.io/acme/worker@sha256:w1\n',
      0
    )
    const result = await runProcess('bash', [SCRIPT, 'staging'], { env: { ...docker.env, IMAGES } })
    expect(result.exitCode, result.stderr).toBe(0)
    expect(docker.calls()).toEqual([
      'pull API_IMAGE=ghcr.io/acme/api@sha256:new WORKER_IMAGE=ghcr.io/acme/worker@sha256:w1',
      'up API_IMAGE=ghcr.io/acme/api@sha256:new WORKER_IMAGE=ghcr.io/acme/worker@sha256:w1'
    ])
  })

  it('rolls back to the previous digests when the new ones are unhealthy, and fails', async () => {
    const docker = fakeDocker('api=ghcr.io/acme/api@sha256:old\n', 1)
    const result = await runProcess('bash', [SCRIPT, 'production'], {
      env: { ...docker.env, IMAGES }
    })
    expect(result.exitCode).toBe(1)
    expect(docker.calls().filter((c) => c.startsWith('up'))).toEqual([
      'up API_IMAGE=ghcr.io/acme/api@sha256:new',
      'up API_IMAGE=ghcr.io/acme/api@sha256:old'
    ])
    expect(result.stdout).toContain('rolling back')
  })

  it('refuses an image without a digest', async () => {
    const docker = fakeDocker('', 0)
    const result = await runProcess('bash', [SCRIPT, 'staging'], {
      env: { ...docker.env, IMAGES: JSON.stringify([{ operator: 'api', image: 'x', digest: '' }]) }
    })
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toContain('refusing to deploy by tag')
    expect(docker.calls()).toEqual([])
  })

  it('passes shellcheck', async () => {
    const result = await runProcess('shellcheck', [SCRIPT])
    expect(result.stdout + result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
  })
})
