import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Operator } from './discover-operators.js'
import { isUnderPath as isUnder, type RequirementReference } from './requirement-references.js'

export type Changes =
  { kind: 'all'; reason: string } | { kind: 'files'; base: string; files: string[] }

export interface Selection {
  /** In build order: every operator after the ones it builds on. */
  selected: { operator: Operator; reason: string }[]
  skipped: { operator: string; reason: string }[]
}

/**
 * Which operators to build: those whose folder changed, or a path their requirements name
 * (`-e ../../shared`, `-r ../common.txt`); all of them when a shared path changed (or when nothing
 * can be compared); and every operator that builds on a selected one.
 */
export function selectOperators(
  all: Operator[],
  candidates: Operator[],
  changes: Changes,
  options: { changedOnly: boolean; sharedPaths: string[] }
): Selection {
  const reasons = new Map<string, string>()
  const everything = (reason: string) => candidates.forEach((op) => reasons.set(op.name, reason))
  if (!options.changedOnly) everything('changed-only is false')
  else if (changes.kind === 'all') everything(changes.reason)
  else {
    const shared = changes.files.find((file) => options.sharedPaths.some((p) => isUnder(file, p)))
    if (shared) everything(`shared path changed: ${shared}`)
    else {
      for (const op of candidates) {
        const changed = changes.files.filter((file) => isUnder(file, op.dir))
        const reason =
          changed.length > 0
            ? describeChanged(changed)
            : describeReferenceChanged(op.references, changes.files)
        if (reason) reasons.set(op.name, reason)
      }
    }
  }
  addDependents(all, reasons)
  const order = sortByDependencies(all.filter((op) => reasons.has(op.name)))
  return {
    selected: order.map((operator) => ({ operator, reason: reasons.get(operator.name) ?? '' })),
    skipped: candidates
      .filter((op) => !reasons.has(op.name))
      .map((op) => ({
        operator: op.name,
        reason:
          changes.kind === 'files'
            ? `nothing under ${op.dir}/${describeReferences(op.references)} changed since ${changes.base.slice(0, 7)}`
            : 'not selected'
      }))
  }
}

function addDependents(all: Operator[], reasons: Map<string, string>): void {
  for (let grew = true; grew;) {
    grew = false
    for (const op of all) {
      if (reasons.has(op.name)) continue
      const base = op.dependsOn.find((name) => reasons.has(name))
      if (base) {
        reasons.set(op.name, `builds on ${base}, which is rebuilt`)
        grew = true
      }
    }
  }
}

/** Dependencies first; a cycle is an error naming it. */
export function sortByDependencies(operators: Operator[]): Operator[] {
  const names = new Set(operators.map((op) => op.name))
  const byName = new Map(operators.map((op) => [op.name, op]))
  const done = new Set<string>()
  const visiting: string[] = []
  const order: Operator[] = []
  const visit = (op: Operator) => {
    if (done.has(op.name)) return
    if (visiting.includes(op.name)) {
      throw new ConfigurationError(
        `Operators build on each other in a circle: ${[...visiting.slice(visiting.indexOf(op.name)), op.name].join(' → ')}.`
      )
    }
    visiting.push(op.name)
    for (const dep of op.dependsOn.filter((name) => names.has(name))) visit(byName.get(dep)!)
    visiting.pop()
    done.add(op.name)
    order.push(op)
  }
  operators.forEach(visit)
  return order
}

function describeChanged(files: string[]): string {
  return `changed: ${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''}`
}

/** `requirements reference shared/ (changed: shared/util.py)`, for the first path that changed. */
function describeReferenceChanged(
  references: RequirementReference[],
  files: string[]
): string | undefined {
  for (const reference of references) {
    const changed = files.filter((file) => isUnder(file, reference.path))
    if (changed.length > 0)
      return `requirements reference ${showReference(reference)} (${describeChanged(changed)})`
  }
  return undefined
}

/** ` or shared/ (named by its requirements)`, to follow `nothing under operators/api/`. */
function describeReferences(references: RequirementReference[]): string {
  if (references.length === 0) return ''
  const shown = references.slice(0, 3).map(showReference)
  if (references.length > 3) shown.push(`${references.length - 3} more`)
  const list =
    shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`
  return ` or ${list} (named by its requirements)`
}

function showReference(reference: RequirementReference): string {
  if (reference.path === '.') return './'
  return reference.folder ? `${reference.path}/` : reference.path
}
