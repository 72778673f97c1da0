import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pathWithBandit } from '../../../test/harness/bandit.js'
import { createBareRemote, createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { runAction } from '../../../test/harness/run-action.js'
import { loadWebhookExample } from '../../../test/harness/webhook-events.js'

const SHELL_TRUE = 'import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n'
// An expiry the gate accepts whenever the tests run: at most a year ahead.
const SOON = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)
const ALLOW_B602 = [
  '- id: B602',
  '  path: operators/ocr/**',
  '  reason: the command is a constant',
  `  expires: ${SOON}`,
  ''
].join('\n')
const banditOnly = { 'pip-audit': 'false', 'install-tools': 'false' }

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A base commit (with or without an allowlist) and a pull request commit on top, checked out. */
async function pullRequestRepo(options: { base?: string; head?: string | null }) {
  const repo = await createGitRepo()
  cleanups.push(repo.cleanup)
  const base = await repo.commit({
    message: 'base',
    files: {
      'operators/ocr/app.py': SHELL_TRUE,
      ...(options.base ? { '.security-allowlist.yml': options.base } : {})
    }
  })
  await repo.git(['checkout', '-q', '-b', 'patch'])
  const head = await repo.commit({
    message: 'the pull request',
    files: {
      'operators/ocr/more.py': 'x = 1\n',
      ...(options.head !== undefined ? { '.security-allowlist.yml': options.head } : {})
    }
  })
  return { repo, base, head }
}

function pullRequestEvent(base: string, head: string, labels: string[] = []) {
  return {
    name: 'pull_request',
    payload: loadWebhookExample('pull_request', {
      action: 'opened',
      overrides: {
        pull_request: {
          base: { ref: 'main', sha: base },
          head: { ref: 'patch', sha: head },
          labels: labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false }))
        }
      }
    })
  }
}

async function gate(
  workspace: string,
  event: { name: string; payload?: Record<string, unknown> } | undefined,
  inputs: Record<string, string> = {}
) {
  const result = await runAction('security-gate', {
    inputs: { ...banditOnly, ...inputs },
    workspace,
    ...(event ? { event } : {}),
    env: { PATH: pathWithBandit() }
  })
  const annotations = result.commands.filter(
    (c) => c.command === 'error' || c.command === 'warning'
  )
  const reportFile = path.join(workspace, 'security-gate.json')
  return {
    ...result,
    errors: annotations.filter((a) => a.command === 'error').map((a) => a.message),
    warnings: annotations.filter((a) => a.command === 'warning').map((a) => a.message),
    report: existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined
  }
}

describe('security-gate on a pull request: the allowlist is the base commit’s', () => {
  it('an entry the pull request adds is proposed and does not count: still blocking', async () => {
    const { repo, base, head } = await pullRequestRepo({ head: ALLOW_B602 })
    const result = await gate(repo.dir, pullRequestEvent(base, head))
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'fail', blocking: '1' })
    expect(result.errors[0]).toContain(
      '.security-allowlist.yml line 1 (B602) is proposed by this pull request and would allow it once a maintainer sets the "security-exception" label'
    )
    expect(result.report).toMatchObject({
      outcome: 'fail',
      allowlistSource: `base ${base}`,
      exceptionLabel: { name: 'security-exception', set: false },
      proposedAllowlistEntries: [
        {
          label: '.security-allowlist.yml line 1 (B602)',
          change: 'added',
          id: 'B602',
          path: 'operators/ocr/**',
          reason: 'the command is a constant',
          expires: SOON,
          counted: false
        }
      ]
    })
    expect(result.summary).toContain('#### Proposed allowlist entries')
    expect(result.summary).toContain(
      `| .security-allowlist.yml line 1 (B602) (added) | B602 | operators/ocr/** | ${SOON} | the command is a constant | no |`
    )
    expect(result.summary).toContain(
      'They do not count until a maintainer reviews them and sets the `security-exception` label.'
    )
  })

  it.each([
    ['security-exception', {}],
    ['accepted-risk', { 'exception-label': 'accepted-risk' }]
  ])('the same pull request labelled %s passes', async (label, inputs) => {
    const { repo, base, head } = await pullRequestRepo({ head: ALLOW_B602 })
    const result = await gate(repo.dir, pullRequestEvent(base, head, ['bug', label]), inputs)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'pass', blocking: '0' })
    expect(result.warnings).toContainEqual(
      expect.stringContaining(
        `proposed by this pull request and counted for its "${label}" label: the command is a constant`
      )
    )
    expect(result.report.proposedAllowlistEntries).toEqual([
      expect.objectContaining({ id: 'B602', counted: true })
    ])
    expect(result.summary).toContain(`They count: the pull request carries the \`${label}\` label.`)
  })

  it('a label other than the exception label changes nothing', async () => {
    const { repo, base, head } = await pullRequestRepo({ head: ALLOW_B602 })
    const result = await gate(repo.dir, pullRequestEvent(base, head, ['security']))
    expect(result.outputs.outcome).toBe('fail')
  })

  it('the same entry on the base passes, and the report says where it came from', async () => {
    const { repo, base, head } = await pullRequestRepo({ base: ALLOW_B602 })
    const result = await gate(repo.dir, pullRequestEvent(base, head))
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('pass')
    expect(result.report).toMatchObject({
      allowlistSource: `base ${base}`,
      proposedAllowlistEntries: []
    })
    expect(result.summary).not.toContain('Proposed allowlist entries')
  })

  it('a base entry the pull request changes (another reason) is proposed again: blocking', async () => {
    const changed = ALLOW_B602.replace('the command is a constant', 'trust me')
    const { repo, base, head } = await pullRequestRepo({ base: ALLOW_B602, head: changed })
    const result = await gate(repo.dir, pullRequestEvent(base, head))
    expect(result.outputs.outcome).toBe('fail')
    expect(result.report.proposedAllowlistEntries).toEqual([
      expect.objectContaining({ change: 'changed', reason: 'trust me', counted: false })
    ])
  })

  it('a base entry the pull request removes no longer applies', async () => {
    const { repo, base, head } = await pullRequestRepo({ base: ALLOW_B602, head: null })
    const result = await gate(repo.dir, pullRequestEvent(base, head))
    expect(result.outputs.outcome).toBe('fail')
    expect(result.report.allowlistSource).toBe('none')
  })

  it('on push the checked-out allowlist is trusted, as before', async () => {
    const { repo } = await pullRequestRepo({ head: ALLOW_B602 })
    const result = await gate(repo.dir, undefined)
    expect(result.outputs.outcome).toBe('pass')
    expect(result.report.allowlistSource).toBe('checkout')
  })
})

describe('an expiry more than a year ahead is refused, naming its line', () => {
  const far = [
    '- id: B105',
    '  reason: a test fixture',
    `  expires: ${SOON}`,
    '- id: B602',
    '  path: operators/ocr/**',
    '  reason: the command is a constant',
    '  expires: 2999-12-31',
    ''
  ].join('\n')

  it.each([
    ['a labelled pull request adding it', 'pull_request'],
    ['a push', 'push']
  ])('%s: outcome error, the step fails, nothing is allowed', async (_name, eventName) => {
    const { repo, base, head } = await pullRequestRepo({ head: far })
    const event =
      eventName === 'push' ? undefined : pullRequestEvent(base, head, ['security-exception'])
    const result = await gate(repo.dir, event)
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({ outcome: 'error' })
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^security-gate: \.security-allowlist\.yml line 7 \(B602\): expires 2999-12-31 is more than a year ahead \(latest accepted: \d{4}-\d{2}-\d{2}\)\.$/
      )
    ])
    expect(result.report).toBeUndefined()
  })
})

describe('a shallow clone of the pull request', () => {
  /** `git clone --depth 1` of the pull request branch: the base commit is only on the remote. */
  async function shallowClone(repo: GitRepo): Promise<string> {
    await createBareRemote(repo)
    const clone = path.join(repo.root, 'clone')
    await repo.git(
      ['clone', '-q', '--depth', '1', '--branch', 'patch', `file://${repo.root}/remote.git`, clone],
      { cwd: repo.root }
    )
    return clone
  }

  it('the gate fetches the base commit and reads the allowlist there', async () => {
    const { repo, base, head } = await pullRequestRepo({ base: ALLOW_B602 })
    const clone = await shallowClone(repo)
    const missing = repo.git(['cat-file', '-e', `${base}^{commit}`], { cwd: clone })
    await expect(missing).rejects.toThrow()
    const result = await gate(clone, pullRequestEvent(base, head))
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('pass')
    expect(result.report.allowlistSource).toBe(`base ${base}`)
    await repo.git(['cat-file', '-e', `${base}^{commit}`], { cwd: clone })
  })

  it('a base commit that cannot be fetched is an error, never a pass, even labelled', async () => {
    const { repo, head } = await pullRequestRepo({ head: ALLOW_B602 })
    const clone = await shallowClone(repo)
    const unknown = 'deadbeef'.repeat(5)
    const result = await gate(clone, pullRequestEvent(unknown, head, ['security-exception']))
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    const failure = result.errors.at(-1) ?? ''
    expect(failure).toContain(
      'the base allowlist could not be read, so no allowlist entry counts (failing closed)'
    )
    expect(failure).toContain(`base commit ${unknown} is not in the checkout`)
    expect(failure).toContain('`fetch-depth: 0`')
    expect(result.report).toMatchObject({ outcome: 'error', allowlistSource: `base ${unknown}` })
    expect(result.report.findings.filter((f: { ruleId: string }) => f.ruleId === 'B602')).toEqual([
      expect.objectContaining({ state: 'blocking' })
    ])
  })

  it('a base.sha that is no commit id never reaches git', async () => {
    const { repo, head } = await pullRequestRepo({ head: ALLOW_B602 })
    const result = await gate(
      repo.dir,
      pullRequestEvent('--upload-pack=touch pwned', head, ['security-exception'])
    )
    expect(result.outputs.outcome).toBe('error')
    expect(result.errors.at(-1)).toContain(
      'pull_request.base.sha is "--upload-pack=touch pwned", not a commit id (40 or 64 hex digits)'
    )
    expect(existsSync(path.join(repo.dir, 'pwned'))).toBe(false)
  })
})
