import { describe, expect, it } from 'vitest'
import { checkVersion } from '../src/locate-tools.js'

describe('checkVersion: the oldest scanner the gate trusts', () => {
  it.each([
    ['bandit', '1.6.2', 'older than 1.7.5'],
    ['bandit', '1.7.4', 'older than 1.7.5'],
    ['bandit', '1.7', 'older than 1.7.5'],
    ['bandit', '1.7.5', undefined],
    ['bandit', '1.9.4', undefined],
    ['bandit', '2.0.0', undefined],
    ['bandit', 'unknown', 'did not say its version'],
    ['pip-audit', '2.0.0', undefined],
    ['pip-audit', 'unknown', undefined]
  ] as const)('%s %s → %s', (tool, version, problem) => {
    const found = checkVersion(tool, version)
    if (problem === undefined) expect(found).toBeUndefined()
    else expect(found).toContain(problem)
  })
})
