import type { Json } from './expressions.js'

export type MatrixEntry = Record<string, Json>

/**
 * Expands an evaluated `strategy.matrix` as GitHub does: the product of its vectors, minus
 * `exclude`, then each `include` either extends the combinations it matches without overwriting
 * their original values, or is added as a combination of its own.
 */
export function expandMatrix(matrix: Json): MatrixEntry[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new Error(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`)
  }
  const { include = [], exclude = [], ...vectors } = matrix
  if (!Array.isArray(include) || !Array.isArray(exclude)) {
    throw new Error('strategy.matrix include and exclude must be sequences')
  }
  let combos: MatrixEntry[] = Object.keys(vectors).length > 0 ? [{}] : []
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error(`Matrix vector '${key}' does not contain any values`)
    }
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })))
  }
  combos = combos.filter((combo) => !exclude.some((rule) => matches(combo, rule as MatrixEntry)))
  const original = combos.map((combo) => ({ ...combo }))
  for (const extra of include as MatrixEntry[]) {
    let extended = false
    original.forEach((base, index) => {
      const combo = combos[index] ?? {}
      const conflicts = Object.entries(extra).some(
        ([key, value]) => key in base && JSON.stringify(base[key]) !== JSON.stringify(value)
      )
      if (!conflicts) {
        Object.assign(combo, extra, base)
        extended = true
      }
    })
    if (!extended) combos.push({ ...extra })
  }
  if (combos.length === 0) throw new Error('Matrix must define at least one vector')
  return combos
}

function matches(combo: MatrixEntry, rule: MatrixEntry): boolean {
  return Object.entries(rule).every(
    ([key, value]) => JSON.stringify(combo[key]) === JSON.stringify(value)
  )
}

/** GitHub's display name of a matrix job: `unit-tests (api, operators/api)`. */
export function describeMatrixJob(jobId: string, entry: MatrixEntry | undefined): string {
  if (!entry) return jobId
  const values = Object.values(entry).map((value) =>
    typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)
  )
  return `${jobId} (${values.join(', ')})`
}
