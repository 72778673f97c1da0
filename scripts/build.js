// Bundles every action (and test fixture action) with ncc: node scripts/build.js [name...]
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { listBundles, ROOT } from './list-bundles.js'

const only = process.argv.slice(2)
const bundles = listBundles().filter((b) => only.length === 0 || only.includes(b.name))
if (only.length > 0 && bundles.length !== only.length) {
  console.error(`Unknown bundle in: ${only.join(', ')}`)
  process.exit(2)
}

const ncc = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
for (const bundle of bundles) {
  // A stale file left in dist/ would ship; start from nothing.
  rmSync(path.join(ROOT, bundle.distDir), { recursive: true, force: true })
  const result = spawnSync(
    process.execPath,
    [ncc, 'build', bundle.entry, '-o', bundle.distDir, '--license', 'licenses.txt', '--quiet'],
    { cwd: ROOT, stdio: 'inherit' }
  )
  if (result.status !== 0) {
    console.error(`ncc failed for ${bundle.dir}`)
    process.exit(result.status ?? 1)
  }
  console.log(`built ${bundle.bundle}`)
}
