import { describe, expect, it } from 'vitest'
import {
  computeNextVersion,
  describeBump,
  findHighestStable,
  parseVersionTag,
  selectComparableTags,
  selectVersionTags,
  type Bump
} from '../src/versions.js'

describe('parseVersionTag', () => {
  it.each([
    ['v1.2.3', 'v', '1.2.3'],
    ['v1.2.3-rc.1', 'v', '1.2.3-rc.1'],
    ['v0.0.0', 'v', '0.0.0'],
    ['1.2.3', '', '1.2.3'],
    ['release/2.0.0', 'release/', '2.0.0'],
    ['v1', 'v', undefined],
    ['v1.2', 'v', undefined],
    ['nightly-3', 'v', undefined],
    ['foo-1.2.3', 'v', undefined],
    ['v01.2.3', 'v', undefined],
    ['vv1.2.3', 'v', undefined],
    ['v1.2.3+build.1', 'v', undefined],
    ['v1.2.3-', 'v', undefined],
    ['v1.2.3-01', 'v', undefined],
    ['V1.2.3', 'v', undefined],
    ['v1.2.3', '', undefined]
  ])('%s with prefix %j → %s', (name, prefix, expected) => {
    expect(parseVersionTag(name, prefix)).toBe(expected)
  })
})

describe('selectVersionTags and selectComparableTags', () => {
  const refs = ['v1.2.3', 'v1.10.0', 'v1.9.9', 'v2.0.0-rc.1', 'v1', 'nightly'].map((name) => ({
    name,
    objectSha: name,
    annotated: false
  }))

  it('orders by semver precedence: prereleases below their release, numeric identifiers by value', () => {
    const names = [
      'v1.0.0-rc.1',
      'v1.0.0',
      'v1.0.0-alpha',
      'v1.0.0-rc.10',
      'v1.0.0-alpha.beta',
      'v1.0.0-rc.2',
      'v0.9.99',
      'v1.0.0-beta',
      'v12345678901234567890.0.0',
      'v2.0.0'
    ]
    const tags = names.map((name) => ({ name, objectSha: name, annotated: false }))
    expect(selectVersionTags(tags, 'v').map((t) => t.name)).toEqual([
      'v12345678901234567890.0.0',
      'v2.0.0',
      'v1.0.0',
      'v1.0.0-rc.10',
      'v1.0.0-rc.2',
      'v1.0.0-rc.1',
      'v1.0.0-beta',
      'v1.0.0-alpha.beta',
      'v1.0.0-alpha',
      'v0.9.99'
    ])
  })

  it('keeps version tags, highest first by semver (1.10.0 above 1.9.9)', () => {
    expect(selectVersionTags(refs, 'v').map((t) => t.name)).toEqual([
      'v2.0.0-rc.1',
      'v1.10.0',
      'v1.9.9',
      'v1.2.3'
    ])
  })

  it.each([
    ['', ['v1.10.0', 'v1.9.9', 'v1.2.3']],
    ['rc', ['v2.0.0-rc.1', 'v1.10.0', 'v1.9.9', 'v1.2.3']]
  ])('prerelease %j compares against %j', (prerelease, expected) => {
    const tags = selectVersionTags(refs, 'v')
    expect(selectComparableTags(tags, prerelease).map((t) => t.name)).toEqual(expected)
  })
})

describe('findHighestStable', () => {
  it.each([
    ['nothing tagged', [], undefined],
    ['numeric, not text, order', ['1.9.9', '1.10.0', '1.2.3'], '1.10.0'],
    ['prereleases skipped', ['2.0.0-rc.1', '1.4.0', '3.0.0-beta-2'], '1.4.0'],
    ['only prereleases', ['1.0.0-rc.1', '1.0.0-rc-2'], undefined],
    ['not a version skipped', ['nope', '0.3.0'], '0.3.0']
  ])('%s', (_, existing, expected) => {
    expect(findHighestStable(existing)).toBe(expected)
  })
})

describe('computeNextVersion', () => {
  const cases: [string, string[], Bump, string, string][] = [
    ['first release', [], 'minor', '', '0.1.0'],
    ['first prerelease', [], 'patch', 'rc', '0.1.0-rc.1'],
    ['patch', ['1.2.3'], 'patch', '', '1.2.4'],
    ['minor', ['1.2.3'], 'minor', '', '1.3.0'],
    ['major', ['1.2.3'], 'major', '', '2.0.0'],
    ['from the highest, not the newest', ['1.2.3', '1.10.0', '1.9.9'], 'patch', '', '1.10.1'],
    ['a stable release after rcs', ['1.2.3', '1.3.0-rc.2'], 'minor', '', '1.3.0'],
    ['first rc', ['1.2.3'], 'minor', 'rc', '1.3.0-rc.1'],
    ['next rc', ['1.2.3', '1.3.0-rc.1'], 'minor', 'rc', '1.3.0-rc.2'],
    ['a fix keeps the open rc line', ['1.2.3', '1.3.0-rc.2'], 'patch', 'rc', '1.3.0-rc.3'],
    ['a breaking change starts a new line', ['1.2.3', '1.3.0-rc.2'], 'major', 'rc', '2.0.0-rc.1'],
    ['another identifier starts at 1', ['1.2.3', '1.3.0-beta.4'], 'minor', 'rc', '1.3.0-rc.1'],
    ['rc numbers past gaps', ['1.2.3', '1.3.0-rc.1', '1.3.0-rc.7'], 'minor', 'rc', '1.3.0-rc.8'],
    ['a released line is closed', ['1.3.0', '1.3.0-rc.2'], 'patch', 'rc', '1.3.1-rc.1'],
    // Past 2^53 - 1: exact digit arithmetic, never null, NaN or an exponent.
    ['a patch past 2^53 - 1', ['1.2.9007199254740993'], 'patch', '', '1.2.9007199254740994'],
    ['a major past 2^64', ['18446744073709551616.4.2'], 'major', '', '18446744073709551617.0.0'],
    ['a minor past 2^53 - 1', ['0.9007199254740992.7'], 'minor', '', '0.9007199254740993.0'],
    [
      'a 22-digit rc counter',
      ['1.2.3', '1.3.0-rc.1000000000000000000000'],
      'minor',
      'rc',
      '1.3.0-rc.1000000000000000000001'
    ],
    ['rc.final is no number', ['1.0.0', '1.0.1-rc.final'], 'patch', 'rc', '1.0.1-rc.1'],
    [
      'rc.final beside numbers',
      ['1.0.0', '1.0.1-rc.final', '1.0.1-rc.4'],
      'patch',
      'rc',
      '1.0.1-rc.5'
    ],
    [
      'rc with more identifiers is no counter',
      ['1.0.0', '1.0.1-rc.2.hotfix'],
      'patch',
      'rc',
      '1.0.1-rc.1'
    ],
    [
      'an rc line above 2^53 - 1',
      ['1.2.3', '1.9007199254740993.0-rc.1'],
      'patch',
      'rc',
      '1.9007199254740993.0-rc.2'
    ]
  ]
  it.each(cases)(
    '%s: %j + %s (prerelease %j) → %s',
    (_name, existing, bump, prerelease, expected) => {
      expect(computeNextVersion({ bump, initialVersion: '0.1.0', prerelease, existing })).toBe(
        expected
      )
    }
  )
})

describe('describeBump', () => {
  it.each([
    [undefined, '0.1.0', 'none'],
    ['1.2.3', '2.0.0', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['1.2.3', '1.3.0-rc.1', 'minor'],
    ['1.3.0-rc.1', '1.3.0-rc.2', 'patch'],
    ['1.2.3', '1.2.3', 'none'],
    ['9007199254740993.0.0', '9007199254740994.0.0', 'major'],
    ['1.0.1-rc.1000000000000000000000', '1.0.1-rc.1000000000000000000001', 'patch']
  ])('%s → %s is %s', (previous, version, expected) => {
    expect(describeBump(previous, version)).toBe(expected)
  })
})
