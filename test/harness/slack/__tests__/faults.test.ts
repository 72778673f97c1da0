import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSlackStandIn, type FaultSpec, type SlackStandIn } from '../server.js'

const TOKEN = 'xoxb-1-release-bot'

let standIn: SlackStandIn
let webhookUrl: string

beforeEach(async () => {
  standIn = await startSlackStandIn()
  standIn.addToken(TOKEN, { channels: ['C0RELEASES'] })
  webhookUrl = standIn.createWebhook({ channel: 'C0RELEASES' })
})

afterEach(async () => {
  await standIn.close()
})

async function postWebhook() {
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'hello' })
  })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

async function postApi() {
  const response = await fetch(`${standIn.apiUrl}/chat.postMessage`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      authorization: `Bearer ${TOKEN}`
    },
    body: JSON.stringify({ channel: 'C0RELEASES', text: 'hello' })
  })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

describe('injectFault', () => {
  it.each<[string, FaultSpec, () => Promise<{ status: number; body: string }>, number, string]>([
    ['429 on the Web API', { status: 429 }, postApi, 429, '{"ok":false,"error":"ratelimited"}'],
    ['429 on a webhook', { status: 429 }, postWebhook, 429, 'rate_limited'],
    ['500 on the Web API', { status: 500 }, postApi, 500, 'Internal Server Error'],
    ['503 on a webhook', { status: 503 }, postWebhook, 503, 'Service Unavailable'],
    [
      'an ok:false error',
      { error: 'internal_error' },
      postApi,
      200,
      '{"ok":false,"error":"internal_error"}'
    ],
    [
      'a webhook error',
      { status: 410, error: 'channel_is_archived' },
      postWebhook,
      410,
      'channel_is_archived'
    ],
    [
      'a JSON body',
      { status: 503, body: { ok: false, error: 'service_unavailable' } },
      postApi,
      503,
      '{"ok":false,"error":"service_unavailable"}'
    ],
    [
      'a text body',
      { status: 502, body: '<html>bad gateway</html>' },
      postApi,
      502,
      '<html>bad gateway</html>'
    ]
  ])('scripts %s, once, then Slack answers normally', async (_name, fault, send, status, body) => {
    standIn.injectFault(fault)
    expect(await send()).toMatchObject({ status, body })
    expect((await send()).status).toBe(200)
    expect(standIn.messages).toHaveLength(1)
  })

  it('sends Retry-After: 1 with a 429 unless told otherwise', async () => {
    standIn.injectFault({ status: 429 })
    standIn.injectFault({ status: 429, headers: { 'Retry-After': '30' } })
    expect((await postApi()).headers.get('retry-after')).toBe('1')
    expect((await postApi()).headers.get('retry-after')).toBe('30')
  })

  it('answers `times` requests, then stops', async () => {
    standIn.injectFault({ status: 503, times: 2 })
    const statuses = [await postApi(), await postApi(), await postApi()].map((r) => r.status)
    expect(statuses).toEqual([503, 503, 200])
  })

  it('keeps answering with times: Infinity', async () => {
    standIn.injectFault({ status: 500, times: Infinity })
    const statuses = [await postWebhook(), await postWebhook(), await postWebhook()]
    expect(statuses.map((r) => r.status)).toEqual([500, 500, 500])
  })

  it.each<[string, string, number, number]>([
    ['a Web API path hits only that method', '/api/chat.postMessage', 200, 429],
    ['/services hits every webhook', '/services', 429, 200],
    ['a full webhook URL', 'webhook-url', 429, 200],
    ['another path hits nothing', '/api/chat.update', 200, 200]
  ])('matches by path: %s', async (_name, path, webhookStatus, apiStatus) => {
    standIn.injectFault({ path: path === 'webhook-url' ? webhookUrl : path, status: 429 })
    expect((await postWebhook()).status).toBe(webhookStatus)
    expect((await postApi()).status).toBe(apiStatus)
  })
})

describe('a silent fault', () => {
  it('accepts the request and never answers; the next one is answered again', async () => {
    standIn.injectFault({ path: webhookUrl, silent: true })
    const started = Date.now()
    const hung = fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hello' }),
      signal: AbortSignal.timeout(500)
    })
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(400)
    expect(standIn.requests).toEqual([
      expect.objectContaining({ path: new URL(webhookUrl).pathname, status: 0 })
    ])
    expect(standIn.messages).toEqual([])
    expect((await postWebhook()).status).toBe(200)
  })

  it('hits the Web API too, and every request with times: Infinity', async () => {
    standIn.injectFault({ path: '/api/chat.postMessage', silent: true, times: Infinity })
    for (let i = 0; i < 2; i++) {
      await expect(
        fetch(`${standIn.apiUrl}/chat.postMessage`, {
          method: 'POST',
          signal: AbortSignal.timeout(300)
        })
      ).rejects.toMatchObject({ name: 'TimeoutError' })
    }
    expect(standIn.requests.map((r) => r.status)).toEqual([0, 0])
  })

  it('lets go of the waiting connection when the stand-in closes', async () => {
    standIn.injectFault({ silent: true })
    const hung = fetch(webhookUrl, { method: 'POST', body: '{}' })
    await expect.poll(() => standIn.requests.length).toBe(1)
    await standIn.close()
    await expect(hung).rejects.toThrow()
  })
})

describe('recorded requests', () => {
  it('keeps method, path, headers with the authorization, body and status', async () => {
    standIn.injectFault({ status: 429 })
    await postApi()
    await postWebhook()
    expect(standIn.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/chat.postMessage',
        headers: expect.objectContaining({ authorization: `Bearer ${TOKEN}` }),
        body: '{"channel":"C0RELEASES","text":"hello"}',
        status: 429
      }),
      expect.objectContaining({ path: new URL(webhookUrl).pathname, status: 200 })
    ])
  })

  it('answers other paths with 404', async () => {
    const response = await fetch(`${standIn.url}/elsewhere`)
    expect(response.status).toBe(404)
    expect(standIn.requests.at(-1)?.status).toBe(404)
  })
})

describe('the server', () => {
  it('listens on 127.0.0.1 and stops listening when closed', async () => {
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(standIn.apiUrl).toBe(`${standIn.url}/api`)
    await standIn.close()
    await expect(fetch(`${standIn.url}/api/chat.postMessage`)).rejects.toThrow()
  })
})
