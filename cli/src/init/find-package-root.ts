import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The release-actions package folder, which ships `workflows/` and `examples/deploy/`: found
 * upwards from this module, so it is the same from the source (cli/src/init) and from the
 * bundle (cli/dist), whatever the current folder.
 */
export function findPackageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'workflows', 'merge-main.yml'))) return dir
    if (path.dirname(dir) === dir)
      throw new Error(`no workflows/merge-main.yml above ${from}: the package is incomplete`)
  }
}
