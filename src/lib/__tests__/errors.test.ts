import { describe, expect, it } from 'vitest'
import { ConfigurationError, errorMessage, formatFailure } from '../errors.js'

describe('errorMessage', () => {
  const circular: Record<string, unknown> = {}
  circular.self = circular
  it.each([
    [new Error('boom'), 'boom'],
    [new TypeError(''), 'TypeError'],
    ['plain text', 'plain text'],
    [{ code: 42 }, '{"code":42}'],
    [undefined, 'undefined'],
    [null, 'null'],
    [7, '7'],
    [circular, '[object Object]']
  ])('%o → %j', (error, expected) => {
    expect(errorMessage(error)).toBe(expected)
  })
})

describe('formatFailure', () => {
  it.each([
    [
      new ConfigurationError('Input "mode" is "x"; accepted: sync.', 'Fix the workflow.'),
      'sync-branches: Input "mode" is "x"; accepted: sync. Fix the workflow.'
    ],
    [new ConfigurationError('No token.'), 'sync-branches: No token.'],
    [
      new Error('undefined is not a function'),
      'sync-branches failed unexpectedly: undefined is not a function. ' +
        'This is a bug in release-actions; please report it with this log.'
    ]
  ])('%o', (error, expected) => {
    expect(formatFailure('sync-branches', error)).toBe(expected)
  })
})
