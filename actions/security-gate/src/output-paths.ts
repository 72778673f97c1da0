import { existsSync, statSync } from 'node:fs'
import { ConfigurationError } from '../../../src/lib/errors.js'
import { resolveOutputPath } from '../../../src/lib/output-paths.js'

export { isInside, resolveOutputPath, writeOutputFile } from '../../../src/lib/output-paths.js'

/** The `report` and `sarif` targets, refused when either is unsafe or both are one file. */
export function resolveOutputPaths(
  values: { report: string; sarif: string },
  workspace: string
): { report: string; sarif: string } {
  const report = resolveOutputPath('report', values.report, workspace)
  const sarif = resolveOutputPath('sarif', values.sarif, workspace)
  const sameInode = (() => {
    if (!existsSync(report) || !existsSync(sarif)) return false
    const [a, b] = [statSync(report), statSync(sarif)]
    return a.dev === b.dev && a.ino === b.ino
  })()
  if (report === sarif || sameInode) {
    throw new ConfigurationError(
      `Inputs "report" ("${values.report}") and "sarif" ("${values.sarif}") are the same file; accepted: two different files.`
    )
  }
  return { report, sarif }
}
