import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readStateEnv, shouldRunPost, type StepStatus } from '../post-step.js'

const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-post-step-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const runs = (postIf?: string) => ({
  using: 'node24',
  main: 'dist/index.js',
  post: 'dist/index.js',
  ...(postIf === undefined ? {} : { 'post-if': postIf })
})
const contexts = { runner: { os: 'Linux' } }

describe('shouldRunPost', () => {
  it.each<[string | undefined, StepStatus, boolean]>([
    [undefined, 'success', true],
    [undefined, 'cancelled', true],
    ['always()', 'failure', true],
    ['always()', 'cancelled', true],
    ['${{ always() }}', 'cancelled', true],
    ['success()', 'success', true],
    ['success()', 'failure', false],
    ['success()', 'cancelled', false],
    ['failure()', 'failure', true],
    ['cancelled()', 'cancelled', true],
    ['cancelled()', 'success', false],
    ["runner.os == 'Linux'", 'success', true],
    ["runner.os == 'Windows'", 'success', false]
  ])('post-if %j after a %s main → %s', (postIf, status, expected) => {
    expect(shouldRunPost(runs(postIf), status, contexts)).toBe(expected)
  })

  it('never without runs.post', () => {
    expect(shouldRunPost({ using: 'node24', main: 'x.js' }, 'success', contexts)).toBe(false)
  })
})

describe('readStateEnv', () => {
  it('turns both GITHUB_STATE forms into STATE_<name>', () => {
    const file = path.join(temp, 'state')
    writeFileSync(file, 'isPost<<ghadelimiter_1\ntrue\nghadelimiter_1\nplain=a=b\n')
    expect(readStateEnv(file)).toEqual({ STATE_isPost: 'true', STATE_plain: 'a=b' })
  })
})
