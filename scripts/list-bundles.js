// Every bundle this repository ships or tests: actions/<name>, the cli and test/fixtures/<name>,
// each with src/index.ts bundled by esbuild into dist/index.js (scripts/build.js).
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE_PARENTS = ['actions', 'test/fixtures']

// Bundles that are a folder of their own rather than one of many.
export const SINGLE_BUNDLES = ['cli']

export function listBundles() {
  const dirs = BUNDLE_PARENTS.flatMap((parent) => {
    const parentDir = path.join(ROOT, parent)
    if (!existsSync(parentDir)) return []
    return readdirSync(parentDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(parent, entry.name))
      .sort()
  })
  return [...dirs, ...SINGLE_BUNDLES]
    .filter((dir) => existsSync(path.join(ROOT, dir, 'src', 'index.ts')))
    .map((dir) => ({
      name: path.basename(dir),
      dir,
      entry: path.join(dir, 'src', 'index.ts'),
      distDir: path.join(dir, 'dist'),
      bundle: path.join(dir, 'dist', 'index.js')
    }))
}
