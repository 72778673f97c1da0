import { describe, expect, it } from 'vitest'
import type { CommitSummary } from '../src/bump.js'
import { decideRangeBump, type MergedPullRequest } from '../src/decide-range-bump.js'

/** A tiny history: `c(sha, message, ...parents)`. */
const c = (sha: string, message: string, ...parents: string[]): CommitSummary => ({
  sha: sha.padEnd(40, '0'),
  message,
  parents: parents.map((p) => p.padEnd(40, '0'))
})
const pr = (
  number: number,
  mergeCommit: string,
  labels: string[] = [],
  title = `PR ${number}`
): MergedPullRequest => ({
  number,
  title,
  url: `https://github.com/o/r/pull/${number}`,
  labels,
  mergeCommitSha: mergeCommit.padEnd(40, '0')
})

// main: base ← a1 (A, squash, release:major) ← b1 (B, squash "fix: typo", no label)
const squashes = [c('a1', 'Breaking rework (#1)', 'base'), c('b1', 'fix: typo (#2)', 'a1')]
// development: f1 feat (PR 3 merge m3, release:minor), r1 docs (PR 4 merge m4, release:skip);
// then the release PR 5 merges development into main with m5.
const train = [
  c('f1', 'feat: add export', 'base'),
  c('m3', 'Merge pull request #3 from o/export', 'base', 'f1'),
  c('r1', 'docs: readme', 'm3'),
  c('m4', 'Merge pull request #4 from o/readme', 'm3', 'r1'),
  c('m5', 'Merge pull request #5 from o/development', 'base', 'm4')
]

describe('decideRangeBump', () => {
  it.each([
    [
      'A major, then B unlabelled: the largest over the range',
      squashes,
      [pr(1, 'a1', ['release:major']), pr(2, 'b1')],
      'major'
    ],
    [
      'feat! then a PR labelled release:patch',
      [c('a1', 'feat!: drop v1', 'base'), c('b1', 'fix: x (#2)', 'a1')],
      [pr(2, 'b1', ['release:patch'])],
      'major'
    ],
    [
      'a trailing release:skip drops only its own changes',
      train.slice(0, 4),
      [pr(3, 'm3', ['release:minor']), pr(4, 'm4', ['release:skip'])],
      'minor'
    ],
    [
      'the release PR with features inside: the innermost PR owns each commit',
      train,
      [
        pr(3, 'm3', ['release:minor']),
        pr(4, 'm4', ['release:skip']),
        pr(5, 'm5', [], 'Release v1.3.0')
      ],
      'minor'
    ],
    [
      'every change skipped: no release',
      [c('r1', 'docs: x', 'base'), c('m4', 'Merge #4', 'base', 'r1')],
      [pr(4, 'm4', ['release:skip'])],
      'skip'
    ],
    [
      'nothing conventional, no label: undefined (default-bump decides)',
      [c('x1', 'Update README.md', 'base')],
      [],
      undefined
    ],
    [
      'a squash body lists the features',
      [c('s1', 'Release v1.3.0 (#9)\n\n* feat: export\n* fix: typo', 'base')],
      [pr(9, 's1')],
      'minor'
    ],
    [
      'a conventional PR title counts for its merge',
      [c('f1', 'wip', 'base'), c('m6', 'Merge pull request #6', 'base', 'f1')],
      [pr(6, 'm6', [], 'feat: export')],
      'minor'
    ],
    [
      'a commit outside any PR counts by its type',
      [c('d1', 'feat!: direct push', 'base')],
      [],
      'major'
    ],
    [
      'a PR whose merge is not in the range is ignored',
      [c('x1', 'fix: y', 'base')],
      [pr(7, 'zz', ['release:major'])],
      'patch'
    ]
  ])('%s → %s', (_name, commits, pulls, expected) => {
    expect(decideRangeBump(commits, pulls).bump).toBe(expected)
  })

  it('says what each pull request and commit asked for', () => {
    const { items } = decideRangeBump(train, [
      pr(3, 'm3', ['release:minor']),
      pr(4, 'm4', ['release:skip']),
      pr(5, 'm5', [], 'Release v1.3.0')
    ])
    expect(
      items.map((i) => [i.ref, i.asked, i.by, i.commits.map((x) => x.sha.slice(0, 2))])
    ).toEqual([
      ['#3', 'minor', 'label release:minor', ['m3', 'f1']],
      ['#4', 'skip', 'label release:skip', ['m4', 'r1']],
      ['#5', undefined, 'nothing conventional', ['m5']]
    ])
  })
})
