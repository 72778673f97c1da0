import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { CommandTimeoutError, type CommandRunner } from '../../../src/lib/exec.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import {
  applyAllowlist,
  diffAllowlists,
  latestExpiry,
  parseAllowlist,
  readAllowlist,
  type AllowlistEntry
} from '../src/allowlist.js'
import type { Finding } from '../src/findings.js'
import { readSecurityGateInputs } from '../src/inputs.js'
import {
  readPullRequestEvent,
  resolveAllowlistPolicy,
  type PolicyContext
} from '../src/trusted-allowlist.js'

const TODAY = '2026-12-01'

function entry(overrides: Partial<AllowlistEntry> = {}): AllowlistEntry {
  return {
    label: 'allow.yml line 1 (B602)',
    line: 1,
    id: 'B602',
    path: 'operators/ocr/**',
    package: undefined,
    reason: 'constant command',
    expires: '2027-06-30',
    ...overrides
  }
}

describe('the expiry cap: at most one year after today (UTC)', () => {
  it.each([
    ['2026-12-01', '2027-12-01'],
    ['2027-03-01', '2028-03-01'],
    ['2027-02-28', '2028-02-28'],
    // From a leap day, a year later is the 28th: 2029 has no 29 February.
    ['2028-02-29', '2029-02-28'],
    ['2031-02-28', '2032-02-28'],
    ['2026-12-31', '2027-12-31']
  ])('on %s the latest accepted is %s', (today, latest) => {
    expect(latestExpiry(today)).toBe(latest)
  })

  const allow = (expires: string) =>
    `- id: B602\n  path: operators/**\n  reason: constant\n  expires: ${expires}\n`

  it.each([
    ['2026-12-01', '2027-12-01', true],
    ['2026-12-01', '2027-12-02', false],
    ['2026-12-01', '2020-01-01', true], // expired: accepted here, it just stops allowing
    ['2027-02-28', '2028-02-28', true],
    ['2027-02-28', '2028-02-29', false],
    ['2028-02-29', '2029-02-28', true],
    ['2028-02-29', '2029-03-01', false],
    ['2027-03-01', '2028-02-29', true],
    ['2027-03-01', '2028-03-01', true],
    ['2027-03-01', '2028-03-02', false]
  ])('on %s, expires %s → accepted %s', (today, expires, accepted) => {
    const parsed = readAllowlist(allow(expires), 'allow.yml', today)
    expect(parsed.entries.length === 1).toBe(accepted)
    if (!accepted) {
      expect(parsed.problems).toEqual([
        `allow.yml line 4 (B602): expires ${expires} is more than a year ahead (latest accepted: ${latestExpiry(today)}).`
      ])
    }
  })

  it('names the file and the line of a far expiry, as in the issue', () => {
    const text = [
      '- id: B105',
      '  reason: test fixture',
      '  expires: 2027-01-31',
      '- id: B602',
      '  reason: constant',
      '  path: operators/**',
      '  expires: 2999-12-31'
    ].join('\n')
    expect(() => parseAllowlist(text, '.security-allowlist.yml', TODAY)).toThrow(
      '.security-allowlist.yml line 7 (B602): expires 2999-12-31 is more than a year ahead (latest accepted: 2027-12-01).'
    )
  })
})

describe('malformed entries name their line', () => {
  it.each([
    ['- just text\n', 'allow.yml line 1 is not a mapping with id, reason and expires.'],
    [
      '- id: B101\n  reason: x\n  expires: 2027-01-01\n- id: B602\n  reason: x\n  expires: 2027-01-01\n  until: never\n',
      'allow.yml line 7 (B602) has unknown key(s) until'
    ],
    [
      '- id: B101\n  reason: x\n  expires: 2027-01-01\n\n- reason: x\n  expires: 2027-01-01\n',
      'allow.yml line 5 has no "id"'
    ],
    ['- id: B602\n  expires: 2027-01-01\n', 'allow.yml line 1 (B602) has no "reason"'],
    ['- id: B602\n  reason: x\n', 'allow.yml line 1 (B602) needs "expires" as a date YYYY-MM-DD.'],
    [
      '- id: B602\n  reason: x\n  expires: 2027-02-30\n',
      'allow.yml line 3 (B602) needs "expires" as a date YYYY-MM-DD.'
    ],
    [
      '- id: B602\n  reason: x\n  expires: 31/01/2027\n',
      'allow.yml line 3 (B602) needs "expires" as a date YYYY-MM-DD.'
    ],
    [
      '- id: B602\n  reason: x\n  expires: 2027-01-01\n  path: a/**\n  package: flask\n',
      'allow.yml line 1 (B602) has both "path" and "package"'
    ],
    ['- id: B602\n  reason: [unclosed\n', 'allow.yml line 3 is not valid YAML'],
    ['id: B602\n', 'allow.yml must be a YAML list of entries'],
    [
      '- id: B602\n  id: B603\n  reason: x\n  expires: 2027-01-01\n',
      'allow.yml line 2 is not valid YAML: Map keys must be unique'
    ]
  ])('%j → %s', (text, message) => {
    expect(() => parseAllowlist(text, 'allow.yml', TODAY)).toThrow(message)
  })

  it('lists every malformed entry, not only the first', () => {
    const text = '- id: B602\n  reason: x\n- id: B105\n  expires: 2027-01-01\n'
    expect(readAllowlist(text, 'allow.yml', TODAY).problems).toEqual([
      'allow.yml line 1 (B602) needs "expires" as a date YYYY-MM-DD.',
      'allow.yml line 3 (B105) has no "reason": say why it is safe to allow.'
    ])
  })

  it('labels each entry with the line it starts on, and reads a YAML 1.1 date', () => {
    const text = '%YAML 1.1\n---\n# allowed\n- id: B602\n  reason: x\n  expires: 2027-01-31\n'
    expect(parseAllowlist(text, 'allow.yml', TODAY)).toEqual([
      {
        label: 'allow.yml line 4 (B602)',
        line: 4,
        id: 'B602',
        path: undefined,
        package: undefined,
        reason: 'x',
        expires: '2027-01-31'
      }
    ])
  })
})

describe('diffAllowlists: what the pull request changed against the base', () => {
  const a = entry({ id: 'B602', label: 'a' })
  const b = entry({ id: 'B105', path: undefined, label: 'b' })
  const c = entry({ id: 'CVE-2019-1010083', path: undefined, package: 'flask', label: 'c' })
  const ids = (entries: AllowlistEntry[]) => entries.map((e) => e.label)

  it.each([
    ['unchanged', [a, b], [a, b], { unchanged: ['a', 'b'], added: [], changed: [], removed: [] }],
    [
      'moved and relabelled (where it sits does not matter)',
      [{ ...b, label: 'b2', line: 9 }, a],
      [a, b],
      { unchanged: ['b2', 'a'], added: [], changed: [], removed: [] }
    ],
    ['added', [a, c], [a], { unchanged: ['a'], added: ['c'], changed: [], removed: [] }],
    ['added to an empty base', [a], [], { unchanged: [], added: ['a'], changed: [], removed: [] }],
    [
      'changed: a later expiry',
      [{ ...a, expires: '2027-11-30', label: 'a2' }],
      [a],
      { unchanged: [], added: [], changed: ['a2'], removed: ['a'] }
    ],
    [
      'changed: another reason',
      [{ ...c, reason: 'trust me', label: 'c2' }, b],
      [b, c],
      { unchanged: ['b'], added: [], changed: ['c2'], removed: ['c'] }
    ],
    [
      'a wider path is another entry: added, and the narrow one removed',
      [{ ...a, path: undefined, label: 'a2' }],
      [a],
      { unchanged: [], added: ['a2'], changed: [], removed: ['a'] }
    ],
    ['removed', [a], [a, b], { unchanged: ['a'], added: [], changed: [], removed: ['b'] }],
    ['all removed', [], [a, b], { unchanged: [], added: [], changed: [], removed: ['a', 'b'] }]
  ])('%s', (_name, head, base, expected) => {
    const diff = diffAllowlists(head, base)
    expect({
      unchanged: ids(diff.unchanged),
      added: ids(diff.added),
      changed: ids(diff.changed),
      removed: ids(diff.removed)
    }).toEqual(expected)
  })
})

describe('applyAllowlist with proposed entries', () => {
  const finding: Finding = {
    tool: 'bandit',
    ruleId: 'B602',
    aliases: [],
    ruleName: 'subprocess_popen_with_shell_equals_true',
    message: 'm',
    severity: 'HIGH',
    confidence: 'HIGH',
    file: 'operators/ocr/app.py',
    line: 3,
    column: undefined,
    endLine: undefined,
    endColumn: undefined,
    snippet: '',
    package: undefined,
    fixVersions: [],
    moreInfo: undefined,
    cwe: undefined,
    state: 'blocking',
    note: undefined
  }
  const proposed = entry({ proposed: true })

  it('a pending (not counted) entry leaves the finding blocking, saying what would allow it', () => {
    const outcome = applyAllowlist([finding], [], TODAY, {
      entries: [proposed],
      exceptionLabel: 'security-exception'
    })
    expect(outcome.findings[0]).toMatchObject({
      state: 'blocking',
      note: 'allow.yml line 1 (B602) is proposed by this pull request and would allow it once a maintainer sets the "security-exception" label'
    })
    expect(outcome.stale).toEqual([])
  })

  it('a counted proposed entry allows, and says it counted for the label', () => {
    const outcome = applyAllowlist([finding], [proposed], TODAY, {
      entries: [],
      exceptionLabel: 'security-exception'
    })
    expect(outcome.findings[0]).toMatchObject({
      state: 'allowed',
      note: 'allowed until 2027-06-30 by allow.yml line 1 (B602), proposed by this pull request and counted for its "security-exception" label: constant command'
    })
  })

  it('an expired trusted entry and a pending one: both said', () => {
    const outcome = applyAllowlist(
      [finding],
      [entry({ expires: '2026-11-30', label: 'base' })],
      TODAY,
      { entries: [proposed], exceptionLabel: 'sec' }
    )
    expect(outcome.findings[0]?.note).toBe(
      'allowlist base expired on 2026-11-30; allow.yml line 1 (B602) is proposed by this pull request and would allow it once a maintainer sets the "sec" label'
    )
  })
})

describe('readPullRequestEvent', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-event-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const write = (payload: unknown) => {
    const file = path.join(dir, `${Math.random()}.json`)
    writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
    return file
  }
  const sha = 'a'.repeat(40)

  it.each([
    ['push', undefined, undefined],
    ['workflow_dispatch', { pull_request: { base: { sha } } }, undefined],
    [
      'pull_request',
      { pull_request: { base: { sha }, labels: [{ name: 'security-exception' }, { id: 1 }] } },
      { name: 'pull_request', baseSha: sha, labels: ['security-exception'] }
    ],
    [
      'pull_request_target',
      { pull_request: { base: { sha: 42 }, labels: 'security-exception' } },
      { name: 'pull_request_target', baseSha: undefined, labels: [] }
    ],
    [
      'pull_request',
      'not json',
      { name: 'pull_request', baseSha: undefined, labels: [], problem: expect.any(String) }
    ]
  ])('%s %j', (name, payload, expected) => {
    const env = {
      GITHUB_EVENT_NAME: name,
      ...(payload === undefined ? {} : { GITHUB_EVENT_PATH: write(payload) })
    }
    expect(readPullRequestEvent(env)).toEqual(expected)
  })

  it('a pull request without GITHUB_EVENT_PATH is a problem, not a push', () => {
    expect(readPullRequestEvent({ GITHUB_EVENT_NAME: 'pull_request' })?.problem).toBe(
      'GITHUB_EVENT_PATH is not set'
    )
  })
})

describe('resolveAllowlistPolicy (git scripted)', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
  const BASE = '0123456789abcdef0123456789abcdef01234567'
  const baseText =
    '- id: B602\n  path: operators/ocr/**\n  reason: constant\n  expires: 2027-06-30\n'
  const headText = `${baseText}- id: B105\n  reason: a fixture\n  expires: 2027-01-31\n`

  /** A checkout holding `text` as its allowlist, and a git that answers as `answers` say. */
  function setUp(
    text: string,
    answers: (args: string[]) => { exitCode?: number; stdout?: string }
  ) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-policy-'))
    dirs.push(dir)
    const file = path.join(dir, '.security-allowlist.yml')
    writeFileSync(file, text)
    const calls: { args: string[]; timeoutMs: number | undefined }[] = []
    const run: CommandRunner = async (command, args, options = {}) => {
      expect(command).toBe('git')
      const gitArgs = args.slice(2) // after -c core.quotepath=off
      calls.push({ args: gitArgs, timeoutMs: options.timeoutMs })
      const answer = answers(gitArgs)
      const result = { exitCode: answer.exitCode ?? 0, stdout: answer.stdout ?? '', stderr: '' }
      if (result.exitCode !== 0 && !options.allowFailure) throw new Error(`git failed`)
      return result
    }
    const context = (labels: string[] = [], baseSha: string = BASE): PolicyContext => ({
      file,
      name: '.security-allowlist.yml',
      event: { name: 'pull_request', baseSha, labels },
      exceptionLabel: 'security-exception',
      today: TODAY,
      run,
      timeoutMs: 1234
    })
    return { calls, context }
  }

  const gitWithBase =
    (text: string | undefined, options: { present?: boolean } = {}) =>
    (args: string[]) => {
      if (args[0] === 'rev-parse') return { stdout: '\n' }
      if (args[0] === 'cat-file' && args[1] === '-e')
        return { exitCode: options.present === false ? 1 : 0 }
      if (args[0] === 'fetch') return { exitCode: 128 }
      if (args[0] === 'ls-tree')
        return {
          stdout:
            text === undefined ? '' : `100644 blob ${'b'.repeat(40)}\t.security-allowlist.yml\0`
        }
      if (args[0] === 'cat-file' && args[1] === 'blob') return { stdout: text }
      throw new Error(`unexpected git ${args.join(' ')}`)
    }

  it('splits trusted from proposed entries; every git call has the limit and ends its options', async () => {
    const { calls, context } = setUp(headText, gitWithBase(baseText))
    const policy = await resolveAllowlistPolicy(context())
    expect(policy.source).toBe(`base ${BASE}`)
    expect(policy.counted.map((e) => e.id)).toEqual(['B602'])
    expect(policy.pending.map((e) => e.label)).toEqual(['.security-allowlist.yml line 5 (B105)'])
    expect(policy.proposed).toEqual([expect.objectContaining({ change: 'added', counted: false })])
    expect(calls.every((c) => c.timeoutMs === 1234)).toBe(true)
    expect(calls.map((c) => c.args)).toEqual([
      ['rev-parse', '--show-prefix'],
      ['cat-file', '-e', '--end-of-options', `${BASE}^{commit}`],
      ['ls-tree', '-z', '--full-tree', '--end-of-options', BASE, '--', '.security-allowlist.yml'],
      ['cat-file', 'blob', 'b'.repeat(40)]
    ])
  })

  it('with the label, proposed entries count', async () => {
    const { context } = setUp(headText, gitWithBase(baseText))
    const policy = await resolveAllowlistPolicy(context(['Security-Exception']))
    expect(policy.labelled).toBe(true)
    expect(policy.counted.map((e) => [e.id, e.proposed])).toEqual([
      ['B602', undefined],
      ['B105', true]
    ])
    expect(policy.pending).toEqual([])
  })

  it('absent at the base: every entry is proposed', async () => {
    const { context } = setUp(headText, gitWithBase(undefined))
    const policy = await resolveAllowlistPolicy(context())
    expect(policy.counted).toEqual([])
    expect(policy.pending.map((e) => e.id)).toEqual(['B602', 'B105'])
  })

  it('a base entry the pull request removed no longer applies, and a note says so', async () => {
    const { context } = setUp('', gitWithBase(headText))
    const policy = await resolveAllowlistPolicy(context())
    expect(policy.counted).toEqual([])
    expect(policy.removed.map((e) => e.id)).toEqual(['B602', 'B105'])
    expect(policy.notes[0]).toContain('2 entries of the base allowlist')
  })

  it('a malformed base entry does not count, and does not stop the gate', async () => {
    const { context } = setUp(
      headText,
      gitWithBase(`${baseText}- id: B105\n  reason: a fixture\n  expires: 2999-01-31\n`)
    )
    const policy = await resolveAllowlistPolicy(context())
    expect(policy.errors).toEqual([])
    expect(policy.pending.map((e) => e.id)).toEqual(['B105'])
    expect(policy.notes[0]).toContain(
      `.security-allowlist.yml at base 0123456 line 7 (B105): expires 2999-01-31 is more than a year ahead`
    )
  })

  it.each([
    ['HEAD'],
    ['--upload-pack=touch /tmp/pwned'],
    ['a'.repeat(39)],
    [`${'a'.repeat(40)}\n`],
    ['g'.repeat(40)]
  ])('base.sha %j never reaches git: an error, nothing counts', async (sha) => {
    const { calls, context } = setUp(headText, gitWithBase(baseText))
    const policy = await resolveAllowlistPolicy(context(['security-exception'], sha))
    expect(calls).toEqual([])
    expect(policy.counted).toEqual([])
    expect(policy.errors).toEqual([
      expect.stringContaining('the base allowlist could not be read, so no allowlist entry counts')
    ])
    expect(policy.errors[0]).toContain('not a commit id (40 or 64 hex digits)')
  })

  it('a base commit that cannot be fetched is an error naming fetch-depth: 0', async () => {
    const { calls, context } = setUp(headText, gitWithBase(baseText, { present: false }))
    const policy = await resolveAllowlistPolicy(context(['security-exception']))
    expect(calls.map((c) => c.args[0])).toEqual(['rev-parse', 'cat-file', 'fetch', 'cat-file'])
    expect(calls[2]?.args).toEqual([
      'fetch',
      '--no-tags',
      '--depth=1',
      '--end-of-options',
      'origin',
      BASE
    ])
    expect(policy.counted).toEqual([])
    expect(policy.errors[0]).toContain(`base commit ${BASE} is not in the checkout`)
    expect(policy.errors[0]).toContain('`fetch-depth: 0`')
  })

  it('a git call past its limit is an error, nothing counts', async () => {
    const { context } = setUp(headText, (args) => {
      if (args[0] === 'ls-tree') throw new CommandTimeoutError('git', args, 1234)
      return gitWithBase(baseText)(args)
    })
    const policy = await resolveAllowlistPolicy(context(['security-exception']))
    expect(policy.counted).toEqual([])
    expect(policy.errors[0]).toContain('ran longer than 1234 ms and was killed')
  })

  it('a symbolic link at the base is refused', async () => {
    const { context } = setUp(headText, (args) =>
      args[0] === 'ls-tree'
        ? { stdout: `120000 blob ${'c'.repeat(40)}\t.security-allowlist.yml\0` }
        : gitWithBase(baseText)(args)
    )
    const policy = await resolveAllowlistPolicy(context())
    expect(policy.errors[0]).toContain('is not a regular file (blob 120000)')
  })

  it('on push (no pull request event) the checked-out file is trusted and git is not asked', async () => {
    const { calls, context } = setUp(headText, gitWithBase(baseText))
    const policy = await resolveAllowlistPolicy({ ...context(), event: undefined })
    expect(policy.source).toBe('checkout')
    expect(policy.counted.map((e) => e.id)).toEqual(['B602', 'B105'])
    expect(calls).toEqual([])
  })

  it('no allowlist in the checkout: nothing counts, and git is not asked', async () => {
    const { calls, context } = setUp(headText, gitWithBase(baseText))
    const policy = await resolveAllowlistPolicy({ ...context(), file: undefined })
    expect(policy).toMatchObject({ source: 'none', counted: [], errors: [] })
    expect(calls).toEqual([])
  })
})

describe('input exception-label', () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'release-actions-label-'))
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))
  const read = (label: string) =>
    readSecurityGateInputs(
      createInputReader({
        getInput: (name) => (name === 'exception-label' ? label : ''),
        setSecret: () => undefined
      }),
      workspace
    ).exceptionLabel

  it.each([
    ['', 'security-exception'],
    ['  accepted-risk ', 'accepted-risk'],
    ['x'.repeat(50), 'x'.repeat(50)],
    ['🔒'.repeat(50), '🔒'.repeat(50)]
  ])('%j → %j', (value, expected) => {
    expect(read(value)).toBe(expected)
  })

  it.each([['x'.repeat(51)], ['two\nlines'], ['tab\there']])('%j is refused', (value) => {
    expect(() => read(value)).toThrow('Input "exception-label" is')
  })
})
