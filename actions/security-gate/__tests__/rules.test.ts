import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import picomatch from 'picomatch'
import { afterAll, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { applyAllowlist, parseAllowlist } from '../src/allowlist.js'
import { discoverRequirements, isExcluded, isFullyPinned } from '../src/discover-requirements.js'
import { groupOf, type Finding } from '../src/findings.js'
import { matchesGlob } from '../src/glob.js'
import { installTools, PINNED } from '../src/install-tools.js'
import { mapWithConcurrency } from '../src/run-scanners.js'

describe('matchesGlob', () => {
  it.each([
    ['operators/ocr/app.py', 'operators/ocr/**', true],
    ['operators/ocr/app.py', 'operators/*/app.py', true],
    ['operators/ocr/sub/app.py', 'operators/*/app.py', false],
    ['operators/ocr/app.py', '*.py', true],
    ['tests/unit/x.py', 'tests', true],
    ['mytests/x.py', 'tests', false],
    ['a/tests/x.py', 'tests/**', false],
    ['a/tests/x.py', '**/tests/**', true],
    ['./operators/a.py', 'operators/a.py', true],
    ['operators/a.py', 'operators/?.py', true],
    ['operators/ab.py', 'operators/?.py', false],
    ['operators/a/b/c.py', 'operators/**/c.py', true],
    ['operators/c.py', 'operators/**/c.py', true],
    ['operators/xc.py', 'operators/**/c.py', false],
    ['operators/a/b.py', 'operators/**', true],
    ['a/b/c.py', '**', true],
    ['a/b.py', 'a/*', true],
    ['a/b/c.py', 'a/*', true],
    ['src/a.pyc', '*.py', false],
    ['x/venv/lib/y.py', 'venv', true],
    ['x/venv2/lib/y.py', 'venv', false],
    ['a.b', 'a?b', true],
    ['a/b', 'a?b', false],
    ['a+b(c).py', 'a+b(c).py', true],
    ['operators/api/app.py', '**/app.py', true],
    ['operators/a1.py', 'operators/a[0-9].py', true],
    ['operators/ax.py', 'operators/a[0-9].py', false],
    ['operators/ax.py', 'operators/a[!0-9].py', true],
    ['operators/a1.py', 'operators/a[^0-9].py', false],
    ['Operators/a.py', '[Oo]perators/**', true],
    ['a/b', 'a[/]b', false],
    ['a/b', 'a[!x]b', false],
    ['a[b', 'a[b', true],
    ['a]', 'a[]]', true],
    ['a-', 'a[a-]', true],
    ['ab', 'a[a-]', false],
    ['legacy/B602.py', '[A-Z]*.py', true]
  ])('%s ~ %s → %s', (file, pattern, expected) => {
    expect(matchesGlob(file, pattern)).toBe(expected)
  })

  it('answers a pattern that makes a backtracking matcher take minutes in milliseconds', () => {
    const pattern = `${'**a'.repeat(8)}!`
    // CPU time, not wall-clock: a busy machine delays the test but does not make it work harder.
    const started = process.cpuUsage()
    for (const n of [40, 60, 1000, 10_000]) expect(matchesGlob('a'.repeat(n), pattern)).toBe(false)
    expect(matchesGlob(`${'a'.repeat(1000)}!`, pattern)).toBe(true)
    const used = process.cpuUsage(started)
    expect((used.user + used.system) / 1000).toBeLessThan(1000)
  })

  it('matches as the RegExp translation it replaced did, on many generated cases', () => {
    const reference = (file: string, pattern: string) => {
      const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '')
      const anchored = trimmed.includes('/')
      let source = ''
      for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed[i]!
        if (c === '*' && trimmed[i + 1] === '*') {
          const slash = trimmed[i + 2] === '/'
          source += slash ? '(?:.*/)?' : '.*'
          i += slash ? 2 : 1
        } else if (c === '*') source += '[^/]*'
        else if (c === '?') source += '[^/]'
        else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
      }
      return new RegExp(`${anchored ? '^' : '(?:^|/)'}${source}(?:/.*)?$`).test(file)
    }
    const parts = ['a', 'b', '/', '*', '**', '**/', '?', '.']
    const files = ['a', 'b', 'a/b', 'a/a/b', 'ab/b.a', 'b/a/', 'a.b/a', 'aa/bb/a.b', '.a/b']
    let compared = 0
    for (const x of parts)
      for (const y of parts)
        for (const z of parts) {
          const pattern = `${x}${y}${z}`
          for (const file of files) {
            expect([pattern, file, matchesGlob(file, pattern)]).toEqual([
              pattern,
              file,
              reference(file, pattern)
            ])
            compared++
          }
        }
    expect(compared).toBe(8 ** 3 * files.length)
  })

  // picomatch reads `[!a]` as "`!` or `a`"; here it negates, as in fnmatch and .gitignore (the
  // table above), so only `[^…]` is compared.
  it('matches character classes as picomatch does, within one folder name', () => {
    const parts = ['a', 'b', '-', '[ab]', '[^b]', '[a-b]', '[]a]', '?', '*', '.']
    const files = ['a', 'b', 'ab', '-', '.a', ']', 'a-b', 'ba.', 'a]', 'a.b']
    const disagreements: string[] = []
    for (const x of parts)
      for (const y of parts)
        for (const z of parts) {
          const pattern = `${x}${y}${z}`
          for (const file of files) {
            const expected = picomatch.isMatch(file, pattern, { dot: true })
            if (matchesGlob(file, pattern, true) !== expected)
              disagreements.push(`${pattern} ~ ${file}: picomatch says ${expected}`)
          }
        }
    // fnmatch and bash match `*.*` to `ba.` (the last `*` matching nothing); picomatch does not.
    expect(disagreements).toEqual(['*.* ~ ba.: picomatch says false'])
  })
})

describe('isExcluded', () => {
  it.each([
    ['.venv/lib/x.py', [], true],
    ['operators/a/venv/x.py', [], true],
    ['web/node_modules/x/req.txt', [], true],
    ['.git/hooks/x.py', [], true],
    ['operators/a/app.py', [], false],
    ['operators/a/tests/t.py', ['**/tests/**'], true],
    ['operators/a/environment.py', [], false]
  ])('%s with %j → %s', (file, exclude, expected) => {
    expect(isExcluded(file, exclude)).toBe(expected)
  })
})

describe('isFullyPinned', () => {
  it.each([
    ['flask==0.5\njinja2==3.0.2\n', true],
    ['# comment\nflask==0.5  # pinned\n\n', true],
    ['requests[socks]==2.32.3\n', true],
    ['flask==1.0 \\\n    --hash=sha256:abc\n', true],
    ['pywin32==306 ; sys_platform == "win32"\n', true],
    ['flask>=1.0\n', false],
    ['flask\n', false],
    ['-r base.txt\nflask==1.0\n', false],
    ['-e ../shared\n', false],
    ['', false],
    // A pin names one version: a wildcard is a range (PEP 440 prefix matching).
    ['flask==2.*\n', false],
    ['flask==2.0.*\n', false],
    ['flask == 2.0\n', true],
    ['flask==v2.0\n', true],
    ['flask==2.0rc1.post2.dev3+local.7\n', true],
    ['flask==1!2.0\n', true],
    // pip-audit's no-deps path reads `==<version>` only: `===` (arbitrary equality) cannot be
    // read as a version, and a second clause is not a pin.
    ['flask===2.0\n', false],
    ['flask==2.0,!=2.0.1\n', false],
    ['flask==2.0,<3\n', false],
    ['flask==\n', false],
    ['flask==2.0 extra\n', false],
    ['flask==not-a-version\n', false],
    // A direct reference names a URL, not a version.
    ['flask @ https://example.com/flask-2.0.tar.gz\n', false],
    ['flask@https://example.com/flask-2.0.tar.gz\n', false],
    ['flask==2.0 ; python_version < "3.12"\n', true],
    ['flask==2.0;python_version<"3.12"\n', true],
    ['flask>=2.0 ; python_version < "3.12"\n', false],
    ['pkg[x]==1.0\n', true],
    ['pkg[x,y] == 1.0\n', true],
    ['pkg[x]>=1.0\n', false],
    ['flask==1.0 --hash=sha256:abc --hash=sha256:def\n', true],
    ['flask==1.0 \\\n    --hash=sha256:abc \\\n    --hash=sha256:def\n', true],
    ['flask==1.0 --index-url=https://example.com\n', false],
    ['flask==1.0 ; python_version < "3.12" --hash=sha256:abc\n', true],
    ['flask==1.0 ; python_version < "3.12" --index-url=https://example.com\n', false],
    ['flask==1.0#not-a-comment\n', false]
  ])('%j → %s', (text, expected) => {
    expect(isFullyPinned(text)).toBe(expected)
  })

  it('reads a long line of a pull request in linear time (50,000 hashes, then junk)', () => {
    const line = `flask==1.0${' --hash=sha256:ab'.repeat(50_000)} junk\n`
    expect(isFullyPinned(line)).toBe(false)
  })
})

describe('discoverRequirements', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'release-actions-discover-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  for (const file of [
    'requirements.txt',
    'operators/api/requirements.txt',
    'operators/api/requirements-dev.txt',
    'operators/api/.venv/requirements.txt',
    'web/node_modules/pkg/requirements.txt',
    'operators/api/constraints.txt',
    'tests/requirements.txt'
  ]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), 'x==1\n')
  }

  it.each([
    [
      'auto',
      [],
      [
        'operators/api/requirements-dev.txt',
        'operators/api/requirements.txt',
        'requirements.txt',
        'tests/requirements.txt'
      ]
    ],
    [
      'auto',
      ['tests'],
      ['operators/api/requirements-dev.txt', 'operators/api/requirements.txt', 'requirements.txt']
    ],
    [
      ['operators/*/constraints.txt', 'requirements.txt'],
      [],
      ['operators/api/constraints.txt', 'requirements.txt']
    ]
  ] as const)('%j excluding %j', (wanted, exclude, expected) => {
    expect(discoverRequirements(root, root, wanted as 'auto' | string[], [...exclude])).toEqual(
      expected
    )
  })
})

describe('allowlist', () => {
  const finding = (overrides: Partial<Finding>): Finding => ({
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
    note: undefined,
    ...overrides
  })
  const entries = parseAllowlist(
    [
      '- id: B602',
      '  path: operators/ocr/**',
      '  reason: constant command',
      '  expires: 2026-12-31',
      '- id: cve-2019-1010083',
      '  package: flask',
      '  reason: internal only',
      '  expires: 2026-11-25',
      '- id: B105',
      '  reason: never matches',
      '  expires: 2027-01-01'
    ].join('\n'),
    'allow.yml',
    '2026-11-26'
  )

  it.each([
    [
      'a matching path, unexpired',
      finding({}),
      'allowed',
      'allowed until 2026-12-31: constant command'
    ],
    ['another path', finding({ file: 'operators/api/app.py' }), 'blocking', undefined],
    [
      'the last day still counts',
      finding({ file: 'operators/ocr/x.py' }),
      'allowed',
      expect.any(String)
    ],
    [
      'an alias, expired yesterday',
      finding({
        tool: 'pip-audit',
        ruleId: 'PYSEC-2019-179',
        aliases: ['CVE-2019-1010083'],
        package: { name: 'Flask', version: '0.5' }
      }),
      'blocking',
      'allowlist allow.yml line 5 (cve-2019-1010083) expired on 2026-11-25'
    ],
    [
      'below threshold stays so',
      finding({ state: 'below-threshold' }),
      'below-threshold',
      undefined
    ]
  ])('%s', (_name, input, state, note) => {
    const [result] = applyAllowlist([input], entries, '2026-11-26').findings
    expect(result).toMatchObject({ state, note })
  })

  it('reports entries that matched nothing as stale, and expired matches apart', () => {
    const outcome = applyAllowlist(
      [
        finding({
          tool: 'pip-audit',
          ruleId: 'X',
          aliases: ['CVE-2019-1010083'],
          package: { name: 'flask', version: '1' }
        })
      ],
      entries,
      '2026-11-26'
    )
    expect(outcome.stale.map((e) => e.id)).toEqual(['B602', 'B105'])
    expect(outcome.expired.map((e) => e.id)).toEqual(['cve-2019-1010083'])
  })

  it.each(['', '# only a comment\n'])('an empty file %j has no entries', (text) => {
    expect(parseAllowlist(text, 'allow.yml', '2026-11-26')).toEqual([])
  })
})

describe('groupOf', () => {
  it.each([
    ['operators/ocr/app.py', 'ocr'],
    ['services/operators/api/main.py', 'api'],
    ['lib/util.py', 'lib'],
    ['setup.py', '.']
  ])('%s → %s', (file, group) => {
    expect(groupOf(file)).toBe(group)
  })
})

describe('installTools', () => {
  it('installs the pinned versions into a private virtualenv, never the system Python', async () => {
    const calls: string[][] = []
    const run: CommandRunner = async (command, args) => {
      calls.push([command, ...args])
      return { exitCode: 0, stdout: '', stderr: '' }
    }
    const commands = await installTools(['bandit', 'pip-audit'], {
      run,
      tempDir: '/runner/tmp',
      log: () => undefined
    })
    expect(calls).toEqual([
      ['python3', '-m', 'venv', '/runner/tmp/security-gate-tools'],
      [
        '/runner/tmp/security-gate-tools/bin/pip',
        'install',
        '--disable-pip-version-check',
        '--quiet',
        `bandit==${PINNED.bandit}`,
        `pip-audit==${PINNED['pip-audit']}`
      ]
    ])
    expect(commands).toEqual({
      bandit: '/runner/tmp/security-gate-tools/bin/bandit',
      'pip-audit': '/runner/tmp/security-gate-tools/bin/pip-audit'
    })
  })
})

describe('mapWithConcurrency', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n) => {
      peak = Math.max(peak, ++running)
      await new Promise((r) => setTimeout(r, n * 5))
      running--
      return n * 10
    })
    expect(results).toEqual([50, 10, 40, 20, 30])
    expect(peak).toBe(2)
  })
})
