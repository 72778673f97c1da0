import { describe, expect, it } from 'vitest'
import {
  applyPreOneRule,
  readBumpFromCommit,
  readBumpFromCommits,
  readBumpFromLabels
} from '../src/bump.js'

describe('readBumpFromLabels', () => {
  it.each([
    [[], undefined],
    [['bug', 'documentation'], undefined],
    [['release:patch'], 'patch'],
    [['release:minor', 'bug'], 'minor'],
    [['release:patch', 'release:major', 'release:minor'], 'major'],
    [['release:major', 'release:skip'], 'skip'],
    [['Release:Minor'], 'minor'],
    [['release:huge'], undefined]
  ])('%j → %s', (labels, expected) => {
    expect(readBumpFromLabels(labels)).toBe(expected)
  })
})

describe('readBumpFromCommit', () => {
  it.each([
    ['feat: add the beta operator', 'minor'],
    ['feat(api): paginate', 'minor'],
    ['fix: null check', 'patch'],
    ['chore(deps): bump requests', 'patch'],
    ['docs: readme', 'patch'],
    ['feat!: drop Python 3.8', 'major'],
    ['refactor(core)!: rename', 'major'],
    ['fix: x\n\nBREAKING CHANGE: the config moved', 'major'],
    ['fix: x\n\nBREAKING-CHANGE: the config moved', 'major'],
    ['feat: mention BREAKING CHANGE: inline only', 'minor'],
    // Squash commits: a free-text title, the squashed commits listed in the body.
    ['Release v1.3.0 (#12)\n\n* feat: add export\n* fix: typo', 'minor'],
    ['Release v2.0.0 (#13)\n\n* fix: typo\n* feat(api)!: drop v1', 'major'],
    ['Add export (#14)\n\n- feat: add export', 'minor'],
    // BREAKING CHANGE footers wherever they stand.
    ['Rework the config (#15)\n\nBREAKING CHANGE: the config moved', 'major'],
    ['fix: x\n\nBREAKING CHANGE:\nthe config moved to config.yml', 'major'],
    ['Rework (#16)\n\n* fix: x\n* BREAKING CHANGE: the config moved', 'major'],
    ['fix: x\n\nBREAKING-CHANGE:\tthe config moved', 'major'],
    ['fix: mention\n\nnot a BREAKING CHANGE: inline', 'patch'],
    // Spacing and scopes.
    ['feat:  two spaces after the colon', 'minor'],
    ['feat(api,web)!: scopes and a bang', 'major'],
    ['  feat: indented title', 'minor'],
    // Reverts count as changes, not as what they revert.
    ['revert: feat!: drop Python 3.8', 'patch'],
    ['Revert "feat!: drop Python 3.8"\n\nThis reverts commit 0123456.', undefined],
    ['Merge pull request #12 from org/development', undefined],
    ['Update README.md', undefined],
    ['feat:missing space', undefined],
    ['', undefined]
  ])('%j → %s', (message, expected) => {
    expect(readBumpFromCommit(message)).toBe(expected)
  })
})

describe('readBumpFromCommits', () => {
  const c = (sha: string, message: string) => ({ sha, message })

  it('takes the largest bump and lists the commits that ask for it', () => {
    expect(
      readBumpFromCommits([
        c('1', 'fix: a'),
        c('2', 'feat: b'),
        c('3', 'Merge x'),
        c('4', 'feat: d')
      ])
    ).toEqual({ bump: 'minor', commits: [c('2', 'feat: b'), c('4', 'feat: d')] })
  })

  it.each([[[]], [[{ sha: '1', message: 'Update README.md' }]]])(
    'no conventional commit in %j → undefined',
    (commits) => {
      expect(readBumpFromCommits(commits)).toBeUndefined()
    }
  )
})

describe('applyPreOneRule', () => {
  it.each([
    ['major', '0.4.2', 'minor'],
    ['minor', '0.4.2', 'minor'],
    ['patch', '0.4.2', 'patch'],
    ['major', '1.0.0', 'major'],
    ['major', undefined, 'major']
  ] as const)('%s at %s → %s', (bump, highest, expected) => {
    expect(applyPreOneRule(bump, highest)).toBe(expected)
  })
})
