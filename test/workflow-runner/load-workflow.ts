import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
  type WorkflowTemplate
} from '@actions/workflow-parser'
import YAML from 'yaml'

/** One step as the runner needs it: the parsed `if:` and the YAML values of everything else. */
export interface StepModel {
  /** The step's `id:`; steps without one are not in the `steps` context. */
  id?: string
  index: number
  name?: string
  /** GitHub's rewritten condition: `success() && (…)` unless a status function is used. */
  if: string
  uses?: string
  run?: string
  with: Record<string, unknown>
  env: Record<string, unknown>
  continueOnError: unknown
  workingDirectory?: string
  timeoutMinutes?: number
}

export interface JobModel {
  id: string
  needs: string[]
  if: string
  /** The job's YAML: `outputs`, `strategy`, `environment`, `env`, `permissions`, … */
  raw: Record<string, unknown> & {
    outputs?: Record<string, string>
    strategy?: { matrix?: unknown; 'fail-fast'?: unknown }
    environment?: unknown
    env?: Record<string, unknown>
    permissions?: unknown
    'timeout-minutes'?: number
  }
  steps: StepModel[]
}

export interface WorkflowModel {
  file: string
  name: string
  /** The workflow's YAML, as the runner reads values (block scalars folded and chomped). */
  raw: Record<string, unknown> & { env?: Record<string, unknown>; permissions?: unknown }
  template: WorkflowTemplate
  jobs: JobModel[]
}

/**
 * Parses a workflow with GitHub's own parser (schema errors fail here, as they fail the run on
 * GitHub). `if:` comes from the converted template; every other value from the YAML, because the
 * converter drops `with:` and builds block-scalar expressions from the raw source.
 */
export async function loadWorkflow(file: string): Promise<WorkflowModel> {
  const content = readFileSync(file, 'utf8')
  const parsed = parseWorkflow({ name: path.basename(file), content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors()
  if (errors.length > 0 || !parsed.value) {
    throw new Error(`${file} does not parse: ${errors.map((e) => e.message).join('; ')}`)
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  if (template.errors?.length) {
    throw new Error(`${file}: ${template.errors.map((e) => e.Message).join('; ')}`)
  }
  const raw = YAML.parse(content) as WorkflowModel['raw'] & {
    jobs: Record<string, JobModel['raw'] & { steps?: Record<string, unknown>[] }>
  }
  const jobs = template.jobs.map((job): JobModel => {
    if (job.type !== 'job') throw new Error(`${file}: reusable workflow jobs are not run here.`)
    const id = job.id.value
    const rawJob = raw.jobs[id]
    if (!rawJob) throw new Error(`${file}: job ${id} is in the template but not in the YAML.`)
    const rawSteps = rawJob.steps ?? []
    return {
      id,
      needs: (job.needs ?? []).map((need) => need.value),
      if: job.if.expression,
      raw: rawJob,
      steps: job.steps.map((step, index): StepModel => {
        const rawStep = rawSteps[index] ?? {}
        if (!('if' in step) || !step.if)
          throw new Error(`${file}: job ${id} has a step kind not run here.`)
        return {
          id: typeof rawStep.id === 'string' ? rawStep.id : undefined,
          index,
          name: typeof rawStep.name === 'string' ? rawStep.name : undefined,
          if: step.if.expression,
          uses: typeof rawStep.uses === 'string' ? rawStep.uses : undefined,
          run: typeof rawStep.run === 'string' ? rawStep.run : undefined,
          with: (rawStep.with as Record<string, unknown> | undefined) ?? {},
          env: (rawStep.env as Record<string, unknown> | undefined) ?? {},
          continueOnError: rawStep['continue-on-error'] ?? false,
          workingDirectory:
            typeof rawStep['working-directory'] === 'string'
              ? rawStep['working-directory']
              : undefined,
          timeoutMinutes:
            typeof rawStep['timeout-minutes'] === 'number' ? rawStep['timeout-minutes'] : undefined
        }
      })
    }
  })
  return {
    file,
    name: typeof raw.name === 'string' ? raw.name : path.basename(file),
    raw,
    template,
    jobs
  }
}
