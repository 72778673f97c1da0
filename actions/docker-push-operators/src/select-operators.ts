import { ConfigurationError } from '../../../src/lib/errors.js'
import type { Operator } from './discover-operators.js'

export type Changes =
  { kind: 'all'; reason: string } | { kind: 'files'; base: string; files: string[] }

export interface Selection {
  /** In build order: every operator after the ones it builds on. */
  selected: { operator: Operator; reason: string }[]
  skipped: { operator: string; reason: string }[]
}

/**
 * Which operators to build: those whose folder changed, all of them when a shared path changed
 * (or when nothing can be compared), and every operator that builds on a selected one.
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
        if (changed.length > 0) reasons.set(op.name, describeChanged(changed))
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
            ? `nothing under ${op.dir}/ changed since ${changes.base.slice(0, 7)}`
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

function isUnder(file: string, dir: string): boolean {
  const prefix = dir.replace(/^\.\//, '').replace(/\/+$/, '')
  return prefix === '' || prefix === '.' || file === prefix || file.startsWith(`${prefix}/`)
}

function describeChanged(files: string[]): string {
  return `changed: ${files[0]}${files.length > 1 ? ` and ${files.length - 1} more` : ''}`
}
