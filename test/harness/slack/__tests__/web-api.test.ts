import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSlackStandIn, type SlackStandIn } from '../server.js'

const TOKEN = 'xoxb-1-release-bot'
const OTHER_TOKEN = 'xoxb-2-other-bot'
const JSON_TYPE = 'application/json; charset=utf-8'

let standIn: SlackStandIn

beforeEach(async () => {
  standIn = await startSlackStandIn({ channels: ['C0OUTSIDE'], maxTextLength: 100 })
  standIn.addToken(TOKEN, { channels: ['C0RELEASES', 'C0DEPLOYS'] })
  standIn.addToken(OTHER_TOKEN, { channels: ['C0RELEASES'] })
})

afterEach(async () => {
  await standIn.close()
})

interface CallOptions {
  token?: string
  contentType?: string
}

async function callApi(method: string, body: unknown, options: CallOptions = {}) {
  const { token = TOKEN, contentType = JSON_TYPE } = options
  const headers: Record<string, string> = { 'content-type': contentType }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(`${standIn.apiUrl}/${method}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  expect(response.headers.get('content-type')).toBe(JSON_TYPE)
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function postMessage(body: unknown, options?: CallOptions) {
  return (await callApi('chat.postMessage', body, options)).json
}

const section = (length: number) => ({
  type: 'section',
  text: { type: 'mrkdwn', text: 'x'.repeat(length) }
})

describe('chat.postMessage', () => {
  it('posts and answers with channel, ts and the message', async () => {
    const result = await callApi('chat.postMessage', { channel: 'C0RELEASES', text: 'v1.2.3' })
    expect(result.status).toBe(200)
    expect(result.json).toEqual({
      ok: true,
      channel: 'C0RELEASES',
      ts: '1700000000.000100',
      message: expect.objectContaining({ type: 'message', text: 'v1.2.3', ts: '1700000000.000100' })
    })
    expect(standIn.messages).toMatchObject([
      {
        channel: 'C0RELEASES',
        ts: '1700000000.000100',
        transport: 'api',
        payload: { text: 'v1.2.3' }
      }
    ])
  })

  it('hands out increasing ts values', async () => {
    const first = await postMessage({ channel: 'C0RELEASES', text: 'a' })
    const second = await postMessage({ channel: 'C0DEPLOYS', text: 'b' })
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts))
  })

  it('accepts a form body, with blocks as JSON text and the token as a field', async () => {
    const body = new URLSearchParams({
      token: TOKEN,
      channel: 'C0RELEASES',
      text: 'fallback',
      blocks: JSON.stringify([section(5)])
    }).toString()
    const json = await postMessage(body, {
      token: '',
      contentType: 'application/x-www-form-urlencoded'
    })
    expect(json).toMatchObject({ ok: true, message: { blocks: [section(5)] } })
    expect(standIn.messages[0]?.payload).not.toHaveProperty('token')
  })

  it('stores a thread_ts reply in that thread', async () => {
    const parent = await postMessage({ channel: 'C0RELEASES', text: 'release' })
    const reply = await postMessage({ channel: 'C0RELEASES', text: 'done', thread_ts: parent.ts })
    expect(reply).toMatchObject({ ok: true, message: { thread_ts: parent.ts } })
    expect(standIn.findThreadReplies('C0RELEASES', String(parent.ts))).toMatchObject([
      { ts: reply.ts, thread_ts: parent.ts, payload: { text: 'done' } }
    ])
  })

  it('keeps the missing-text warning on a blocks-only message', async () => {
    expect(await postMessage({ channel: 'C0RELEASES', blocks: [section(5)] })).toMatchObject({
      ok: true
    })
    expect(standIn.messages[0]?.warnings).toHaveLength(1)
  })

  it.each([
    ['no charset on JSON', 'application/json', 'missing_charset'],
    [
      'a charset on a form',
      'application/x-www-form-urlencoded; charset=utf-8',
      'superfluous_charset'
    ]
  ])('warns about %s', async (_name, contentType, warning) => {
    const body = contentType.startsWith('application/json')
      ? JSON.stringify({ channel: 'C0RELEASES', text: 'x' })
      : 'channel=C0RELEASES&text=x'
    expect(await postMessage(body, { contentType })).toMatchObject({
      ok: true,
      warning,
      response_metadata: { warnings: [warning] }
    })
  })

  it.each<[string, unknown, CallOptions, string]>([
    ['no token', { channel: 'C0RELEASES', text: 'x' }, { token: '' }, 'not_authed'],
    [
      'a token in a JSON body only',
      { token: TOKEN, channel: 'C0RELEASES', text: 'x' },
      { token: '' },
      'not_authed'
    ],
    [
      'an unknown token',
      { channel: 'C0RELEASES', text: 'x' },
      { token: 'xoxb-nope' },
      'invalid_auth'
    ],
    ['an unknown channel', { channel: 'C0NOWHERE', text: 'x' }, {}, 'channel_not_found'],
    ['no channel', { text: 'x' }, {}, 'channel_not_found'],
    ['a channel the bot is not in', { channel: 'C0OUTSIDE', text: 'x' }, {}, 'not_in_channel'],
    ['neither text nor blocks', { channel: 'C0RELEASES' }, {}, 'no_text'],
    ['an empty text', { channel: 'C0RELEASES', text: '' }, {}, 'no_text'],
    ['text over the limit', { channel: 'C0RELEASES', text: 'x'.repeat(101) }, {}, 'msg_too_long'],
    ['not JSON', '{"channel":', {}, 'invalid_json'],
    ['a JSON array', '[]', {}, 'json_not_object'],
    [
      'blocks that are not JSON',
      'channel=C0RELEASES&blocks=%5B',
      { contentType: 'application/x-www-form-urlencoded' },
      'invalid_blocks_format'
    ],
    ['an unsupported content type', 'x', { contentType: 'application/xml' }, 'invalid_post_type'],
    ['a body without content type', 'x', { contentType: '' }, 'missing_post_type']
  ])('refuses %s', async (_name, body, options, error) => {
    const { status, json } = await callApi('chat.postMessage', body, options)
    expect(status).toBe(200)
    expect(json).toEqual({ ok: false, error })
    expect(standIn.messages).toEqual([])
  })

  it('refuses broken blocks with invalid_blocks and says where', async () => {
    const json = await postMessage({ channel: 'C0RELEASES', text: 'x', blocks: [section(3001)] })
    expect(json).toEqual({
      ok: false,
      error: 'invalid_blocks',
      errors: ['must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
      response_metadata: {
        messages: ['[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]']
      }
    })
  })

  it('answers an unknown method with unknown_method', async () => {
    expect((await callApi('chat.delete', { channel: 'C0RELEASES' })).json).toEqual({
      ok: false,
      error: 'unknown_method'
    })
  })
})

describe('chat.update', () => {
  async function postOne(text = 'started') {
    return postMessage({ channel: 'C0RELEASES', text })
  }

  it('updates the message in place and keeps the old payload', async () => {
    const posted = await postOne()
    const update = { channel: 'C0RELEASES', ts: posted.ts, text: 'succeeded' }
    const { json } = await callApi('chat.update', update)
    expect(json).toEqual({
      ok: true,
      channel: 'C0RELEASES',
      ts: posted.ts,
      text: 'succeeded',
      message: expect.objectContaining({ text: 'succeeded', ts: posted.ts })
    })
    expect(standIn.messages).toHaveLength(1)
    expect(standIn.messages[0]).toMatchObject({
      payload: { text: 'succeeded' },
      history: [{ text: 'started' }]
    })
  })

  it.each<[string, (ts: unknown) => unknown, CallOptions, string]>([
    [
      'an unknown ts',
      () => ({ channel: 'C0RELEASES', ts: '1.000001', text: 'x' }),
      {},
      'message_not_found'
    ],
    ['no ts', () => ({ channel: 'C0RELEASES', text: 'x' }), {}, 'message_not_found'],
    [
      'the ts in another channel',
      (ts) => ({ channel: 'C0DEPLOYS', ts, text: 'x' }),
      {},
      'message_not_found'
    ],
    [
      'another bot’s message',
      (ts) => ({ channel: 'C0RELEASES', ts, text: 'x' }),
      { token: OTHER_TOKEN },
      'cant_update_message'
    ],
    [
      'an unknown channel',
      (ts) => ({ channel: 'C0NOWHERE', ts, text: 'x' }),
      {},
      'channel_not_found'
    ],
    ['no token', (ts) => ({ channel: 'C0RELEASES', ts, text: 'x' }), { token: '' }, 'not_authed'],
    [
      'an unknown token',
      (ts) => ({ channel: 'C0RELEASES', ts, text: 'x' }),
      { token: 'xoxb-x' },
      'invalid_auth'
    ],
    ['no text', (ts) => ({ channel: 'C0RELEASES', ts }), {}, 'no_text'],
    [
      'text over the limit',
      (ts) => ({ channel: 'C0RELEASES', ts, text: 'x'.repeat(101) }),
      {},
      'msg_too_long'
    ],
    [
      '51 blocks',
      (ts) => ({ channel: 'C0RELEASES', ts, text: 'x', blocks: Array(51).fill(section(1)) }),
      {},
      'invalid_blocks'
    ]
  ])('refuses %s', async (_name, makeBody, options, error) => {
    const posted = await postOne()
    const { json } = await callApi('chat.update', makeBody(posted.ts), options)
    expect(json).toMatchObject({ ok: false, error })
    expect(standIn.messages[0]?.payload).toMatchObject({ text: 'started' })
  })

  it('cannot update a message a webhook posted', async () => {
    const url = standIn.createWebhook({ channel: 'C0RELEASES' })
    await fetch(url, { method: 'POST', body: '{"text":"hook"}' })
    const ts = standIn.messages[0]?.ts
    const { json } = await callApi('chat.update', { channel: 'C0RELEASES', ts, text: 'x' })
    expect(json).toEqual({ ok: false, error: 'cant_update_message' })
  })
})
