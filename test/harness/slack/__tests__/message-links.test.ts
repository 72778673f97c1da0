import { describe, expect, it } from 'vitest'
import { findMessageLinks } from '../message-links.js'

const mrkdwn = (text: string) => ({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] })

describe('findMessageLinks', () => {
  it.each([
    ['plain text', mrkdwn('no links here'), []],
    ['a bare URL (Slack shows it as it is)', mrkdwn('see https://x.io'), []],
    [
      'a labelled link',
      mrkdwn('see <https://evil.example|https://github.com/o/r/pull/42>'),
      [{ url: 'https://evil.example', label: 'https://github.com/o/r/pull/42' }]
    ],
    [
      'a link without a label, entities decoded',
      mrkdwn('<https://x.io/a?b=1&amp;c=2>'),
      [{ url: 'https://x.io/a?b=1&c=2', label: 'https://x.io/a?b=1&c=2' }]
    ],
    ['mentions are not links', mrkdwn('<!channel> <@U1> <#C1|releases>'), []],
    ['escaped brackets are text', mrkdwn('&lt;https://evil|click&gt;'), []],
    [
      'a mailto link',
      { text: 'mail <mailto:a@b.c|us>' },
      [{ url: 'mailto:a@b.c', label: 'us', at: '/text' }]
    ],
    [
      'a rich_text link element',
      {
        blocks: [
          {
            type: 'rich_text',
            elements: [
              {
                type: 'rich_text_section',
                elements: [{ type: 'link', url: 'https://evil.example', text: 'release notes' }]
              }
            ]
          }
        ]
      },
      [{ url: 'https://evil.example', label: 'release notes' }]
    ],
    [
      'a button',
      {
        blocks: [
          {
            type: 'actions',
            elements: [
              { type: 'button', url: 'https://x.io', text: { type: 'plain_text', text: 'Open' } }
            ]
          }
        ]
      },
      [{ url: 'https://x.io', label: 'Open', at: '/blocks/0/elements/0' }]
    ]
  ])('%s', (_name, payload, expected) => {
    const links = findMessageLinks(payload)
    expect(links).toHaveLength(expected.length)
    expect(links).toMatchObject(expected)
  })
})
