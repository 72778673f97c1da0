import { errorMessage } from '../../../src/lib/errors.js'
import { runCommand } from '../../../src/lib/exec.js'
import { InitInputError, type ActionSource } from './parse-source.js'

const LS_REMOTE_TIMEOUT_MS = 30_000

/**
 * The commit `source.ref` names in `source.url`: a tag (an annotated one peeled to its commit)
 * before a branch of the same name, as git itself prefers.
 */
export async function resolveRef(source: ActionSource): Promise<string> {
  const { ref, url } = source
  const wanted = [`refs/tags/${ref}^{}`, `refs/tags/${ref}`, `refs/heads/${ref}`]
  let stdout: string
  try {
    ;({ stdout } = await runCommand('git', ['ls-remote', '--end-of-options', url, ...wanted], {
      silent: true,
      timeoutMs: LS_REMOTE_TIMEOUT_MS,
      // No password prompt: an unknown or private repository fails instead of waiting.
      env: { GIT_TERMINAL_PROMPT: '0' }
    }))
  } catch (error) {
    const reason = errorMessage(error).split('\n').filter(Boolean).pop() ?? ''
    throw new InitInputError(`cannot read ${url} with git ls-remote: ${reason}`)
  }
  const shas = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const [sha, name] = line.split('\t')
    if (sha && name && /^[0-9a-f]{40}$/.test(sha)) shas.set(name, sha)
  }
  const sha = wanted.map((name) => shas.get(name)).find(Boolean)
  if (!sha) throw new InitInputError(`${url} has no tag or branch "${ref}"`)
  return sha
}
