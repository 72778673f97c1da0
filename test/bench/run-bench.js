// npm run bench: figures, never pass/fail. For every bundle under actions/*/dist and
// test/fixtures/*/dist: its size, and its start-up time as a ratio to bare `node -e 0`.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { listBundles, ROOT } from '../../scripts/list-bundles.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 11)

const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-bench-'))
try {
  const bundles = listBundles()
  if (bundles.length === 0) console.log('No bundles: run `npm run build` first.')
  const baseline = await medianMs(['-e', '0'])
  console.log(`node ${process.version}, ${RUNS} runs each, median wall time`)
  console.log(`baseline \`node -e 0\`: ${baseline.toFixed(1)} ms\n`)
  const rows = [['bundle', 'size', 'gzip', 'start-up', 'vs node -e 0']]
  for (const bundle of bundles) {
    const file = path.join(ROOT, bundle.bundle)
    const size = statSync(file).size
    const gzip = gzipSync(readFileSync(file)).length
    const startup = await medianMs([file], runnerEnv())
    rows.push([
      bundle.dir,
      formatKiB(size),
      formatKiB(gzip),
      `${startup.toFixed(1)} ms`,
      `${(startup / baseline).toFixed(2)}x`
    ])
  }
  printTable(rows)
  console.log(
    '\nstart-up = load the bundle and read inputs until the action stops for want of a' +
      ' required input (no inputs are given; the API URL is a closed loopback port).'
  )
} finally {
  rmSync(temp, { recursive: true, force: true })
}

function runnerEnv() {
  const file = (name) => {
    const p = path.join(temp, name)
    writeFileSync(p, '')
    return p
  }
  return {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_ENV: file('env'),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp
  }
}

async function medianMs(args, env = { PATH: process.env.PATH }) {
  const times = []
  await timeOnce(args, env) // warm the file cache
  for (let i = 0; i < RUNS; i++) times.push(await timeOnce(args, env))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

function timeOnce(args, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(process.execPath, args, { env, stdio: 'ignore', cwd: temp })
    child.on('error', reject)
    child.on('close', () => resolve(Number(process.hrtime.bigint() - start) / 1e6))
  })
}

function formatKiB(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
}
