// esbuild plugins that keep a bundle to what it runs, and its start-up to what it needs.
import path from 'node:path'

// Defines `require` for the bundle's own module scope: the CommonJS code bundled (undici, tunnel,
// semver) and the builtins below load through it.
export const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module';" +
  ' const require = __createRequire(import.meta.url);'

/**
 * Loads these builtins with `require`, never with an ESM `import`: Node builds an ESM namespace
 * for a builtin by reading every export, lazy ones too, so `import * as http from 'node:http'`
 * also loads Node's internal undici, http2 and worker_threads (75 more modules on Node 24), which
 * `require` does not. The bundled code sees the same module object either way. Only where it
 * pays: every builtin so costs more at start-up (a chunk file per shared builtin) than it saves.
 */
export function requireBuiltins(names) {
  const builtins = new Set(names.flatMap((name) => [name, `node:${name}`]))
  return {
    name: 'require-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z0-9_:/]+$/ }, (args) => {
        if (!builtins.has(args.path)) return undefined
        // The require below, from inside the stand-in module, is Node's own. An import() stays
        // Node's too: through the stand-in (CommonJS) it would see only a default export.
        if (args.namespace === 'builtin' || args.kind === 'dynamic-import')
          return { path: args.path, external: true }
        return { path: args.path.replace(/^node:/, ''), namespace: 'builtin' }
      })
      build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)})`,
        loader: 'js'
      }))
    }
  }
}

/**
 * Marks every module of these packages as doing nothing when loaded, so that a module nobody uses
 * is dropped with everything it imports. @actions/core imports @actions/http-client (and with it
 * undici, two thirds of a bundle) for getIDToken alone, and @actions/exec for `platform`; no
 * action calls either.
 */
export function sideEffectFree(packages) {
  const dirs = packages.map((name) => `${path.sep}node_modules${path.sep}${name}${path.sep}`)
  return {
    name: 'side-effect-free',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.sideEffectFree || args.namespace !== 'file') return undefined
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { sideEffectFree: true }
        })
        if (resolved.errors.length > 0) return { errors: resolved.errors }
        if (!dirs.some((dir) => resolved.path.includes(dir))) return undefined
        const { path: file, namespace, external, suffix } = resolved
        return { path: file, namespace, external, suffix, sideEffects: false }
      })
    }
  }
}

/**
 * `import()` of a CommonJS module that the bundle carries sees only a default export (esbuild
 * does not give it the named exports Node would): each such import, to refuse the build.
 */
export function findDynamicCommonJsImports(metafile) {
  const found = []
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.kind !== 'dynamic-import' || imported.external) continue
      if (metafile.inputs[imported.path]?.format === 'cjs')
        found.push(`${file}: import('${imported.original ?? imported.path}')`)
    }
  }
  return found
}
