// docker-push-operators on a repository of 20 operators with one changed: how many builds ran
// (the engine is a recording stand-in, so only the action's own work is timed) and how long
// planning takes (mode: plan).
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createGitRepo } from '../harness/git-repo.js'
import { runAction } from '../harness/run-action.js'
import { loadWebhookExample } from '../harness/webhook-events.js'

const OPERATORS = 20

export async function measureOperatorBuilds(): Promise<string[][]> {
  const repo = await createGitRepo()
  const bin = mkdtempSync(path.join(os.tmpdir(), 'release-actions-fake-podman-'))
  try {
    const files: Record<string, string> = {}
    for (let i = 0; i < OPERATORS; i++) {
      files[`operators/op${i}/Dockerfile`] = 'FROM scratch\nCOPY app.txt /app.txt\n'
      files[`operators/op${i}/app.txt`] = `${i}\n`
    }
    const before = await repo.commit({ message: 'feat: 20 operators', files })
    await repo.commit({ message: 'fix: op7', files: { 'operators/op7/app.txt': 'changed\n' } })
    const sha = await repo.head()
    const log = writeFakePodman(bin)
    const run = (mode: string) =>
      runAction('docker-push-operators', {
        inputs: { registry: 'registry.example', namespace: 'bench', engine: 'podman', mode },
        workspace: repo.dir,
        sha,
        event: {
          name: 'push',
          payload: loadWebhookExample('push', { overrides: { before, after: sha } })
        },
        env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: repo.root }
      })
    const started = process.hrtime.bigint()
    const plan = await run('plan')
    const planMs = Number(process.hrtime.bigint() - started) / 1e6
    const build = await run('build')
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean)
    const builds = calls.filter((call) => call.startsWith('build ')).length
    const selected = (JSON.parse(plan.outputs.operators ?? '[]') as string[]).join(', ')
    if (build.exitCode !== 0) throw new Error(`the build run failed: ${build.stdout}`)
    return [
      ['operators', 'changed', 'selected', 'builds run', 'pushes', 'planning (mode: plan)'],
      [
        String(OPERATORS),
        '1',
        selected,
        String(builds),
        String(calls.filter((c) => c.startsWith('push ')).length),
        `${planMs.toFixed(0)} ms`
      ]
    ]
  } finally {
    await repo.cleanup()
    rmSync(bin, { recursive: true, force: true })
  }
}

function writeFakePodman(bin: string): string {
  const log = path.join(bin, 'calls.log')
  writeFileSync(log, '')
  const script = [
    '#!/bin/sh',
    `echo "$*" >> '${log}'`,
    'if [ "$1" = "push" ]; then echo "sha256:$(printf %064d 0)" > "$3"; fi',
    'exit 0',
    ''
  ].join('\n')
  writeFileSync(path.join(bin, 'podman'), script)
  chmodSync(path.join(bin, 'podman'), 0o755)
  return log
}
