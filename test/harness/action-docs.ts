// Compares an action's README (its `## Inputs` and `## Outputs` tables) with its action.yml: the
// same input and output names, the same defaults, the same required inputs. Returns problems as
// text; none means the README tells the truth about the contract.
import YAML from 'yaml'

interface ActionManifest {
  inputs?: Record<string, { required?: boolean; default?: unknown } | null>
  outputs?: Record<string, unknown>
}

export interface ReadmeRow {
  /** The names in the first cell: one, or several (`username`, `password`). */
  names: string[]
  /** The default cell, for inputs; undefined for outputs. */
  defaultCell?: string
}

/**
 * A default that is only described, not written out, is accepted for a literal default this
 * long or longer (sync-branches' `pr-body`: "a short explanation").
 */
const LONG_DEFAULT = 40

/** The rows of the first table after the `## <heading>` line; throws when there is none. */
export function readReadmeTable(readme: string, heading: 'Inputs' | 'Outputs'): ReadmeRow[] {
  const lines = readme.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`)
  if (start < 0) throw new Error(`no "## ${heading}" section`)
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break
    if (line.startsWith('|')) rows.push(splitRow(line))
    else if (rows.length > 0) break
  }
  if (rows.length < 3) throw new Error(`the "## ${heading}" section has no table`)
  // rows[0] is the header, rows[1] the |---| line.
  return rows.slice(2).map((cells) => ({
    names: [...(cells[0] ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]!),
    ...(heading === 'Inputs' ? { defaultCell: cells[1] ?? '' } : {})
  }))
}

function splitRow(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}

/** The values a default cell writes out: `a`, or `a`, `b` for a list; undefined for prose. */
function literalValues(cell: string): string[] | undefined {
  if (!/^`[^`]*`(?:,\s*`[^`]*`)*$/.test(cell)) return undefined
  return [...cell.matchAll(/`([^`]*)`/g)].map((match) => match[1]!)
}

/** A default as a list of values: lines or commas, trimmed, empty ones dropped. */
function defaultValues(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter(Boolean)
}

export function compareReadmeWithAction(readme: string, actionYml: string): string[] {
  const manifest = (YAML.parse(actionYml) ?? {}) as ActionManifest
  const problems: string[] = []
  const inputs = manifest.inputs ?? {}
  const outputs = manifest.outputs ?? {}

  const inputRows = readReadmeTable(readme, 'Inputs')
  const documented = new Map<string, string>()
  for (const row of inputRows) {
    if (row.names.length === 0) problems.push('an Inputs row names no input')
    for (const name of row.names) {
      if (documented.has(name)) problems.push(`input "${name}" is documented twice`)
      documented.set(name, row.defaultCell ?? '')
    }
  }
  for (const name of Object.keys(inputs))
    if (!documented.has(name)) problems.push(`input "${name}" is not in the README's Inputs table`)
  for (const [name, cell] of documented) {
    const spec = inputs[name]
    if (spec === undefined) {
      problems.push(`input "${name}" is in the README but not in action.yml`)
      continue
    }
    problems.push(...compareDefault(name, cell, spec ?? {}))
  }

  const outputRows = readReadmeTable(readme, 'Outputs')
  const documentedOutputs = outputRows.flatMap((row) => row.names)
  for (const name of Object.keys(outputs))
    if (!documentedOutputs.includes(name))
      problems.push(`output "${name}" is not in the README's Outputs table`)
  for (const name of documentedOutputs)
    if (!(name in outputs)) problems.push(`output "${name}" is in the README but not in action.yml`)
  return problems
}

function compareDefault(
  name: string,
  cell: string,
  spec: { required?: boolean; default?: unknown }
): string[] {
  const actual = spec.default === undefined || spec.default === null ? '' : String(spec.default)
  const required = spec.required === true
  const saysRequired = cell === '(required)'
  if (saysRequired !== required)
    return [
      `input "${name}": the README says ${saysRequired ? 'required' : 'optional'}, action.yml ${required ? 'required' : 'optional'}`
    ]
  if (required) return []
  if (cell === '' || cell === 'empty') {
    return actual === ''
      ? []
      : [`input "${name}": the README shows no default, action.yml has "${actual}"`]
  }
  const literal = literalValues(cell)
  if (literal) {
    const expected = defaultValues(actual)
    const shown = literal.flatMap(defaultValues)
    return JSON.stringify(shown) === JSON.stringify(expected)
      ? []
      : [`input "${name}": the README's default is ${cell}, action.yml's is "${actual}"`]
  }
  // Described in words: a default the action computes (action.yml has none), or a long literal.
  if (actual === '' || actual.length >= LONG_DEFAULT) return []
  return [
    `input "${name}": the README describes the default as "${cell}", action.yml's is "${actual}": write it out`
  ]
}
