import { describe, expect, it } from 'vitest'
import { fitPullRequestBody, MAX_PULL_REQUEST_BODY } from '../src/fit-pull-request-body.js'

const URL = 'https://github.com/o/r/compare/main...development'

describe('fitPullRequestBody', () => {
  it.each([
    ['empty', ''],
    ['short', 'Notes'],
    ['exactly the limit', 'x'.repeat(MAX_PULL_REQUEST_BODY)]
  ])('%s: unchanged', (_name, body) => {
    expect(fitPullRequestBody(body, URL)).toBe(body)
  })

  it.each([
    ['one over, one line', 'x'.repeat(MAX_PULL_REQUEST_BODY + 1)],
    [
      '200,000 characters of lines',
      Array.from({ length: 5000 }, (_, i) => `* line ${i} ${'y'.repeat(30)}`).join('\n')
    ],
    ['emoji with no line end', '😀'.repeat(40_000)]
  ])('%s: within the limit, ending with the link, no broken character', (_name, body) => {
    const fitted = fitPullRequestBody(body, URL)
    expect(fitted.length).toBeLessThanOrEqual(MAX_PULL_REQUEST_BODY)
    expect(fitted.endsWith(`[every change](${URL})`)).toBe(true)
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(body.startsWith(fitted.slice(0, fitted.indexOf('\n\n…cut')))).toBe(true)
  })

  it('cuts at a line end when there is one', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `* line ${i} ${'y'.repeat(30)}`).join('\n')
    const kept = fitPullRequestBody(body, URL).split('\n\n…cut')[0] ?? ''
    expect(kept.split('\n').every((line) => /^\* line \d+ y{30}$/.test(line))).toBe(true)
  })
})
