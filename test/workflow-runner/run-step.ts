import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import {
  parseCommandFile,
  parseWorkflowCommands,
  type WorkflowCommand
} from '../harness/command-files.js'
import { REPO_ROOT, inputEnvName } from '../harness/run-action.js'
import { evaluateTemplate, toFieldString, type EvaluationScope, type Json } from './expressions.js'
import { spawnStep } from './spawn-step.js'
import {
  THIRD_PARTY_ACTIONS,
  type StandInContext,
  type StandInResult
} from './third-party-actions.js'

export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface StepRun {
  id?: string
  name: string
  uses?: string
  run?: string
  outcome: StepOutcome
  conclusion: StepOutcome
  /** The evaluated `with:` (actions) as the action received it. */
  inputs: Record<string, string>
  outputs: Record<string, string>
  exitCode?: number
  durationMs: number
  /** stdout and stderr with every secret and `::add-mask::` value replaced by `***`. */
  log: string
  summary: string
  commands: WorkflowCommand[]
}

/** What a step leaves for the steps after it, besides its outputs. */
export interface StepEffects {
  env: Record<string, string>
  path: string[]
  masks: string[]
}

export interface StepInvocation {
  uses?: string
  run?: string
  with: Record<string, string>
  env: Record<string, string>
  workspace: string
  workingDirectory?: string
  timeoutMs: number
  signal: AbortSignal
  /** Files and folders of this step: GITHUB_OUTPUT, GITHUB_ENV, … */
  files: StepFiles
  scopeForDefaults: EvaluationScope
  standIn: Omit<StandInContext, 'inputs' | 'workspace' | 'env'>
}

export interface StepFiles {
  output: string
  env: string
  path: string
  summary: string
  state: string
  event: string
  temp: string
}

interface Executed {
  exitCode: number
  stdout: string
  stderr: string
  interrupted?: 'cancelled' | 'timed-out'
  addPath?: string[]
  outputs?: Record<string, string>
  /** A third-party action's post step, for the runner to run after the job's steps. */
  post?: () => Promise<StandInResult>
}

const OUR_ACTION =
  /^(?:[^/]+\/release-actions\/actions\/([a-z0-9-]+)@.+|\.\/actions\/([a-z0-9-]+))$/

/** Runs one `uses:` or `run:` step and reads back what it wrote to the runner's files. */
export async function executeStep(step: StepInvocation): Promise<{
  executed: Executed
  inputs: Record<string, string>
  effects: StepEffects
  summary: string
  commands: WorkflowCommand[]
  outputs: Record<string, string>
}> {
  for (const file of [
    step.files.output,
    step.files.env,
    step.files.path,
    step.files.summary,
    step.files.state
  ]) {
    writeFileSync(file, '')
  }
  const fileEnv = {
    GITHUB_OUTPUT: step.files.output,
    GITHUB_ENV: step.files.env,
    GITHUB_PATH: step.files.path,
    GITHUB_STEP_SUMMARY: step.files.summary,
    GITHUB_STATE: step.files.state,
    GITHUB_EVENT_PATH: step.files.event,
    RUNNER_TEMP: step.files.temp
  }
  const env = { ...step.env, ...fileEnv }
  const cwd = path.resolve(step.workspace, step.workingDirectory ?? '')
  let inputs = step.with
  let executed: Executed
  if (step.run !== undefined) {
    const script = path.join(
      step.files.temp,
      `step-${Date.now()}-${Math.random().toString(36).slice(2)}.sh`
    )
    writeFileSync(script, step.run)
    executed = await spawnStep('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env,
      timeoutMs: step.timeoutMs,
      signal: step.signal
    })
  } else if (step.uses && OUR_ACTION.test(step.uses)) {
    const match = OUR_ACTION.exec(step.uses)
    const name = match?.[1] ?? match?.[2] ?? ''
    const action = readActionManifest(name)
    inputs = resolveInputs(name, action.inputs, step.with, step.scopeForDefaults)
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([key, value]) => [inputEnvName(key), value])
    )
    executed = await spawnStep(
      process.execPath,
      [path.join(REPO_ROOT, 'actions', name, action.main)],
      {
        cwd,
        env: { ...env, ...inputEnv },
        timeoutMs: step.timeoutMs,
        signal: step.signal
      }
    )
  } else {
    const uses = step.uses ?? ''
    const key = uses.replace(/@.*$/, '')
    const standIn = THIRD_PARTY_ACTIONS[key]
    if (!standIn) throw new Error(`The workflow runner has no stand-in for ${uses}.`)
    try {
      const result = await standIn({ ...step.standIn, inputs, workspace: step.workspace, env })
      executed = {
        exitCode: result.exitCode,
        stdout: result.log,
        stderr: '',
        addPath: result.addPath,
        outputs: result.outputs,
        post: result.post
      }
    } catch (error) {
      executed = {
        exitCode: 1,
        stdout: '',
        stderr: error instanceof Error ? error.message : String(error)
      }
    }
  }
  const commands = parseWorkflowCommands(executed.stdout)
  const outputs = {
    ...executed.outputs,
    ...parseCommandFile(readFileSync(step.files.output, 'utf8'))
  }
  const effects: StepEffects = {
    env: parseCommandFile(readFileSync(step.files.env, 'utf8')),
    path: [
      ...readFileSync(step.files.path, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      ...(executed.addPath ?? [])
    ],
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message)
  }
  return {
    executed,
    inputs,
    effects,
    summary: readFileSync(step.files.summary, 'utf8'),
    commands,
    outputs
  }
}

interface ActionManifest {
  inputs: Record<string, { default?: unknown; required?: boolean }>
  main: string
}

function readActionManifest(name: string): ActionManifest {
  const manifest = YAML.parse(
    readFileSync(path.join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')
  ) as {
    inputs?: ActionManifest['inputs']
    runs: { using: string; main: string }
  }
  if (manifest.runs.using !== 'node24')
    throw new Error(`${name}: runs.using is ${manifest.runs.using}`)
  return { inputs: manifest.inputs ?? {}, main: manifest.runs.main }
}

/** `with:` values, then action.yml defaults (expressions evaluated as the runner does). */
function resolveInputs(
  name: string,
  declared: ActionManifest['inputs'],
  given: Record<string, string>,
  scope: EvaluationScope
): Record<string, string> {
  const unknown = Object.keys(given).filter((key) => !(key in declared))
  if (unknown.length > 0) {
    throw new Error(
      `${name} has no input(s) ${unknown.join(', ')}; declared: ${Object.keys(declared).join(', ')}`
    )
  }
  const inputs: Record<string, string> = {}
  for (const [key, spec] of Object.entries(declared)) {
    if (key in given) inputs[key] = given[key] ?? ''
    else if (spec.default !== undefined)
      inputs[key] = toFieldString(evaluateTemplate(String(spec.default), scope) as Json)
  }
  return inputs
}
