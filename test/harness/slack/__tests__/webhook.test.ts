import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSlackStandIn, type SlackStandIn, type WebhookError } from '../server.js'

let standIn: SlackStandIn

beforeEach(async () => {
  standIn = await startSlackStandIn()
})

afterEach(async () => {
  await standIn.close()
})

async function postText(url: string, body: string, contentType = 'application/json') {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body
  })
  return { status: response.status, text: await response.text() }
}

const section = (length: number) => ({
  type: 'section',
  text: { type: 'mrkdwn', text: 'x'.repeat(length) }
})

describe('incoming webhook', () => {
  it.each([
    ['text', { text: 'Released *v1.2.3*' }],
    ['blocks with a text fallback', { text: 'Released', blocks: [section(10)] }],
    [
      'blocks at the limits',
      { text: 'x', blocks: Array.from({ length: 50 }, () => section(3000)) }
    ],
    ['attachments only', { attachments: [{ fallback: 'x', text: 'y' }] }]
  ])('accepts %s: 200 ok', async (_name, payload) => {
    const url = standIn.createWebhook({ channel: 'C0RELEASES' })
    expect(await postText(url, JSON.stringify(payload))).toEqual({ status: 200, text: 'ok' })
    expect(standIn.messages).toMatchObject([
      { channel: 'C0RELEASES', transport: 'webhook', payload, warnings: [] }
    ])
    expect(standIn.messages[0]?.ts).toMatch(/^\d{10}\.\d{6}$/)
  })

  it('accepts blocks without text, with a warning on the message', async () => {
    const url = standIn.createWebhook()
    const result = await postText(url, JSON.stringify({ blocks: [section(5)] }))
    expect(result).toEqual({ status: 200, text: 'ok' })
    expect(standIn.messages[0]?.warnings).toEqual([
      expect.stringMatching(/^missing top-level text.*\[json-pointer:\/text\]$/)
    ])
  })

  it('accepts the legacy form body with a payload field', async () => {
    const url = standIn.createWebhook()
    const body = new URLSearchParams({ payload: JSON.stringify({ text: 'hi' }) }).toString()
    const result = await postText(url, body, 'application/x-www-form-urlencoded')
    expect(result).toEqual({ status: 200, text: 'ok' })
    expect(standIn.messages[0]?.payload).toEqual({ text: 'hi' })
  })

  it('keeps a thread_ts reply in that thread', async () => {
    const url = standIn.createWebhook({ channel: 'C1' })
    await postText(url, JSON.stringify({ text: 'parent' }))
    const parent = standIn.messages[0]?.ts ?? ''
    await postText(url, JSON.stringify({ text: 'reply', thread_ts: parent }))
    expect(standIn.findThreadReplies('C1', parent)).toMatchObject([{ payload: { text: 'reply' } }])
  })

  it.each([
    ['not JSON', 'text=hello', 400, 'invalid_payload'],
    ['a JSON array', '[{"text":"x"}]', 400, 'invalid_payload'],
    ['a JSON string', '"hello"', 400, 'invalid_payload'],
    ['an empty body', '', 400, 'invalid_payload'],
    ['neither text nor blocks', '{"username":"bot"}', 400, 'no_text'],
    ['an empty text', '{"text":""}', 400, 'no_text'],
    [
      '51 blocks',
      JSON.stringify({ text: 'x', blocks: Array(51).fill(section(1)) }),
      400,
      'invalid_blocks'
    ],
    [
      'a section over 3000',
      JSON.stringify({ text: 'x', blocks: [section(3001)] }),
      400,
      'invalid_blocks'
    ],
    ['a form body without payload', '', 400, 'invalid_payload']
  ])('refuses %s', async (name, body, status, text) => {
    const url = standIn.createWebhook()
    const type = name.startsWith('a form')
      ? 'application/x-www-form-urlencoded'
      : 'application/json'
    expect(await postText(url, body, type)).toEqual({ status, text })
    expect(standIn.messages).toEqual([])
  })

  it.each([
    ['an unknown secret', (url: string) => url.replace(/[0-9a-f]{24}$/, 'f'.repeat(24))],
    ['an unknown path', (url: string) => url.replace(/\/services\/.*/, '/services/T1/B1/nope')]
  ])('answers %s with 404 no_service', async (_name, change) => {
    const url = change(standIn.createWebhook())
    expect(await postText(url, '{"text":"x"}')).toEqual({ status: 404, text: 'no_service' })
  })

  it.each<[WebhookError, number]>([
    ['action_prohibited', 403],
    ['channel_not_found', 404],
    ['channel_is_archived', 410],
    ['user_not_found', 400],
    ['rollup_error', 500]
  ])('answers a webhook scripted with %s with %i', async (error, status) => {
    const url = standIn.createWebhook({ error })
    expect(await postText(url, '{"text":"x"}')).toEqual({ status, text: error })
    expect(standIn.messages).toEqual([])
  })

  it('answers a GET with 405', async () => {
    const response = await fetch(standIn.createWebhook())
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('gives each webhook its own URL on the stand-in', () => {
    const first = standIn.createWebhook()
    const second = standIn.createWebhook()
    expect(first).not.toBe(second)
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/services\/T\w+\/B\w+\/[0-9a-f]{24}$/)
  })
})
