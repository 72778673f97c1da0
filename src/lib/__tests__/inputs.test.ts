import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../errors.js'
import { createInputReader, splitList, type InputSource } from '../inputs.js'

function readerFor(inputs: Record<string, string>) {
  const masked: string[] = []
  const source: InputSource = {
    getInput: (name) => inputs[name] ?? '',
    setSecret: (value) => masked.push(value)
  }
  return { input: createInputReader(source), masked }
}

describe('boolean', () => {
  it.each([
    ['', true, true],
    ['', false, false],
    ['true', false, true],
    ['True', false, true],
    ['TRUE', false, true],
    ['false', true, false],
    ['False', true, false],
    [' false ', true, false]
  ])('%j with default %s reads as %s', (raw, fallback, expected) => {
    expect(readerFor({ 'dry-run': raw }).input.boolean('dry-run', fallback)).toBe(expected)
  })

  it.each(['yes', '1', 'on', 'tru'])(
    'rejects %j naming the input and the accepted values',
    (raw) => {
      const { input } = readerFor({ 'dry-run': raw })
      expect(() => input.boolean('dry-run', false)).toThrow(ConfigurationError)
      expect(() => input.boolean('dry-run', false)).toThrow(
        `Input "dry-run" is "${raw}"; accepted: true, false.`
      )
    }
  )
})

describe('choice', () => {
  const modes = ['sync', 'pull-request'] as const
  it.each([
    ['', 'sync'],
    ['sync', 'sync'],
    ['pull-request', 'pull-request']
  ])('%j reads as %s', (raw, expected) => {
    expect(readerFor({ mode: raw }).input.choice('mode', modes, 'sync')).toBe(expected)
  })

  it.each(['Sync', 'merge', 'pull_request'])('rejects %j listing the accepted values', (raw) => {
    expect(() => readerFor({ mode: raw }).input.choice('mode', modes, 'sync')).toThrow(
      `Input "mode" is "${raw}"; accepted: sync, pull-request.`
    )
  })
})

describe('list', () => {
  it.each([
    ['', []],
    ['development', ['development']],
    ['development,security/hotfix', ['development', 'security/hotfix']],
    ['development\nsecurity/hotfix\n', ['development', 'security/hotfix']],
    [' a , b\n c,, \n', ['a', 'b', 'c']],
    ['a\na\nb', ['a', 'b']],
    ['a\r\nb', ['a', 'b']]
  ])('%j splits into %j', (raw, expected) => {
    expect(readerFor({ targets: raw }).input.list('targets')).toEqual(expected)
    expect(splitList(raw)).toEqual(expected)
  })
})

describe('semver', () => {
  it.each([
    ['', '0.1.0', '0.1.0'],
    ['1.2.3', '', '1.2.3'],
    ['v1.2.3', '', '1.2.3'],
    ['2.0.0-rc.1', '', '2.0.0-rc.1'],
    ['1.2.3+build.5', '', '1.2.3']
  ])('%j (default %j) reads as %s', (raw, fallback, expected) => {
    expect(readerFor({ version: raw }).input.semver('version', fallback)).toBe(expected)
  })

  it.each(['1.2', 'latest', 'v', '01.2.3', '1.2.3.4'])('rejects %j', (raw) => {
    expect(() => readerFor({ version: raw }).input.semver('version')).toThrow(
      /Input "version" is ".*"; accepted: a semantic version such as 1\.2\.3/
    )
  })
})

describe('positiveInteger', () => {
  it.each([
    ['', 2, 2],
    ['1', 2, 1],
    ['16', 2, 16]
  ])('%j (default %d) reads as %d', (raw, fallback, expected) => {
    expect(readerFor({ 'max-parallel': raw }).input.positiveInteger('max-parallel', fallback)).toBe(
      expected
    )
  })

  it.each(['0', '-1', '1.5', 'two', '1e3', '99999999999999999999'])('rejects %j', (raw) => {
    expect(() =>
      readerFor({ 'max-parallel': raw }).input.positiveInteger('max-parallel', 2)
    ).toThrow(`Input "max-parallel" is "${raw}"; accepted: a whole number of 1 or more.`)
  })
})

describe('string, required and secret', () => {
  it('trims and falls back', () => {
    const { input } = readerFor({ title: '  Release  ', empty: '   ' })
    expect(input.string('title')).toBe('Release')
    expect(input.string('empty', 'fallback')).toBe('fallback')
  })

  it.each([
    ['', undefined, 'Input "namespace" is required.'],
    ['  ', 'for production', 'Input "namespace" is required for production.']
  ])('required rejects %j', (raw, why, message) => {
    expect(() => readerFor({ namespace: raw }).input.required('namespace', why)).toThrow(message)
  })

  it('masks a secret before returning it, and masks nothing when unset', () => {
    const set = readerFor({ password: 'hunter2' })
    expect(set.input.secret('password')).toBe('hunter2')
    expect(set.masked).toEqual(['hunter2'])
    const unset = readerFor({})
    expect(unset.input.secret('password')).toBe('')
    expect(unset.masked).toEqual([])
  })
})

describe('requiredSecret', () => {
  it('masks and returns a set value', () => {
    const { input, masked } = readerFor({ 'github-token': ' ghs_abc ' })
    expect(input.requiredSecret('github-token', 'hint')).toBe('ghs_abc')
    expect(masked).toEqual(['ghs_abc'])
  })

  it.each(['', '   '])('refuses %j with the hint', (raw) => {
    const { input, masked } = readerFor({ 'github-token': raw })
    expect(() => input.requiredSecret('github-token', 'Pass a token.')).toThrow(
      expect.objectContaining({ message: 'Input "github-token" is empty.', hint: 'Pass a token.' })
    )
    expect(masked).toEqual([])
  })
})

describe('wholeNumber', () => {
  it.each([
    ['', 3, 3],
    ['0', 3, 0],
    ['10', 3, 10]
  ])('%j (default %d) reads as %d', (raw, fallback, expected) => {
    expect(readerFor({ retries: raw }).input.wholeNumber('retries', fallback, 0, 10)).toBe(expected)
  })

  it.each(['11', '-1', 'x'])('rejects %j with the range', (raw) => {
    expect(() => readerFor({ retries: raw }).input.wholeNumber('retries', 3, 0, 10)).toThrow(
      `Input "retries" is "${raw}"; accepted: a whole number from 0 to 10.`
    )
  })
})
