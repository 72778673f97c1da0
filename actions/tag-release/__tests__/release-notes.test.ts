import { describe, expect, it } from 'vitest'
import { NOTES_BYTE_LIMIT, RELEASE_BODY_LIMIT, truncateNotes } from '../src/release-notes.js'

const COMPARE = 'https://github.com/o/r/compare/v1.2.3...v1.3.0'

describe('truncateNotes', () => {
  it.each([
    ['short notes', 'x'.repeat(100)],
    ['exactly at the byte limit', 'x'.repeat(NOTES_BYTE_LIMIT)],
    ['multi-byte, exactly at the byte limit', '€'.repeat(NOTES_BYTE_LIMIT / 3)]
  ])('keeps %s as they are', (_name, body) => {
    expect(truncateNotes(body, COMPARE)).toBe(body)
  })

  it.each([
    ['one long line', 'x'.repeat(RELEASE_BODY_LIMIT + 1), COMPARE],
    ['many lines', '* a change by @someone in #1\n'.repeat(10_000), COMPARE],
    ['no compare link for a first release', 'y\n'.repeat(70_000), undefined],
    ['one byte over, ASCII', 'x'.repeat(NOTES_BYTE_LIMIT + 1), COMPARE],
    // 100,000 characters is under GitHub's 125,000, but 300,000 bytes: no step input holds it.
    ['multi-byte lines under the character limit', '* データの書き出し\n'.repeat(10_000), COMPARE],
    ['one multi-byte line', '€'.repeat(NOTES_BYTE_LIMIT), COMPARE],
    ['four-byte characters', '😀'.repeat(NOTES_BYTE_LIMIT), undefined]
  ])('cuts %s to the limits and says so', (_name, body, compare) => {
    const cut = truncateNotes(body, compare)
    expect(cut.length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(NOTES_BYTE_LIMIT)
    expect(Buffer.byteLength(cut)).toBeGreaterThan(NOTES_BYTE_LIMIT * 0.5)
    expect(cut).not.toContain('\uFFFD')
    expect(cut).toContain("notes truncated to fit GitHub's limit")
    if (compare) expect(cut).toContain(`Full changes: ${compare}`)
    expect(body.startsWith(cut.slice(0, cut.indexOf('\n\n…')))).toBe(true)
  })

  it('cuts at a line break so no entry is left half-written', () => {
    const cut = truncateNotes('* entry number one\n'.repeat(10_000), COMPARE)
    expect(
      cut
        .slice(0, cut.indexOf('\n\n…'))
        .split('\n')
        .every((l) => l === '* entry number one')
    ).toBe(true)
  })
})
