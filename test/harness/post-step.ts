import { readFileSync } from 'node:fs'
import { evaluateCondition, type Json } from '../workflow-runner/expressions.js'
import { parseCommandFile } from './command-files.js'

/** How a step ended, as the status functions of a later condition see it. */
export type StepStatus = 'success' | 'failure' | 'cancelled'

export interface ActionRuns {
  using: string
  main: string
  post?: string
  'post-if'?: string
}

/**
 * Whether the runner runs `runs.post` after main ended with `status`: `post-if` (default
 * `always()`) is evaluated with the job's status, which here is main's.
 */
export function shouldRunPost(
  runs: ActionRuns,
  status: StepStatus,
  contexts: Record<string, Json>
): boolean {
  if (!runs.post) return false
  const condition = (runs['post-if'] ?? 'always()').replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1')
  return evaluateCondition(condition, {
    contexts,
    status: {
      success: () => status === 'success',
      failure: () => status === 'failure',
      cancelled: () => status === 'cancelled'
    }
  })
}

/** The `STATE_<name>` variables the runner gives the post step from main's GITHUB_STATE file. */
export function readStateEnv(stateFile: string): Record<string, string> {
  const state = parseCommandFile(readFileSync(stateFile, 'utf8'))
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]))
}
