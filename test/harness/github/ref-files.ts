import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Every ref file of a repository, names and contents (`packed-refs` and the loose ones under
 * `refs/`), read without starting git: the same text means the same refs. Undefined where refs
 * are not plain files (reftable, a linked worktree) or not there: only `git for-each-ref` can tell.
 */
export function readRefFiles(gitDir: string): string | undefined {
  const has = (name: string) => existsSync(path.join(gitDir, name))
  if (!has('refs') || has('reftable') || has('commondir')) return undefined
  return [readFile(path.join(gitDir, 'packed-refs')), ...readLooseRefs(gitDir, 'refs')].join('\0')
}

function readLooseRefs(gitDir: string, dir: string): string[] {
  const entries = readdirSync(path.join(gitDir, dir), { withFileTypes: true })
  return entries
    .filter((entry) => !entry.name.endsWith('.lock'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const name = `${dir}/${entry.name}`
      if (entry.isDirectory()) return readLooseRefs(gitDir, name)
      return [`${name} ${readFile(path.join(gitDir, name))}`]
    })
}

// A ref deleted between listing and reading reads as empty: the text still changes.
function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
