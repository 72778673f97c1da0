// Rebuilds every bundle and fails when the committed dist/ differs from what the source builds.
import { spawnSync } from 'node:child_process'
import { listBundles, ROOT } from './list-bundles.js'

const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: ROOT, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

const distDirs = listBundles().map((b) => b.distDir)
const status = spawnSync('git', ['status', '--porcelain', '--', ...distDirs], {
  cwd: ROOT,
  encoding: 'utf8'
})
if (status.status !== 0) {
  console.error(status.stderr)
  process.exit(1)
}
if (status.stdout.trim()) {
  console.error('dist/ is not what the source builds. Run `npm run build` and commit dist/:')
  console.error(status.stdout)
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...distDirs], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  process.exit(1)
}
console.log(`dist/ matches the source for ${distDirs.length} bundle(s).`)
