import * as core from '@actions/core'
import { actionInputSource, type InputSource } from './inputs.js'
import { writeJobSummary, type SummaryWriter } from './summary.js'

/** The side effects every action's `run(deps)` takes, so tests and local runs can swap them. */
export interface ActionDeps {
  inputs: InputSource
  env: NodeJS.ProcessEnv
  setOutput: (name: string, value: string) => void
  setFailed: (message: string) => void
  info: (message: string) => void
  warning: (message: string) => void
  writeSummary: SummaryWriter
}

export const defaultActionDeps: ActionDeps = {
  inputs: actionInputSource,
  env: process.env,
  setOutput: core.setOutput,
  setFailed: core.setFailed,
  info: core.info,
  warning: core.warning,
  writeSummary: writeJobSummary
}
