import { describe, expect, it } from 'vitest'
import { parseCommandFile, parseWorkflowCommands } from '../harness/command-files.js'
import { buildInputEnv, expandExpressions, inputEnvName } from '../harness/run-action.js'

describe('parseCommandFile', () => {
  it.each([
    ['', {}],
    ['version=1.2.3\n', { version: '1.2.3' }],
    ['a=x=y\nb=\n', { a: 'x=y', b: '' }],
    ['notes<<ghadelimiter_1\nline 1\n\nline 3\nghadelimiter_1\n', { notes: 'line 1\n\nline 3' }],
    ['e<<EOF\nEOF\nf=1\n', { e: '', f: '1' }],
    ['a<<D\r\nx\r\nD\r\n', { a: 'x' }]
  ])('%j', (text, expected) => {
    expect(parseCommandFile(text)).toEqual(expected)
  })

  it.each([['a<<D\nnever closed\n'], ['no equals sign\n']])('rejects %j', (text) => {
    expect(() => parseCommandFile(text)).toThrow()
  })
})

describe('parseWorkflowCommands', () => {
  it('decodes commands, properties and escaped data', () => {
    const stdout = [
      'plain log line',
      '::add-mask::s3cret',
      '::error::tag-release: bad%0Anext line 100%25',
      '::warning file=a.ts,line=3,title=x%3Ay%2Cz::careful',
      '::debug::quiet'
    ].join('\n')
    expect(parseWorkflowCommands(stdout)).toEqual([
      { command: 'add-mask', properties: {}, message: 's3cret' },
      { command: 'error', properties: {}, message: 'tag-release: bad\nnext line 100%' },
      {
        command: 'warning',
        properties: { file: 'a.ts', line: '3', title: 'x:y,z' },
        message: 'careful'
      },
      { command: 'debug', properties: {}, message: 'quiet' }
    ])
  })
})

describe('inputs as the runner passes them', () => {
  it.each([
    ['dry-run', 'INPUT_DRY-RUN'],
    ['github-token', 'INPUT_GITHUB-TOKEN'],
    ['my input', 'INPUT_MY_INPUT']
  ])('%s → %s', (name, env) => {
    expect(inputEnvName(name)).toBe(env)
  })

  const expressions = { 'github.token': 'tok', 'github.sha': 'abc', 'job.status': 'success' }
  it.each([
    ['plain', 'plain'],
    ['${{ github.token }}', 'tok'],
    ['${{github.sha}}-${{ job.status }}', 'abc-success']
  ])('expands %j', (text, expected) => {
    expect(expandExpressions(text, expressions)).toBe(expected)
  })

  it('refuses an expression it cannot evaluate rather than passing it through', () => {
    expect(() => expandExpressions('${{ secrets.X }}', expressions)).toThrow(/secrets\.X/)
  })

  it('sets given inputs and declared defaults, and nothing for an input with no default', () => {
    const declared = {
      token: { default: '${{ github.token }}' },
      'dry-run': { default: false },
      sha: {}
    }
    expect(buildInputEnv('x', declared, { 'dry-run': true }, expressions)).toEqual({
      INPUT_TOKEN: 'tok',
      'INPUT_DRY-RUN': 'true'
    })
    expect(buildInputEnv('x', declared, {}, expressions)).toEqual({
      INPUT_TOKEN: 'tok',
      'INPUT_DRY-RUN': 'false'
    })
  })

  it('rejects an undeclared input, as a typo in `with:` would be', () => {
    expect(() => buildInputEnv('x', { a: {} }, { b: '1' }, expressions)).toThrow(
      'x has no input(s) b; declared: a'
    )
  })
})
