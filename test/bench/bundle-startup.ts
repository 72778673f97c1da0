// Size and start-up of every bundle, against the goal for actions (issue #19): at most 600 KiB,
// and started, inputs read and one rejected within 1.5x the time of bare `node -e 0`.
// Runs on the runner's Node (24, the `node` devDependency); bundle and baseline runs alternate
// so that a busy machine slows both alike, and the medians are compared.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { listBundles, ROOT } from '../../scripts/list-bundles.js'

const MAX_KIB = 600
const MAX_RATIO = 1.5

// Each action stops at input checking on one input it rejects.
const REJECTED_INPUTS: Record<string, Record<string, string>> = {
  'docker-push-operators': {}, // "namespace" is required
  'load-check': {}, // "host" is required
  'notify-slack': { INPUT_STATUS: 'no-such-status' },
  'security-gate': {}, // "path" names a folder that does not exist (see runnerEnv)
  'sync-branches': {}, // "targets" is required
  'tag-release': {} // "sha" is required (and there is no GITHUB_SHA)
}

export async function measureBundles(temp: string, runs: number): Promise<string[][]> {
  const node = runnerNode()
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
  console.log(`node ${version}, ${runs} alternating runs of bundle and \`node -e 0\`, medians\n`)
  const rows = [['bundle', 'size', 'gzip', 'start-up', 'node -e 0', 'ratio', 'goal']]
  const notes: string[] = []
  for (const bundle of listBundles()) {
    const file = path.join(ROOT, bundle.bundle)
    if (!existsSync(file)) {
      notes.push(`${bundle.dir}: no ${bundle.bundle}; run \`npm run build\``)
      continue
    }
    const isAction = bundle.dir.startsWith('actions/')
    const env = { ...runnerEnv(temp), ...REJECTED_INPUTS[bundle.name] }
    const first = await runOnce(node, [file], env, temp, true)
    if (isAction && !first.output.includes('::error::')) {
      notes.push(`${bundle.dir}: did not stop at a rejected input: ${first.output.slice(0, 200)}`)
    }
    const { bundleMs, baselineMs } = await timeAlternately(node, file, env, temp, runs)
    const { size, gzip } = measureFiles(path.join(ROOT, bundle.distDir))
    const ratio = bundleMs / baselineMs
    rows.push([
      bundle.dir,
      formatKiB(size),
      formatKiB(gzip),
      `${bundleMs.toFixed(1)} ms`,
      `${baselineMs.toFixed(1)} ms`,
      `${ratio.toFixed(2)}x`,
      isAction ? describeGoal(size, ratio) : '(no goal)'
    ])
  }
  for (const note of notes) console.log(note)
  return rows
}

export const BUNDLE_FOOTNOTE =
  `goal (actions): size ≤ ${MAX_KIB} KiB and start-up ≤ ${MAX_RATIO}x \`node -e 0\`.\n` +
  'start-up = load the bundle and read inputs until the action rejects one (a required input' +
  ' missing, an unknown status, a path that does not exist; the API URL is a closed loopback' +
  ' port); the cli is given no repository. size and gzip count every .js file in dist/ (the entry and any chunk it loads later).'

/** Every .js file in dist/: the entry and any chunk it loads later. */
function measureFiles(distDir: string): { size: number; gzip: number } {
  let size = 0
  let gzip = 0
  for (const name of readdirSync(distDir).filter((n) => n.endsWith('.js'))) {
    const content = readFileSync(path.join(distDir, name))
    size += content.length
    gzip += gzipSync(content).length
  }
  return { size, gzip }
}

function describeGoal(size: number, ratio: number): string {
  const misses = [
    size > MAX_KIB * 1024 ? `size > ${MAX_KIB} KiB` : '',
    ratio > MAX_RATIO ? `ratio > ${MAX_RATIO}` : ''
  ].filter(Boolean)
  return misses.length === 0 ? 'met' : `MISSED (${misses.join(', ')})`
}

/** The runner's node24: the `node` devDependency, else the node running the bench. */
function runnerNode(): string {
  const local = path.join(ROOT, 'node_modules', '.bin', 'node')
  return existsSync(local) ? local : process.execPath
}

async function timeAlternately(
  node: string,
  file: string,
  env: Record<string, string>,
  cwd: string,
  runs: number
): Promise<{ bundleMs: number; baselineMs: number }> {
  const bundle: number[] = []
  const baseline: number[] = []
  const baseEnv = { PATH: env.PATH ?? '' }
  for (let i = 0; i < runs; i++) {
    baseline.push((await runOnce(node, ['-e', '0'], baseEnv, cwd)).ms)
    bundle.push((await runOnce(node, [file], env, cwd)).ms)
  }
  return { bundleMs: median(bundle), baselineMs: median(baseline) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function runnerEnv(temp: string): Record<string, string> {
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
    GITHUB_STATE: file('state'),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    INPUT_PATH: path.join(temp, 'no-such-folder')
  }
}

function runOnce(
  node: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  capture = false
): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(node, args, { env, cwd, stdio: capture ? 'pipe' : 'ignore' })
    const chunks: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', reject)
    child.on('close', () =>
      resolve({
        ms: Number(process.hrtime.bigint() - start) / 1e6,
        output: Buffer.concat(chunks).toString('utf8')
      })
    )
  })
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`
}
