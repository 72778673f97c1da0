import { describe, expect, it } from 'vitest'
import { decideDevMove, decideProductionMoves } from '../src/decide-floating-tags.js'
import { nameImageArg, type Operator } from '../src/discover-operators.js'
import { readTagVersion } from '../src/docker-push-operators.js'
import { assertDistinctImages } from '../src/plan-images.js'

describe('floating tags move only forward (production)', () => {
  it.each([
    ['a first release', '1.0.0', [], { latest: true, '1.0': true }],
    [
      'the newest release',
      '1.4.0',
      ['1.3.0', '1.3', 'latest', '1.4.0'],
      { latest: true, '1.4': true }
    ],
    [
      'a rerun of an old release',
      '1.2.0',
      ['1.2.0', '1.3.0', 'latest'],
      { latest: false, '1.2': true }
    ],
    ['an old patch on its own line', '1.2.5', ['1.2.4', '1.3.0'], { latest: false, '1.2': true }],
    ['an old patch below its line', '1.2.3', ['1.2.4', '1.3.0'], { latest: false, '1.2': false }],
    [
      'prereleases never count as released',
      '1.3.0',
      ['1.4.0-rc.1', '1.3.0'],
      { latest: true, '1.3': true }
    ],
    [
      'numeric order, not text order',
      '1.10.0',
      ['1.9.0', '1.10.0'],
      { latest: true, '1.10': true }
    ],
    [
      'other tags are ignored',
      '2.0.0',
      ['dev', 'dev-abc1234', 'v9.9.9', 'latest'],
      { latest: true, '2.0': true }
    ],
    ['a major below the highest', '1.9.0', ['2.0.0', '1.9.0'], { latest: false, '1.9': true }]
  ])('%s: %s over %j', (_name, version, existing, expected) => {
    const line = version.split('.').slice(0, 2).join('.')
    const decisions = decideProductionMoves(version, [line, 'latest'], existing)
    expect(Object.fromEntries(decisions.map((d) => [d.tag, d.move]))).toEqual(expected)
    for (const d of decisions.filter((d) => !d.move))
      expect(d.why).toMatch(/^stays: .* is released, higher than/)
  })
})

describe('dev moves only to a commit that contains the one it holds (staging)', () => {
  it.each([
    ['absent', true, 'first dev image'],
    ['same', true, 'already this commit'],
    ['ancestor', true, 'abc1234 → this commit'],
    ['not-ancestor', false, 'stays: it holds abc1234, which this commit does not contain'],
    ['unknown', false, 'stays: cannot tell whether this commit contains abc1234']
  ] as const)('%s → move %s', (ancestry, move, why) => {
    expect(decideDevMove(ancestry, 'abc1234def')).toEqual({ tag: 'dev', move, why })
  })
})

describe('readTagVersion', () => {
  it.each([
    ['v1.4.2', '1.4.2'],
    ['1.4.2', '1.4.2'],
    ['api/v1.4.2', '1.4.2'],
    ['release-2.0.0-rc.1', '2.0.0-rc.1'],
    ['v1.4', undefined],
    ['21.4.2', '21.4.2'],
    ['x1.4.2.3', undefined],
    ['abc1234', undefined]
  ])('%s → %s', (tag, version) => expect(readTagVersion(tag)).toBe(version))
})

describe('image names', () => {
  const op = (name: string): Operator => ({
    name,
    dir: `operators/${name}`,
    dockerfile: '',
    dependsOn: [],
    fromByTag: [],
    references: []
  })

  it.each([
    ['base', 'BASE_IMAGE'],
    ['my-lib', 'MY_LIB_IMAGE'],
    ['lib.v2', 'LIB_V2_IMAGE'],
    ['Api', 'API_IMAGE']
  ])('the build argument for %s is %s', (name, arg) => expect(nameImageArg(name)).toBe(arg))

  it('folders whose images collide are refused, naming both', () => {
    expect(() => assertDistinctImages([op('Api'), op('api'), op('worker')], '')).toThrow(
      'Operator folders Api and api (both api) push to the same image'
    )
    expect(() => assertDistinctImages([op('api'), op('worker')], 'ops-')).not.toThrow()
  })
})
