// Bundles every action, the cli and each test fixture action with esbuild:
// node scripts/build.js [name...]
// Each dist/ gets index.js, the chunks it loads with import() once its inputs are read,
// licenses.txt (every bundled package and its licence) and a package.json saying it is ESM.
import esbuild from 'esbuild'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  findDynamicCommonJsImports,
  REQUIRE_BANNER,
  requireBuiltins,
  sideEffectFree
} from './bundle-plugins.js'
import { listBundles, ROOT } from './list-bundles.js'
import { listLicenses } from './list-licenses.js'

// The actions run on the runner's node24; the cli is a package for Node 20 and later.
const TARGETS = { cli: 'node20' }

const only = process.argv.slice(2)
const bundles = listBundles().filter((b) => only.length === 0 || only.includes(b.name))
if (only.length > 0 && bundles.length !== only.length) {
  console.error(`Unknown bundle in: ${only.join(', ')}`)
  process.exit(2)
}

for (const bundle of bundles) {
  const distDir = path.join(ROOT, bundle.distDir)
  // A stale file left in dist/ would ship; start from nothing.
  rmSync(distDir, { recursive: true, force: true })
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    // Paths (and so chunk names) as seen from here, also where node_modules is a symbolic link.
    preserveSymlinks: true,
    entryPoints: { index: bundle.entry },
    outdir: distDir,
    // Next to index.js: code that finds files from import.meta.url sees the same folder.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: TARGETS[bundle.name] ?? 'node24',
    minify: true,
    // The licences are in licenses.txt, whole.
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    banner: { js: REQUIRE_BANNER },
    plugins: [
      requireBuiltins(['http', 'https']),
      sideEffectFree(['@actions/core', '@actions/exec', '@actions/http-client', '@actions/io'])
    ]
  })
  const broken = findDynamicCommonJsImports(result.metafile)
  if (broken.length > 0) {
    console.error(
      `${bundle.dir}: import() of CommonJS sees no named exports:\n${broken.join('\n')}`
    )
    process.exit(1)
  }
  writeFileSync(path.join(distDir, 'package.json'), '{\n  "type": "module"\n}\n')
  writeFileSync(path.join(distDir, 'licenses.txt'), listLicenses(result.metafile, ROOT))
  console.log(`built ${bundle.bundle}`)
}
