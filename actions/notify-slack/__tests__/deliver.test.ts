import http from 'node:http'
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startLoopbackServer } from '../../../test/harness/loopback-server.js'
import { startSlackStandIn, type SlackStandIn } from '../../../test/harness/slack/server.js'
import { callSlackApi, postToWebhook, type HttpAnswer } from '../src/deliver.js'
import { postWithHttpClient, RequestTimeoutError } from '../src/post-with-http-client.js'

function scripted(answers: (HttpAnswer | Error)[], retries = 3) {
  const waits: number[] = []
  const logs: string[] = []
  let calls = 0
  const options = {
    retries,
    timeoutMs: 10_000,
    log: (line: string) => void logs.push(line),
    sleep: async (ms: number) => {
      waits.push(ms)
    },
    post: async () => {
      const answer = answers[calls++]
      if (!answer || answer instanceof Error) throw answer ?? new Error('no more answers')
      return answer
    }
  }
  return { options, waits, logs, calls: () => calls }
}

const text = (status: number, body: string, headers = {}): HttpAnswer => ({ status, body, headers })
const json = (body: object, status = 200, headers = {}) =>
  text(status, JSON.stringify(body), headers)

describe('postToWebhook', () => {
  it.each([
    ['ok at once', [text(200, 'ok')], { ok: true, attempts: 1 }, 1],
    [
      '429 honouring Retry-After',
      [text(429, 'rate_limited', { 'retry-after': '2' }), text(200, 'ok')],
      { ok: true, attempts: 2 },
      2
    ],
    [
      'a network error, then ok',
      [new Error('ECONNRESET'), text(200, 'ok')],
      { ok: true, attempts: 2 },
      2
    ],
    [
      '500 then 502 then ok',
      [text(500, 'rollup_error'), text(502, ''), text(200, 'ok')],
      { ok: true, attempts: 3 },
      3
    ],
    [
      '400 invalid_payload is not retried',
      [text(400, 'invalid_payload')],
      { ok: false, attempts: 1 },
      1
    ],
    ['404 no_service is not retried', [text(404, 'no_service')], { ok: false, attempts: 1 }, 1],
    [
      'gives up after the retries',
      Array.from({ length: 4 }, () => text(503, '')),
      { ok: false, attempts: 4 },
      4
    ]
  ])('%s', async (_name, answers, expected, calls) => {
    const { options, calls: made } = scripted(answers)
    expect(await postToWebhook('https://hooks.example/services/T/B/x', {}, options)).toMatchObject(
      expected
    )
    expect(made()).toBe(calls)
  })

  it('waits what Retry-After asks', async () => {
    const { options, waits } = scripted([text(429, '', { 'retry-after': '2' }), text(200, 'ok')])
    await postToWebhook('https://hooks.example/x', {}, options)
    expect(waits).toEqual([2000])
  })

  it('describes the error so it can be fixed', async () => {
    const { options } = scripted([text(403, 'action_prohibited')])
    expect(await postToWebhook('https://hooks.example/x', {}, options)).toMatchObject({
      ok: false,
      error:
        'Slack answered "action_prohibited": A workspace admin restricted posting to this channel.'
    })
  })
})

describe('callSlackApi', () => {
  it.each([
    ['ok', [json({ ok: true, ts: '1.2', channel: 'C1' })], { ok: true, ts: '1.2', channel: 'C1' }],
    [
      'ok:false internal_error is retried',
      [json({ ok: false, error: 'internal_error' }), json({ ok: true, ts: '3.4', channel: 'C1' })],
      { ok: true, attempts: 2 }
    ],
    [
      'ok:false not_in_channel is final',
      [json({ ok: false, error: 'not_in_channel' })],
      { ok: false, error: expect.stringContaining('invite it') }
    ],
    [
      '429 ratelimited is retried',
      [
        json({ ok: false, error: 'ratelimited' }, 429, { 'retry-after': '1' }),
        json({ ok: true, ts: '5.6', channel: 'C1' })
      ],
      { ok: true, attempts: 2 }
    ],
    ['not JSON', [text(200, '<html>')], { ok: false, error: expect.stringContaining('not JSON') }]
  ])('%s', async (_name, answers, expected) => {
    const { options } = scripted(answers)
    expect(
      await callSlackApi('https://slack.example/api', 'chat.postMessage', 'xoxb-t', {}, options)
    ).toMatchObject(expected)
  })
})

describe('a 200 that is not a delivery', () => {
  it.each([
    ['a webhook: 200 with "not ok"', 'webhook', text(200, 'not ok')],
    ['a webhook: 200 with an empty body', 'webhook', text(200, '')],
    ['a webhook: 200 with a page', 'webhook', text(200, '<html>captive portal</html>')],
    ['a webhook: 200 with a JSON ok', 'webhook', json({ ok: true })],
    ['the API: ok false without error', 'api', json({ ok: false })],
    ['the API: ok "true" as a string', 'api', json({ ok: 'true', ts: '1.2', channel: 'C1' })],
    ['the API: ok 1', 'api', json({ ok: 1, ts: '1.2', channel: 'C1' })],
    ['the API: no ok at all', 'api', json({ ts: '1.2', channel: 'C1' })],
    ['the API: JSON null', 'api', text(200, 'null')],
    ['the API: a JSON array', 'api', text(200, '[{"ok":true}]')],
    ['the API: not JSON', 'api', text(200, 'ok')]
  ])('%s → not delivered, not retried', async (_name, transport, answer) => {
    const { options, calls } = scripted([answer, text(200, 'ok'), json({ ok: true })])
    const delivery =
      transport === 'webhook'
        ? await postToWebhook('https://hooks.example/x', {}, options)
        : await callSlackApi('https://slack.example/api', 'chat.postMessage', 'xoxb-t', {}, options)
    expect(delivery).toMatchObject({ ok: false, attempts: 1 })
    expect(calls()).toBe(1)
  })

  it('a webhook answering "ok" (with a new line) is delivered', async () => {
    const { options } = scripted([text(200, 'ok\n')])
    expect(await postToWebhook('https://hooks.example/x', {}, options)).toMatchObject({ ok: true })
  })
})

describe('no answer body in what is reported', () => {
  const MARKER = 'MARKER-7f3a'
  const PAGE = `<html><p>No page at /services/T0/B0/s3cr3tPath ${MARKER}</p></html>`

  it.each([
    ['webhook 404 page', 'webhook', [text(404, PAGE)], 'HTTP 404'],
    ['webhook 500 page, retried', 'webhook', [text(500, PAGE), text(500, PAGE)], 'HTTP 500'],
    ['webhook 200 page', 'webhook', [text(200, PAGE)], 'HTTP 200'],
    ['webhook 400 code-like but too long', 'webhook', [text(400, 'x'.repeat(65))], 'HTTP 400'],
    ['API 503 page, retried', 'api', [text(503, PAGE), text(503, PAGE)], 'HTTP 503'],
    ['API 404 page', 'api', [text(404, PAGE)], 'HTTP 404'],
    ['API ok:false with a sentence', 'api', [json({ ok: false, error: PAGE })], 'HTTP 200'],
    [
      'API ok:false with a code and details',
      'api',
      [json({ ok: false, error: 'invalid_blocks', response_metadata: { messages: [PAGE] } })],
      '"invalid_blocks"'
    ]
  ])('%s: says what happened, never the body', async (_name, transport, answers, said) => {
    const { options, logs } = scripted(answers, 1)
    const delivery =
      transport === 'webhook'
        ? await postToWebhook('https://hooks.example/x', {}, options)
        : await callSlackApi('https://slack.example/api', 'chat.postMessage', 'xoxb-t', {}, options)
    expect(delivery.ok).toBe(false)
    const reported = [delivery.ok ? '' : delivery.error, ...logs].join('\n')
    expect(reported).toContain(said)
    expect(reported).not.toContain(MARKER)
    expect(reported).not.toContain('s3cr3tPath')
    expect(reported).not.toContain('<html>')
  })

  it.each([
    ['webhook', 'no_service', text(404, 'no_service')],
    ['webhook', 'rollup_error', text(500, 'rollup_error')],
    ['api', 'channel_not_found', json({ ok: false, error: 'channel_not_found' })]
  ])("%s: Slack's own error code %s is quoted", async (transport, code, answer) => {
    const { options } = scripted([answer], 0)
    const delivery =
      transport === 'webhook'
        ? await postToWebhook('https://hooks.example/x', {}, options)
        : await callSlackApi('https://slack.example/api', 'chat.postMessage', 'xoxb-t', {}, options)
    expect(delivery).toMatchObject({ ok: false, error: expect.stringContaining(`"${code}"`) })
  })
})

describe('a request that times out', () => {
  it.each([
    [0, 1],
    [2, 3]
  ])(
    'is a failed attempt: retries %d → %d attempts, the network is named',
    async (retries, attempts) => {
      const timeout = () => new RequestTimeoutError(2000)
      const answers = Array.from({ length: attempts }, timeout)
      const { options, calls, waits } = scripted(answers, retries)
      const delivery = await postToWebhook('https://hooks.example/x', {}, options)
      expect(delivery).toMatchObject({ ok: false, attempts })
      expect(calls()).toBe(attempts)
      expect(waits).toHaveLength(retries)
      const error = delivery.ok ? '' : delivery.error
      expect(error).toContain('no complete answer within 2 s (timeout-seconds)')
      expect(error).toContain('network')
    }
  )
})

describe('postWithHttpClient', () => {
  let slack: SlackStandIn | undefined
  afterEach(async () => {
    await slack?.close()
  })

  it(
    'gives up on an endpoint that never answers after timeoutMs',
    { timeout: 15_000 },
    async () => {
      slack = await startSlackStandIn()
      const webhook = slack.createWebhook()
      slack.injectFault({ path: webhook, silent: true })
      const started = Date.now()
      const post = postWithHttpClient(webhook, '{"text":"x"}', {}, 500)
      await expect(post).rejects.toBeInstanceOf(RequestTimeoutError)
      expect(Date.now() - started).toBeLessThan(5000)
      expect(slack.requests).toHaveLength(1)
    }
  )

  it('gives up on an answer whose body stalls after the headers', { timeout: 15_000 }, async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' })
      res.write('o') // and never the rest
    })
    try {
      const started = Date.now()
      const post = postWithHttpClient(`${server.url}/services/T/B/x`, '{}', {}, 500)
      await expect(post).rejects.toBeInstanceOf(RequestTimeoutError)
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      await server.close()
    }
  })

  it.each([
    ['delivers', false],
    ['still times out', true]
  ])('through a proxy (http_proxy) it %s', { timeout: 15_000 }, async (_name, silent) => {
    slack = await startSlackStandIn()
    const webhook = new URL(slack.createWebhook())
    if (silent) slack.injectFault({ path: webhook.pathname, silent: true })
    const proxy = await startConnectProxy(Number(webhook.port))
    // The client never proxies a loopback host: a name only the proxy knows what to do with.
    const viaProxy = `http://slack.proxied.invalid:${webhook.port}${webhook.pathname}`
    process.env.http_proxy = proxy.url
    try {
      const post = postWithHttpClient(viaProxy, '{"text":"x"}', {}, 1000)
      if (silent) await expect(post).rejects.toBeInstanceOf(RequestTimeoutError)
      else expect(await post).toMatchObject({ status: 200, body: 'ok' })
      expect(proxy.connects).toEqual([`slack.proxied.invalid:${webhook.port}`])
      expect(slack.requests).toHaveLength(1)
    } finally {
      delete process.env.http_proxy
      await proxy.close()
    }
  })

  it('lets go of a proxy that never answers CONNECT, so nothing keeps the step alive', async () => {
    const held = new Set<net.Socket>()
    const all: net.Socket[] = []
    const proxy = http.createServer()
    proxy.on('connect', (_req: http.IncomingMessage, socket: net.Socket) => {
      all.push(socket)
      held.add(socket)
      // The server's sockets are half-open: the client letting go shows as `end`.
      socket.on('end', () => held.delete(socket))
      socket.on('close', () => held.delete(socket))
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    process.env.http_proxy = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`
    try {
      const post = postWithHttpClient('http://slack.proxied.invalid:9/x', '{}', {}, 500)
      await expect(post).rejects.toBeInstanceOf(RequestTimeoutError)
      await expect.poll(() => held.size, { timeout: 3000 }).toBe(0)
    } finally {
      delete process.env.http_proxy
      for (const socket of all) socket.destroy()
      await new Promise<void>((resolve) => proxy.close(() => resolve()))
    }
  })

  it('answers as before when the endpoint answers', async () => {
    slack = await startSlackStandIn()
    const webhook = slack.createWebhook()
    const answer = await postWithHttpClient(webhook, '{"text":"x"}', {}, 5000)
    expect(answer).toMatchObject({ status: 200, body: 'ok' })
  })
})

/** An HTTP CONNECT proxy on 127.0.0.1 that tunnels every CONNECT to `port` on 127.0.0.1. */
async function startConnectProxy(port: number) {
  const connects: string[] = []
  const sockets = new Set<net.Socket>()
  const server = http.createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req: http.IncomingMessage, client: net.Socket) => {
    connects.push(req.url ?? '')
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => sockets.delete(socket))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port: proxyPort } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
