import { describe, expect, it } from 'vitest'
import { classifyWriteRefusal, decideSyncStep, mayHaveHappened } from '../src/decide-sync.js'
import { fillTemplate } from '../src/inputs.js'
import { formatSyncOutputs } from '../src/main.js'
import { findStepFailure } from '../src/sync-branches.js'
import type { TargetResult } from '../src/sync-target.js'

describe('decideSyncStep', () => {
  it.each([
    ['identical', 'up-to-date'],
    ['behind', 'up-to-date'],
    ['ahead', 'fast-forward'],
    ['diverged', 'merge']
  ] as const)('target...source %s → %s', (status, step) => {
    expect(decideSyncStep(status)).toBe(step)
  })
})

describe('classifyWriteRefusal', () => {
  const error = (status: number, message: string) => Object.assign(new Error(message), { status })
  it.each([
    [error(409, 'Merge conflict'), { kind: 'conflict', reason: 'merge conflict' }],
    [error(422, 'Update is not a fast forward'), { kind: 'moved' }],
    [error(404, 'Not Found'), { kind: 'missing' }],
    [
      error(422, 'Protected branch update failed for refs/heads/main. - https://docs.github.com/x'),
      {
        kind: 'protected',
        reason: 'GitHub refused the update (Protected branch update failed for refs/heads/main.)'
      }
    ],
    [
      error(403, 'Changes must be made through a pull request.'),
      {
        kind: 'protected',
        reason: 'GitHub refused the update (Changes must be made through a pull request.)'
      }
    ],
    // The token lacks contents: write: no pull request would help, so it is not a refusal to work around.
    [error(403, 'Resource not accessible by integration'), undefined],
    [error(500, 'boom'), undefined],
    [new Error('no status'), undefined]
  ])('%o → %o', (failure, expected) => {
    const refusal = classifyWriteRefusal(failure)
    if (expected === undefined) expect(refusal).toBeUndefined()
    else expect(refusal).toMatchObject(expected)
  })
})

describe('mayHaveHappened: a failed write worth reading back', () => {
  const error = (status: number | undefined, message: string) =>
    Object.assign(new Error(message), status === undefined ? {} : { status })
  it.each([
    [error(422, 'Reference already exists'), true],
    [error(422, 'A pull request already exists for octo-org:sync/main-into-development.'), true],
    [error(502, 'Bad Gateway'), true],
    [error(500, 'fetch failed'), true],
    [error(undefined, 'fetch failed'), true],
    [error(422, 'Update is not a fast forward'), false],
    [error(422, 'Validation Failed'), false],
    [error(409, 'Merge conflict'), false],
    [error(404, 'Not Found'), false],
    [error(403, 'Resource not accessible by integration'), false],
    [error(401, 'Bad credentials'), false]
  ])('%o → %s', (failure, expected) => {
    expect(mayHaveHappened(failure)).toBe(expected)
  })
})

describe('outputs and the step result', () => {
  const result = (target: string, status: TargetResult['status'], extra = {}): TargetResult => ({
    target,
    status,
    before: 'a',
    sha: 'b',
    pullRequest: undefined,
    reason: status,
    ...extra
  })

  it('lists updated targets and those left with a pull request', () => {
    const results = [
      result('development', 'merged'),
      result('security/hotfix', 'pull-request', { pullRequest: { number: 4, url: 'u' } }),
      result('staging', 'missing', { sha: undefined }),
      result('qa', 'fast-forwarded')
    ]
    expect(formatSyncOutputs(results)).toEqual({
      results: [
        {
          target: 'development',
          status: 'merged',
          sha: 'b',
          'pull-request': null,
          reason: 'merged'
        },
        {
          target: 'security/hotfix',
          status: 'pull-request',
          sha: 'b',
          'pull-request': 4,
          reason: 'pull-request'
        },
        {
          target: 'staging',
          status: 'missing',
          sha: null,
          'pull-request': null,
          reason: 'missing'
        },
        {
          target: 'qa',
          status: 'fast-forwarded',
          sha: 'b',
          'pull-request': null,
          reason: 'fast-forwarded'
        }
      ],
      updated: ['development', 'qa'],
      conflicts: ['security/hotfix'],
      notice: [
        '• security/hotfix: not merged (pull-request): resolve it in [pull request #4](u)',
        '• staging: no such branch (missing)'
      ].join('\n')
    })
  })

  it.each([
    [[result('a', 'merged'), result('b', 'skipped'), result('c', 'missing')], undefined],
    [
      [result('a', 'failed', { reason: 'HTTP 500' }), result('b', 'merged')],
      '1 of 2 target(s) failed: a (HTTP 500)'
    ]
  ])('step failure for %#', (results, expected) => {
    expect(findStepFailure(results)).toBe(expected)
  })
})

it.each([
  ['Sync {source} into {target}', 'Sync main into security/hotfix'],
  ['{target} ← {source} ({source})', 'security/hotfix ← main (main)'],
  ['Release v1.3.0', 'Release v1.3.0']
])('fillTemplate %j', (template, expected) => {
  expect(fillTemplate(template, 'main', 'security/hotfix')).toBe(expected)
})
