import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createInputReader } from '../../../src/lib/inputs.js'
import { parseBuildArgs } from '../src/build-args.js'
import { readDockerPushInputs } from '../src/inputs.js'
import { readRepositoryFile } from '../src/read-repository-file.js'
import { checkBaseInput, isRefName } from '../src/ref-names.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-ops-inputs-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const workspace = path.join(tmp, 'work')
mkdirSync(path.join(workspace, 'operators/api'), { recursive: true })
mkdirSync(path.join(workspace, 'src/ops'), { recursive: true })
mkdirSync(path.join(tmp, 'elsewhere'), { recursive: true })
symlinkSync(path.join(tmp, 'elsewhere'), path.join(workspace, 'out-link'))
symlinkSync('src/ops', path.join(workspace, 'in-link'))
writeFileSync(path.join(workspace, 'README.md'), '# ops\n')

const read = (inputs: Record<string, string>) =>
  readDockerPushInputs(
    createInputReader({
      getInput: (name) => ({ namespace: 'acme', ...inputs })[name] ?? '',
      setSecret: () => undefined
    }),
    workspace
  )

describe('build-args: one KEY=VALUE per line', () => {
  it.each([
    ['', []],
    ['A=1', ['A=1']],
    ['EXTRAS=dev,test', ['EXTRAS=dev,test']],
    ['FLAGS=--opt=a=b', ['FLAGS=--opt=a=b']],
    ['EMPTY=', ['EMPTY=']],
    ['  A=1  \n\n\tB=two words \r\nC=3\n', ['A=1', 'B=two words', 'C=3']],
    ['_PRIVATE=x\nlower_case=y', ['_PRIVATE=x', 'lower_case=y']],
    ['"LABELS=env=prod,team=core"', ['LABELS=env=prod,team=core']],
    ['URL=https://x.example/a?b=1&c=2', ['URL=https://x.example/a?b=1&c=2']],
    ['LIST=a, b, c', ['LIST=a, b, c']]
  ])('%j → %j', (raw, expected) => {
    expect(parseBuildArgs(raw)).toEqual(expected)
  })

  it.each([
    ['A=1,B=2', /line 1 is A=… with ",B=" in its value: one argument A, not two/],
    ['FEATURES=a,DEBUG=1', /line 1 is FEATURES=… with ",DEBUG=" in its value/],
    ['X=1\nA=1, B=2', /line 2 is A=… with ",B=" in its value/],
    ['NOEQUALS', /line 1 has no =; accepted: one KEY=VALUE per line/],
    ['# a comment', /line 1 has no =/],
    ['1ABC=x', /line 1 has the name "1ABC"/],
    ['=x', /line 1 has the name ""/],
    ['MY-ARG=x', /line 1 has the name "MY-ARG"/],
    ['A=1\nA=2', /line 2 sets A again/]
  ])('%j is refused: %s', (raw, message) => {
    expect(() => parseBuildArgs(raw)).toThrow(message)
  })

  it('never quotes a value back', () => {
    for (const raw of ['TOKEN=s3cr3t,OTHER=1', 's3cr3t']) {
      expect(() => parseBuildArgs(raw)).toThrow(/Input "build-args"/)
      try {
        parseBuildArgs(raw)
      } catch (error) {
        expect(String(error)).not.toContain('s3cr3t')
        expect(String((error as { hint?: string }).hint)).not.toContain('s3cr3t')
      }
    }
  })

  it('is what readDockerPushInputs passes on', () => {
    expect(read({ 'build-args': 'EXTRAS=dev,test\nFEATURES=a\n' }).buildArgs).toEqual([
      'EXTRAS=dev,test',
      'FEATURES=a'
    ])
  })
})

describe('base: a commit id, or a tag or branch name', () => {
  // Every name git check-ref-format --allow-onelevel takes (and does not start with "-") is a
  // name here, and the other way round: asked of git itself, not written down twice.
  it.each([
    'v1.4.1',
    'api/v1.4.1',
    'origin/main',
    'release-2024.01',
    'feature/ü-umlaut',
    'a/-b',
    'main',
    'a..b',
    'a b',
    'x.lock',
    'a/x.lock/b',
    '@',
    'a@{1}',
    'a.',
    '.a',
    'a/.b',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    'a//b',
    '/a',
    'a/',
    'tab\there',
    'del\x7f'
  ])('%j as git check-ref-format sees it', (name) => {
    const git = spawnSync('git', ['check-ref-format', '--allow-onelevel', name]).status === 0
    expect(isRefName(name)).toBe(git)
  })

  it.each([
    ['', ''],
    ['v1.4.1', 'v1.4.1'],
    ['abc1234', 'abc1234'],
    ['a'.repeat(40), 'a'.repeat(40)],
    ['origin/main', 'origin/main']
  ])('%j is accepted', (base, expected) => {
    expect(checkBaseInput(base)).toBe(expected)
    expect(read({ base }).base).toBe(expected)
  })

  it.each([
    '--upload-pack=touch /tmp/pwned',
    '-u touch /tmp/pwned',
    '--output=/tmp/x',
    '-',
    'HEAD~1',
    'main^',
    'a..b',
    'v1:refs/tags/v1',
    'main@{yesterday}',
    'two words'
  ])('%j is refused, naming the input and the accepted forms', (base) => {
    expect(() => read({ base })).toThrow(
      /^Input "base" is ".*"; accepted: a commit id \(7 to 64 hex digits.*or a tag or branch name as git check-ref-format takes it.*not starting with "-"\.$/
    )
  })
})

describe('operators-dir: a folder inside the workspace', () => {
  it.each([
    ['operators', 'operators'],
    ['operators/', 'operators'],
    ['./operators', 'operators'],
    [path.join(workspace, 'operators'), 'operators'],
    ['src/../operators', 'operators'],
    ['in-link', 'src/ops'],
    ['.', '.']
  ])('%j → %j', (value, expected) => {
    expect(read({ 'operators-dir': value }).operatorsDir).toBe(expected)
  })

  it.each([
    ['../elsewhere', 'outside the workspace'],
    [path.join(tmp, 'elsewhere'), 'outside the workspace'],
    ['out-link', 'outside the workspace'],
    ['/', 'outside the workspace'],
    ['missing', 'no folder in the workspace'],
    ['README.md', 'no folder in the workspace']
  ])('%j is refused: %s', (value, why) => {
    expect(() => read({ 'operators-dir': value })).toThrow(
      new RegExp(
        `^Input "operators-dir" is ".*", which is .*${why}.*; accepted: a folder inside the workspace`
      )
    )
  })
})

describe('readRepositoryFile: regular files inside the repository, capped', () => {
  const root = path.join(tmp, 'repo')
  mkdirSync(path.join(root, 'sub'), { recursive: true })
  writeFileSync(path.join(root, 'small'), 'FROM scratch\n')
  writeFileSync(path.join(root, 'at-cap'), 'x'.repeat(64))
  writeFileSync(path.join(root, 'over-cap'), 'x'.repeat(65))
  writeFileSync(path.join(tmp, 'secret'), 'outside\n')
  symlinkSync('small', path.join(root, 'link-in'))
  symlinkSync('/dev/zero', path.join(root, 'zero'))
  symlinkSync(path.join(tmp, 'secret'), path.join(root, 'link-out'))
  symlinkSync('nowhere', path.join(root, 'dangling'))
  symlinkSync('loop', path.join(root, 'loop'))
  execFileSync('mkfifo', [path.join(root, 'pipe')])

  it.each([
    ['small', { kind: 'text', text: 'FROM scratch\n' }],
    ['link-in', { kind: 'text', text: 'FROM scratch\n' }],
    ['at-cap', { kind: 'text', text: 'x'.repeat(64) }],
    ['over-cap', { kind: 'too-large', size: 65 }],
    ['zero', { kind: 'outside', target: '/dev/zero' }],
    ['link-out', { kind: 'outside', target: path.join(tmp, 'secret') }],
    ['../secret', { kind: 'outside', target: path.join(tmp, 'secret') }],
    ['missing', { kind: 'missing' }],
    ['dangling', { kind: 'missing' }],
    ['loop', { kind: 'not-a-file' }],
    ['pipe', { kind: 'not-a-file' }],
    ['sub', { kind: 'not-a-file' }]
  ])('%s → %j', (file, expected) => {
    const found = readRepositoryFile(root, root, file, 64)
    expect(
      found.kind === 'text' ? { kind: 'text', text: found.bytes.toString('utf8') } : found
    ).toEqual(expected)
  })
})
