import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBareRemote, createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { runAction } from '../../../test/harness/run-action.js'
import { loadWebhookExample } from '../../../test/harness/webhook-events.js'

// Inputs and repository files as an attacker (or a careless pull request) writes them, against
// the committed bundle with real git. Plan mode and dry runs: nothing here needs an engine.
const repos: GitRepo[] = []
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()))
})

/** Two operators, a second commit changing one, and `origin` a bare clone (so fetch reaches it). */
async function createOperatorsRepo() {
  const repo = await createGitRepo()
  repos.push(repo)
  const first = await repo.commit({
    message: 'feat: operators',
    files: {
      'operators/alpha/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'operators/alpha/app.txt': 'alpha 1\n',
      'operators/beta/Dockerfile': 'FROM scratch\nARG EXTRAS\n',
      'README.md': '# operators\n'
    }
  })
  await repo.commit({ message: 'fix: alpha', files: { 'operators/alpha/app.txt': 'alpha 2\n' } })
  await createBareRemote(repo)
  return { repo, first }
}

async function plan(repo: GitRepo, before: string, inputs: Record<string, string>) {
  const sha = await repo.head()
  const result = await runAction('docker-push-operators', {
    inputs: { registry: 'registry.example.com', namespace: 'team', mode: 'plan', ...inputs },
    workspace: repo.dir,
    sha,
    event: {
      name: 'push',
      payload: loadWebhookExample('push', { overrides: { before, after: sha } })
    },
    env: { HOME: repo.root },
    timeoutMs: 30_000
  })
  const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message)
  return { ...result, errors, json: (name: string) => JSON.parse(result.outputs[name] ?? 'null') }
}

describe('docker-push-operators refuses hostile inputs and files', () => {
  it('a base that is a git option is refused, naming the input, and runs nothing', async () => {
    const { repo, first } = await createOperatorsRepo()
    const marker = path.join(repo.root, 'pwned')
    for (const base of [`--upload-pack=touch ${marker}`, `-u touch ${marker}`]) {
      const result = await plan(repo, first, { base })
      expect(result.exitCode).toBe(1)
      expect(result.errors.join('\n')).toMatch(/Input "base" is .*accepted: a commit id/)
      expect(existsSync(marker)).toBe(false)
    }
  })

  it('a base that is a tag or a commit still selects what changed since it', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.tag('v1.0.0', { sha: first })
    for (const base of ['v1.0.0', first, first.slice(0, 12)]) {
      const result = await plan(repo, '0'.repeat(40), { base })
      expect(result.errors).toEqual([])
      expect(result.json('operators')).toEqual(['alpha'])
    }
  })

  it('a Dockerfile linked to /dev/zero stops planning at once, naming the file', async () => {
    const { repo, first } = await createOperatorsRepo()
    rmSync(path.join(repo.dir, 'operators/beta/Dockerfile'))
    symlinkSync('/dev/zero', path.join(repo.dir, 'operators/beta/Dockerfile'))
    const result = await plan(repo, first, {})
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain('operators/beta/Dockerfile')
    expect(result.errors.join('\n')).toMatch(/outside the repository|not a regular file/)
  })

  it('a Dockerfile that is a pipe inside the repository is refused, not waited on', async () => {
    const { repo, first } = await createOperatorsRepo()
    rmSync(path.join(repo.dir, 'operators/beta/Dockerfile'))
    execFileSync('mkfifo', [path.join(repo.dir, 'operators/beta/Dockerfile')])
    const result = await plan(repo, first, {})
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toContain('operators/beta/Dockerfile is not a regular file')
  })

  it('an operators-dir outside the workspace is refused, also through a link', async () => {
    const { repo, first } = await createOperatorsRepo()
    const outside = path.join(repo.root, 'elsewhere')
    mkdirSync(path.join(outside, 'evil'), { recursive: true })
    execFileSync('cp', [
      path.join(repo.dir, 'operators/alpha/Dockerfile'),
      path.join(outside, 'evil')
    ])
    symlinkSync(outside, path.join(repo.dir, 'linked'))
    for (const dir of ['../elsewhere', outside, 'linked']) {
      const result = await plan(repo, first, { 'operators-dir': dir })
      expect(result.exitCode).toBe(1)
      expect(result.errors.join('\n')).toMatch(/Input "operators-dir" is .* outside the workspace/)
      expect(result.outputs.operators).toBeUndefined()
    }
  })

  it('build-args: one per line, a value with commas and = kept whole', async () => {
    const { repo, first } = await createOperatorsRepo()
    const result = await plan(repo, first, {
      mode: 'build',
      'dry-run': 'true',
      'changed-only': 'false',
      operators: 'beta',
      engine: 'podman',
      'build-args': 'EXTRAS=dev,test\n\nFLAGS=--opt=a=b\n'
    })
    expect(result.errors).toEqual([])
    expect(result.summary).toContain('--build-arg EXTRAS=dev,test --build-arg FLAGS=--opt=a=b')
  })

  it('build-args: the old comma form on one line is refused with the one-per-line hint', async () => {
    const { repo, first } = await createOperatorsRepo()
    const result = await plan(repo, first, { 'build-args': 'A=1,B=2' })
    expect(result.exitCode).toBe(1)
    expect(result.errors.join('\n')).toMatch(/Input "build-args" .*one KEY=VALUE per line/)
  })
})
