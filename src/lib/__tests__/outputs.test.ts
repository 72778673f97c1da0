import { describe, expect, it } from 'vitest'
import { formatOutput, setOutputs } from '../outputs.js'

describe('formatOutput', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['', ''],
    [undefined, ''],
    [null, ''],
    [true, 'true'],
    [false, 'false'],
    [42, '42'],
    [['a', 'b'], '["a","b"]'],
    [{ include: [{ operator: 'x' }] }, '{"include":[{"operator":"x"}]}']
  ])('%j → %j', (value, expected) => {
    expect(formatOutput(value)).toBe(expected)
  })
})

it('setOutputs sets every output as a string', () => {
  const set: [string, string][] = []
  setOutputs({ version: '1.0.0', created: false, updated: [] }, (n, v) => set.push([n, v]))
  expect(set).toEqual([
    ['version', '1.0.0'],
    ['created', 'false'],
    ['updated', '[]']
  ])
})
