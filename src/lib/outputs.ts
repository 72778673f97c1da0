import * as core from '@actions/core'

export type OutputValue = string | number | boolean | object | null | undefined

/** Outputs are strings on the runner: lists and objects go out as JSON, absent values as ''. */
export function formatOutput(value: OutputValue): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

export function setOutputs(
  outputs: Record<string, OutputValue>,
  setOutput: (name: string, value: string) => void = core.setOutput
): void {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, formatOutput(value))
}
