import { describe, expect, it } from 'vitest'
import { sortVersionTags } from '../src/init/version-tags.js'

describe('sortVersionTags', () => {
  it.each([
    ['none', [], []],
    ['no version among them', ['latest', 'stable', 'release-1'], []],
    ['numeric, not alphabetical', ['v1.2.0', 'v1.10.0', 'v1.9.3'], ['v1.10.0', 'v1.9.3', 'v1.2.0']],
    [
      'a major or minor tag before the releases it covers',
      ['v1.2.0', 'v1', 'v1.2', 'v2.0.0', 'v2'],
      ['v2', 'v2.0.0', 'v1', 'v1.2', 'v1.2.0']
    ],
    ['with and without the v', ['1.0.0', 'v2.0.0', 'v1.0.0'], ['v2.0.0', '1.0.0', 'v1.0.0']],
    [
      'pre-releases, four parts and other names left out',
      ['v1.0.0-rc.1', 'v1.0.0.1', 'v1.0.0', 'v', 'vnext', 'v1.0.0^{}'],
      ['v1.0.0']
    ],
    ['each tag once', ['v1', 'v1'], ['v1']]
  ])('%s', (_name, tags, expected) => {
    expect(sortVersionTags(tags)).toEqual(expected)
  })
})
