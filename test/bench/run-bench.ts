// npm run bench: figures, never pass/fail.
// 1. Every bundle under actions/*/dist and test/fixtures/*/dist: size, and start-up time as a
//    ratio to bare `node -e 0` (median of several runs).
// 2. GitHub API requests per operation, counted by the GitHub stand-in.
// 3. security-gate wall time with 1 and 8 requirements files.
// 4. docker-push-operators, real podman and a local registry, 20 operators: release 1.0.0, then
//    one changed and 1.1.0 from v1.0.0 (builds, promotions, blob uploads, wall time), against
//    building all 20 for the same commit; and the planning time (mode: plan).
// 5. release-actions plan on 10,000 commits, 2,000 tags and 50 operators, against bare git.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { listBundles, ROOT } from '../../scripts/list-bundles.js'
import { measureApiRequests } from './api-requests.js'
import { measureGateWallTime } from './gate-timing.js'
import { measureOperatorBuilds } from './operators-bench.js'
import { measurePlan } from './plan-bench.js'
import { printTable } from './print-table.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 11)
const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-bench-'))

try {
  await benchBundles()
  console.log('\nGitHub API requests per operation (counted by the stand-in)\n')
  printTable(await measureApiRequests())
  console.log('\nwrites = requests that change the repository; generate-notes, a POST that stores')
  console.log('nothing, counts as a read.')
  console.log(
    '\nsecurity-gate wall time (pip-audit replaced by a scanner that sleeps 1 s per file)\n'
  )
  printTable(await measureGateWallTime())
  console.log(
    '\ndocker-push-operators: 20 operators, production releases (engine: podman, a local registry)\n'
  )
  printTable(await measureOperatorBuilds())
  console.log(
    '\nblob uploads = POST /v2/<name>/blobs/uploads/ the registry answered during the run;'
  )
  console.log('a promotion is a manifest copy in the registry: no build, no blob upload.')
  console.log(
    '\nrelease-actions plan against the bare git commands it needs (medians of 15 interleaved rounds)\n'
  )
  printTable(await measurePlan())
} finally {
  rmSync(temp, { recursive: true, force: true })
}

async function benchBundles(): Promise<void> {
  const bundles = listBundles()
  if (bundles.length === 0) console.log('No bundles: run `npm run build` first.')
  const baseline = await medianMs(['-e', '0'], { PATH: process.env.PATH ?? '' })
  console.log(`node ${process.version}, ${RUNS} runs each, median wall time`)
  console.log(`baseline \`node -e 0\`: ${baseline.toFixed(1)} ms\n`)
  const rows = [['bundle', 'size', 'gzip', 'start-up', 'vs node -e 0']]
  for (const bundle of bundles) {
    const file = path.join(ROOT, bundle.bundle)
    const startup = await medianMs([file], runnerEnv())
    rows.push([
      bundle.dir,
      formatKiB(statSync(file).size),
      formatKiB(gzipSync(readFileSync(file)).length),
      `${startup.toFixed(1)} ms`,
      `${(startup / baseline).toFixed(2)}x`
    ])
  }
  printTable(rows)
  console.log(
    '\nstart-up = load the bundle and read inputs until the action stops at input checking' +
      ' (a required input missing, or a path that does not exist; the API URL is a closed' +
      ' loopback port; the cli is given no repository).'
  )
}

function runnerEnv(): Record<string, string> {
  const file = (name: string) => {
    const p = path.join(temp, name)
    writeFileSync(p, '')
    return p
  }
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_ENV: file('env'),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    // security-gate needs no input: a missing path stops it at input checking like the others.
    INPUT_PATH: path.join(temp, 'no-such-folder')
  }
}

async function medianMs(args: string[], env: Record<string, string>): Promise<number> {
  const times: number[] = []
  await timeOnce(args, env) // warm the file cache
  for (let i = 0; i < RUNS; i++) times.push(await timeOnce(args, env))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? NaN
}

function timeOnce(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(process.execPath, args, { env, stdio: 'ignore', cwd: temp })
    child.on('error', reject)
    child.on('close', () => resolve(Number(process.hrtime.bigint() - start) / 1e6))
  })
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}
