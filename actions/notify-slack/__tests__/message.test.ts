import { describe, expect, it } from 'vitest'
import { checkBlockKitLimits } from '../../../test/harness/slack/block-kit-limits.js'
import { findMessageLinks } from '../../../test/harness/slack/message-links.js'
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
    ['[notes](https://x.io/a?b=1&c=2)', 'notes (<https://x.io/a?b=1&amp;c=2>)'],
    ['see [a|b](https://x.io) & more', 'see a|b (<https://x.io>) &amp; more'],
    ['[<!channel>](https://x.io)', '&lt;!channel&gt; (<https://x.io>)'],
    ['[https://x.io](https://x.io)', '<https://x.io>'],
    [
      '[https://github.com/o/r/pull/42](https://evil.example)',
      'https://github.com/o/r/pull/42 (<https://evil.example>)'
    ],
    ['[x](https://a.io/\u202egnp.exe)', '[x](https://a.io/\u202egnp.exe)'],
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

describe('buildMessage never disguises a link', () => {
  const REPO_URL = 'https://github.com/octo-org/octo-repo'
  const RUN_URL = `${REPO_URL}/actions/runs/42`
  const DISGUISED = '[https://github.com/octo-org/octo-repo/pull/42](https://evil.example/x)'
  const hostile = [
    DISGUISED,
    '[Release notes](https://evil.example/notes)',
    '<https://evil.example|https://github.com/octo-org/octo-repo>',
    '&lt;https://evil.example|click&gt;',
    'see https://evil.example/bare and <!channel> <!here>',
    '[a](https://evil.example/a) [b](https://evil.example/b|https://github.com)',
    '[x](https://evil.example/x)|https://github.com>',
    '[[nested](https://evil.example/n)](https://github.com/octo-org/octo-repo)'
  ]
  const cases = hostile.flatMap((text) => [
    { where: 'title', text },
    { where: 'message', text },
    { where: 'field', text },
    { where: 'branch', text },
    { where: 'workflow', text }
  ])

  it.each(cases)('$where: $text', ({ where, text }) => {
    const run = readRunContext({
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_WORKFLOW: where === 'workflow' ? text : 'merge-main',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ACTOR: 'octocat',
      GITHUB_REF_NAME: where === 'branch' ? text : 'main'
    })
    const message = buildMessage(
      {
        status: 'failure',
        title: where === 'title' ? text : '',
        message: where === 'message' ? text : '',
        fields: where === 'field' ? [{ key: 'PR', value: text }] : [],
        link: ''
      },
      run
    )
    const links = findMessageLinks(JSON.parse(JSON.stringify(message)))
    const disguised = links.filter((l) => l.label !== l.url && l.url !== RUN_URL)
    expect(disguised).toEqual([])
    expect(JSON.stringify(message)).not.toMatch(/<!(channel|here)>/)
  })

  it.each([
    ['the run (the default)', '', RUN_URL, 'merge-main'],
    ['a page of the repository', `${REPO_URL}/releases/tag/v1.3.0`, '', 'merge-main'],
    ['elsewhere', 'https://evil.example/run', '', 'https://evil.example/run'],
    ['a look-alike repository', `${REPO_URL}-evil/releases`, '', `${REPO_URL}-evil/releases`],
    ['out of the repository by ..', `${REPO_URL}/../../evil/x`, '', 'https://github.com/evil/x']
  ])('the footer link to %s', (_name, link, expectedUrl, label) => {
    const run = readRunContext({
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_WORKFLOW: 'merge-main',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com'
    })
    const message = buildMessage(
      { status: 'success', title: '', message: '', fields: [], link },
      run
    )
    const [footer, ...more] = findMessageLinks(message)
    expect(more).toEqual([])
    expect(footer).toMatchObject({ url: expectedUrl || new URL(link).href, label })
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
