import { describe, expect, it } from 'vitest'
import { checkBlockKitLimits, countCharacters, formatBlockKitProblem } from '../block-kit-limits.js'

const mrkdwn = (length: number) => ({ type: 'mrkdwn', text: 'x'.repeat(length) })
const plain = (length: number) => ({ type: 'plain_text', text: 'x'.repeat(length) })
const section = (length: number) => ({ type: 'section', text: mrkdwn(length) })
const button = (textLength: number, url?: string) => ({
  type: 'button',
  text: plain(textLength),
  ...(url ? { url } : {})
})
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make)
const message = (...blocks: unknown[]) => ({ text: 'fallback', blocks })

describe('checkBlockKitLimits', () => {
  it.each([
    ['text only', { text: 'hello' }],
    ['50 blocks', message(...times(50, () => ({ type: 'divider' })))],
    ['section text at 3000', message(section(3000))],
    [
      '3000 emoji, counted as 3000 characters',
      message({ type: 'section', text: { type: 'mrkdwn', text: '🚀'.repeat(3000) } })
    ],
    [
      'section with 10 fields of 2000',
      message({ type: 'section', fields: times(10, () => mrkdwn(2000)) })
    ],
    ['header at 150', message({ type: 'header', text: plain(150) })],
    [
      'context with 10 elements, image included',
      message({
        type: 'context',
        elements: [
          { type: 'image', image_url: 'https://x/y.png', alt_text: 'y' },
          ...times(9, () => mrkdwn(5))
        ]
      })
    ],
    [
      'actions with 25 buttons',
      message({ type: 'actions', elements: times(25, () => button(75)) })
    ],
    ['button url at 3000', message({ type: 'actions', elements: [button(5, 'h'.repeat(3000))] })],
    [
      'plain_text with emoji, mrkdwn with verbatim',
      message(
        { type: 'header', text: { ...plain(3), emoji: true } },
        { type: 'section', text: { ...mrkdwn(3), verbatim: true } }
      )
    ],
    ['unknown block types pass', message({ type: 'rich_text', elements: [] })]
  ])('accepts %s', (_name, payload) => {
    expect(checkBlockKitLimits(payload).problems).toEqual([])
  })

  it.each([
    [
      '51 blocks',
      message(...times(51, () => ({ type: 'divider' }))),
      [['/blocks', 'no more than 50 items allowed']]
    ],
    [
      'blocks not an array',
      { text: 'x', blocks: '[]' },
      [['/blocks', 'must be an array of blocks']]
    ],
    [
      'a block without type',
      message({ text: mrkdwn(3) }),
      [['/blocks/0', 'must be an object with a string type']]
    ],
    [
      'section text at 3001',
      message(section(3001)),
      [['/blocks/0/text/text', 'must be less than 3001 characters']]
    ],
    [
      'section with neither text nor fields',
      message({ type: 'section' }),
      [['/blocks/0', 'must have text or fields']]
    ],
    [
      'section with 11 fields',
      message({ type: 'section', fields: times(11, () => mrkdwn(1)) }),
      [['/blocks/0/fields', 'no more than 10 items allowed']]
    ],
    [
      'a field at 2001',
      message({ type: 'section', fields: [mrkdwn(1), mrkdwn(2001)] }),
      [['/blocks/0/fields/1/text', 'must be less than 2001 characters']]
    ],
    [
      'header at 151',
      message({ type: 'divider' }, { type: 'header', text: plain(151) }),
      [['/blocks/1/text/text', 'must be less than 151 characters']]
    ],
    [
      'header in mrkdwn',
      message({ type: 'header', text: mrkdwn(5) }),
      [['/blocks/0/text/type', 'must be one of: plain_text']]
    ],
    [
      'text object of an unknown type',
      message({ type: 'section', text: { type: 'markdown', text: 'x' } }),
      [['/blocks/0/text/type', 'must be one of: plain_text, mrkdwn']]
    ],
    [
      'text given as a bare string',
      message({ type: 'section', text: 'hello' }),
      [['/blocks/0/text', 'must be a text object']]
    ],
    [
      'empty text',
      message({ type: 'section', text: mrkdwn(0) }),
      [['/blocks/0/text/text', 'must be at least 1 character']]
    ],
    [
      'text that is not a string',
      message({ type: 'section', text: { type: 'mrkdwn', text: 5 } }),
      [['/blocks/0/text/text', 'must be a string']]
    ],
    [
      'emoji on mrkdwn, verbatim on plain_text',
      message({
        type: 'section',
        fields: [
          { ...mrkdwn(1), emoji: true },
          { ...plain(1), verbatim: false }
        ]
      }),
      [
        ['/blocks/0/fields/0/emoji', 'is only allowed on plain_text'],
        ['/blocks/0/fields/1/verbatim', 'is only allowed on mrkdwn']
      ]
    ],
    [
      'context with 11 elements',
      message({ type: 'context', elements: times(11, () => mrkdwn(1)) }),
      [['/blocks/0/elements', 'no more than 10 items allowed']]
    ],
    [
      'context without elements',
      message({ type: 'context' }),
      [['/blocks/0/elements', 'must be an array']]
    ],
    [
      'actions with 26 elements',
      message({ type: 'actions', elements: times(26, () => button(3)) }),
      [['/blocks/0/elements', 'no more than 25 items allowed']]
    ],
    [
      'button text at 76',
      message({ type: 'actions', elements: [button(76)] }),
      [['/blocks/0/elements/0/text/text', 'must be less than 76 characters']]
    ],
    [
      'button url at 3001',
      message({ type: 'actions', elements: [button(3, 'h'.repeat(3001))] }),
      [['/blocks/0/elements/0/url', 'must be less than 3001 characters']]
    ],
    [
      'a section accessory button at 76',
      message({ type: 'section', text: mrkdwn(1), accessory: button(76) }),
      [['/blocks/0/accessory/text/text', 'must be less than 76 characters']]
    ]
  ])('reports %s', (_name, payload, expected) => {
    const { problems } = checkBlockKitLimits(payload)
    expect(problems.map((p) => [p.pointer, p.message])).toEqual(expected)
  })

  it.each([
    ['blocks without text', { blocks: [section(3)] }, ['/text']],
    ['blocks with empty text', { text: '', blocks: [section(3)] }, ['/text']],
    ['blocks with text', { text: 'fallback', blocks: [section(3)] }, []],
    ['text only', { text: 'x' }, []],
    ['empty blocks', { blocks: [] }, []]
  ])('warns about the missing top-level text: %s', (_name, payload, expected) => {
    const report = checkBlockKitLimits(payload)
    expect(report.warnings.map((w) => w.pointer)).toEqual(expected)
    expect(report.problems).toEqual([])
  })

  it.each([null, 'text', 42, [], {}])('has nothing to say about %j', (payload) => {
    expect(checkBlockKitLimits(payload)).toEqual({ problems: [], warnings: [] })
  })

  it('formats a problem as Slack words it', () => {
    const problem = { pointer: '/blocks/0/text/text', message: 'must be less than 3001 characters' }
    expect(formatBlockKitProblem(problem)).toBe(
      'must be less than 3001 characters [json-pointer:/blocks/0/text/text]'
    )
  })

  it('counts code points, not UTF-16 units', () => {
    expect(countCharacters('🚀é')).toBe(2)
  })
})
