// npm run bench [section...]: figures, never pass/fail. Sections (all when none is named):
// bundles     every bundle under actions/*/dist, cli/dist and test/fixtures/*/dist: size, gzip, and
//             start-up until a rejected input as a ratio to bare `node -e 0`, against the goal.
// api         GitHub API requests per operation, counted by the GitHub stand-in.
// gate        security-gate wall time with 1 and 8 requirements files.
// operators   docker-push-operators, real podman and a local registry, 20 operators: release
//             1.0.0, then one changed and 1.1.0 from v1.0.0 (builds, promotions, blob uploads, wall
//             time), against building all 20 for the same commit; and the planning time.
// plan        release-actions plan on 10,000 commits, 2,000 tags and 50 operators, against git.
// e.g. `npm run bench -- bundles` runs only the first.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUNDLE_FOOTNOTE, measureBundles } from './bundle-startup.js'
import { printTable } from './print-table.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 11)
const SECTIONS: Record<string, () => Promise<void>> = {
  bundles: benchBundles,
  api: benchApiRequests,
  gate: benchGate,
  operators: benchOperators,
  plan: benchPlan
}

const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !(name in SECTIONS))
if (unknown.length > 0) {
  console.error(
    `Unknown section: ${unknown.join(', ')}; accepted: ${Object.keys(SECTIONS).join(', ')}`
  )
  process.exit(2)
}
const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-bench-'))
try {
  for (const [name, bench] of Object.entries(SECTIONS)) {
    if (asked.length === 0 || asked.includes(name)) await bench()
  }
} finally {
  rmSync(temp, { recursive: true, force: true })
}

async function benchBundles(): Promise<void> {
  console.log('Bundles: size and start-up until a rejected input\n')
  printTable(await measureBundles(temp, RUNS))
  console.log(`\n${BUNDLE_FOOTNOTE}`)
}

async function benchApiRequests(): Promise<void> {
  const { measureApiRequests } = await import('./api-requests.js')
  console.log('\nGitHub API requests per operation (counted by the stand-in)\n')
  printTable(await measureApiRequests())
  console.log('\nwrites = requests that change the repository; generate-notes, a POST that stores')
  console.log('nothing, counts as a read.')
}

async function benchGate(): Promise<void> {
  const { measureGateWallTime } = await import('./gate-timing.js')
  console.log(
    '\nsecurity-gate wall time (pip-audit replaced by a scanner that sleeps 1 s per file)\n'
  )
  printTable(await measureGateWallTime())
}

async function benchOperators(): Promise<void> {
  const { measureOperatorBuilds } = await import('./operators-bench.js')
  console.log(
    '\ndocker-push-operators: 20 operators, production releases (engine: podman, a local registry)\n'
  )
  printTable(await measureOperatorBuilds())
  console.log(
    '\nblob uploads = POST /v2/<name>/blobs/uploads/ the registry answered during the run;'
  )
  console.log('a promotion is a manifest copy in the registry: no build, no blob upload.')
}

async function benchPlan(): Promise<void> {
  const { measurePlan } = await import('./plan-bench.js')
  console.log(
    '\nrelease-actions plan against the bare git commands it needs (medians of 15 interleaved rounds)\n'
  )
  printTable(await measurePlan())
}
