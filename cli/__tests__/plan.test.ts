import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pathWithBandit } from '../../test/harness/bandit.js'
import { createFakePipAudit } from '../../test/harness/fake-pip-audit.js'
import { REPO_ROOT } from '../../test/harness/run-action.js'
import { runProcess } from '../../test/harness/run-process.js'

const CLI = path.join(REPO_ROOT, 'cli', 'bin', 'release-actions.js')
const MAKE_HISTORY = path.join(REPO_ROOT, 'examples', 'operators-monorepo', 'make-history.sh')
let work: string
let repo: string

const cli = (...args: string[]) =>
  runProcess(process.execPath, [CLI, ...args], {
    env: { ...process.env, PATH: pathWithBandit(), NO_COLOR: '1' }
  })
const git = async (...args: string[]) =>
  (await runProcess('git', args, { cwd: repo })).stdout.trim()

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'release-actions-cli-'))
  repo = path.join(work, 'operators-monorepo')
  const made = await runProcess('bash', [MAKE_HISTORY, repo])
  expect(made.exitCode, made.stderr).toBe(0)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('release-actions plan on the example repository', () => {
  it('--json: version, notes, images, sync and Slack, from the scripted history', async () => {
    const before = await git('for-each-ref', '--format=%(refname) %(objectname)')
    const result = await cli(
      'plan',
      '--repo',
      repo,
      '--from',
      'development',
      '--into',
      'main',
      '--namespace',
      'acme',
      '--json'
    )
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const plan = JSON.parse(result.stdout)

    expect(plan.release).toMatchObject({
      outcome: 'release',
      previous: '1.2.1',
      next: '1.3.0',
      bump: 'minor',
      reason: 'a feature since v1.2.1: conventional commit on 8aa63cc'
    })
    expect(plan.release.commits.map((c: { subject: string }) => c.subject)).toEqual([
      'feat(worker): bigger batches',
      'fix(base): urllib3 2.2.3 for CVE-2024-37891',
      'docs: describe the operators'
    ])
    expect(plan.release.notes).toContain('- feat(worker): bigger batches')

    expect(plan.images.environment).toBe('production')
    expect(plan.images.build).toEqual([
      {
        operator: 'base',
        image: 'docker.io/acme/base',
        tags: ['1.3.0', '1.3', 'latest'],
        reason: 'changed: operators/base/requirements.txt'
      },
      {
        operator: 'api',
        image: 'docker.io/acme/api',
        tags: ['1.3.0', '1.3', 'latest'],
        reason: 'builds on base, which is rebuilt'
      },
      {
        operator: 'worker',
        image: 'docker.io/acme/worker',
        tags: ['1.3.0', '1.3', 'latest'],
        reason: 'changed: operators/worker/app.py'
      }
    ])

    expect(plan.sync).toEqual({
      source: 'main',
      releaseMergeConflicts: [],
      targets: [
        { target: 'development', outcome: 'fast-forward', conflicts: [] },
        { target: 'security/hotfix', outcome: 'conflict', conflicts: ['operators/worker/app.py'] }
      ]
    })
    expect(plan.loadCheck).toEqual({ locustfile: 'locustfile.py', found: true })
    expect(plan.slack.text).toContain('Release v1.3.0 of operators-monorepo')
    expect(plan.slack.payload.blocks.length).toBeGreaterThan(0)

    // Nothing was touched: no ref moved, the work tree is clean.
    expect(await git('for-each-ref', '--format=%(refname) %(objectname)')).toBe(before)
    expect(await git('status', '--porcelain')).toBe('')
  })

  it('the readable report has every part, without colour when asked', async () => {
    const result = await cli('plan', '--repo', repo, '--from', 'development', '--namespace', 'acme')
    expect(result.exitCode).toBe(0)
    for (const part of [
      '1.2.1 → 1.3.0 (minor): a feature since v1.2.1: conventional commit on 8aa63cc',
      'release:* labels live on GitHub, not in git',
      'Release notes (draft)',
      'Images (production)',
      'api → docker.io/acme/api:1.3.0, 1.3, latest',
      'builds on base, which is rebuilt',
      'security/hotfix: conflict in operators/worker/app.py',
      'load-check will run after the production deploy with locustfile.py',
      ':white_check_mark: Release v1.3.0 of operators-monorepo'
    ]) {
      expect(result.stdout).toContain(part)
    }
    expect(result.stdout).not.toContain('\x1b[')
  })

  it('into development: staging images with dev tags', async () => {
    const result = await cli(
      'plan',
      '--repo',
      repo,
      '--from',
      'security/hotfix',
      '--into',
      'development',
      '--json'
    )
    const plan = JSON.parse(result.stdout)
    expect(plan.images.environment).toBe('staging')
    expect(plan).not.toHaveProperty('loadCheck')
    expect(
      plan.images.build.map((b: { operator: string; tags: string[] }) => [b.operator, b.tags[0]])
    ).toEqual([['worker', 'dev']])
  })

  it('--gate without pip-audit fails closed, as the action does: error, names it, exit 1', async () => {
    const result = await cli('plan', '--repo', repo, '--from', 'development', '--gate', '--json')
    expect(result.exitCode).toBe(1)
    const plan = JSON.parse(result.stdout)
    expect(plan.gate.notInstalled).toEqual(['pip-audit'])
    expect(plan.gate.outcome).toBe('error')
    expect(plan.gate.errors.join('\n')).toMatch(/pip-audit is not installed: the gate fails closed/)
    const report = await cli('plan', '--repo', repo, '--from', 'development', '--gate')
    expect(report.exitCode).toBe(1)
    expect(report.stdout).toMatch(/Security gate\n {2}error: .*\n {4}not installed: pip-audit/)
  })

  it('--gate with both tools (pip-audit: a stand-in answering its clean JSON) → pass, exit 0', async () => {
    const pipAudit = createFakePipAudit({
      output: readFileSync(
        path.join(REPO_ROOT, 'test', 'fixtures', 'scanner-output', 'pip-audit-2.10-clean.json'),
        'utf8'
      ),
      exitCode: 0
    })
    try {
      const result = await runProcess(
        process.execPath,
        [CLI, 'plan', '--repo', repo, '--from', 'development', '--gate', '--json'],
        {
          env: {
            ...process.env,
            PATH: `${(pipAudit.env.PATH ?? '').split(':')[0]}:${pathWithBandit()}`
          }
        }
      )
      expect(result.exitCode).toBe(0)
      const gate = JSON.parse(result.stdout).gate
      expect(gate).toMatchObject({ outcome: 'pass', notInstalled: [], errors: [] })
      expect(gate.ran.join()).toMatch(/^bandit \d[^,]*,pip-audit 2\.10\.0$/)
    } finally {
      pipAudit.cleanup()
    }
  })
})

describe('release-actions bad input', () => {
  it.each([
    [['plan', '--repo', os.tmpdir()], /is not a git repository/],
    [['plan', '--repo', '/no/such/folder'], /is not a git repository/],
    [['plan', '--repo', 'REPO', '--from', 'nope'], /no branch "nope"/],
    [['plan', '--repo', 'REPO', '--into', 'trunk'], /no branch "trunk"/],
    [['plan', '--colour'], /Unknown option '--colour'/],
    [['deploy'], /unknown command "deploy"/]
  ])('%j → one clear line, exit 2', async (args, message) => {
    const result = await cli(...args.map((a) => (a === 'REPO' ? repo : a)))
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(message)
  })

  it('a detached HEAD without --from → one clear line, exit 2', async () => {
    const branch = await git('symbolic-ref', '--short', 'HEAD')
    await git('checkout', '-q', '--detach')
    try {
      const result = await cli('plan', '--repo', repo)
      expect(result.exitCode).toBe(2)
      expect(result.stderr).toBe('release-actions: HEAD is not on a branch: pass --from BRANCH\n')
    } finally {
      await git('checkout', '-q', branch)
    }
  })

  it('--help prints the usage', async () => {
    const result = await cli('--help')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('Usage: release-actions plan')
  })
})
