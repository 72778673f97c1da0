import { describe, expect, it } from 'vitest'
import { checkBlockKitLimits } from '../../../test/harness/slack/block-kit-limits.js'
import { cutText, fitBlockKitLimits, TRUNCATED } from '../src/block-kit-limits.js'
import { buildMessage, readRunContext } from '../src/build-message.js'
import { readFields } from '../src/inputs.js'
import { escapeMrkdwn, renderMrkdwn } from '../src/mrkdwn.js'

describe('escapeMrkdwn and renderMrkdwn', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['<!channel> <!here> <@U1>', '&lt;!channel&gt; &lt;!here&gt; &lt;@U1&gt;'],
    ['<https://evil|click>', '&lt;https://evil|click&gt;'],
    ['*bold* _it_ `code`', '*bold* _it_ `code`'],
    ['"quotes"\nnew line', '"quotes"\nnew line']
  ])('escapeMrkdwn %j', (text, expected) => {
    expect(escapeMrkdwn(text)).toBe(expected)
  })

  it.each([
    ['[notes](https://x.io/a?b=1&c=2)', '<https://x.io/a?b=1&amp;c=2|notes>'],
    ['see [a|b](https://x.io) & more', 'see <https://x.io|a¦b> &amp; more'],
    ['[<!channel>](https://x.io)', '<https://x.io|&lt;!channel&gt;>'],
    ['[js](javascript:alert(1))', '[js](javascript:alert(1))'],
    ['<https://x.io|raw>', '&lt;https://x.io|raw&gt;']
  ])('renderMrkdwn %j', (text, expected) => {
    expect(renderMrkdwn(text)).toBe(expected)
  })
})

describe('cutText and fitBlockKitLimits', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['x'.repeat(200), 150, `${'x'.repeat(150 - TRUNCATED.length - 1)} ${TRUNCATED}`],
    ['🚀'.repeat(20), 15, `${'🚀'.repeat(15 - TRUNCATED.length - 1)} ${TRUNCATED}`]
  ])('cutText(%j, %d)', (text, max, expected) => {
    expect(cutText(text, max)).toBe(expected)
    expect([...cutText(text, max)].length).toBeLessThanOrEqual(max)
  })

  it('brings an oversized message within every limit the Slack stand-in checks', () => {
    const message = {
      text: 'y'.repeat(10_000),
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(400) } },
        { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(9000) } },
        {
          type: 'section',
          fields: Array.from({ length: 14 }, () => ({ type: 'mrkdwn', text: 'f'.repeat(2500) }))
        },
        ...Array.from({ length: 80 }, () => ({ type: 'divider' }))
      ]
    }
    const fitted = fitBlockKitLimits(message)
    expect(checkBlockKitLimits(fitted).problems).toEqual([])
    expect(fitted.blocks).toHaveLength(50)
    expect(JSON.stringify(fitted.blocks.at(-1))).toContain('34 more block(s) left out')
    expect(message.blocks).toHaveLength(83)
  })
})

describe('buildMessage', () => {
  const run = readRunContext({
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_WORKFLOW: 'merge-main',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTOR: 'octocat',
    GITHUB_REF_NAME: 'main'
  })
  const base = { title: '', message: '', fields: [], link: '' }

  it.each([
    ['success', ':white_check_mark: octo-org/octo-repo · merge-main succeeded', '#2eb67d'],
    ['failure', ':x: octo-org/octo-repo · merge-main failed', '#e01e5a'],
    ['cancelled', ':no_entry_sign: octo-org/octo-repo · merge-main was cancelled', '#9e9e9e'],
    ['started', ':rocket: octo-org/octo-repo · merge-main started', '#1d9bd1'],
    ['info', ':information_source: octo-org/octo-repo · merge-main', '#1d9bd1']
  ] as const)('%s: default title with its mark and colour', (status, header, color) => {
    const message = buildMessage({ ...base, status }, run)
    expect(message.blocks).toContainEqual({
      type: 'header',
      text: { type: 'plain_text', text: header, emoji: true }
    })
    expect(message.attachments).toMatchObject([{ color }])
    expect(checkBlockKitLimits(message)).toEqual({ problems: [], warnings: [] })
  })

  it('links the run, puts fields ten to a section, and keeps a text fallback', () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ key: `K${i}`, value: `v<${i}>` }))
    const message = buildMessage({ ...base, status: 'success', fields, message: 'hi' }, run)
    const sections = (message.blocks as { type: string; fields?: unknown[] }[]).filter(
      (b) => b.fields
    )
    expect(sections.map((s) => s.fields?.length)).toEqual([10, 2])
    expect(JSON.stringify(message)).toContain('v&lt;0&gt;')
    expect(JSON.stringify(message)).toContain(
      '<https://github.com/octo-org/octo-repo/actions/runs/42|merge-main>'
    )
    expect(message.text).toBe('octo-org/octo-repo · merge-main succeeded: hi')
  })
})

describe('readFields', () => {
  it.each([
    ['', []],
    ['Version: 1.3.0', [{ key: 'Version', value: '1.3.0' }]],
    [
      'URL: https://x.io/a:b\n\n  Images :  api, worker ',
      [
        { key: 'URL', value: 'https://x.io/a:b' },
        { key: 'Images', value: 'api, worker' }
      ]
    ]
  ])('%j', (text, expected) => {
    expect(readFields(text)).toEqual(expected)
  })

  it.each(['no colon', ': no key'])('rejects %j naming the input', (line) => {
    expect(() => readFields(line)).toThrow(`Input "fields" has the line "${line}"`)
  })
})
