import { describe, expect, it } from 'vitest'
import { callSlackApi, postToWebhook, type HttpAnswer } from '../src/deliver.js'

function scripted(answers: (HttpAnswer | Error)[]) {
  const waits: number[] = []
  let calls = 0
  const options = {
    retries: 3,
    log: () => undefined,
    sleep: async (ms: number) => {
      waits.push(ms)
    },
    post: async () => {
      const answer = answers[calls++]
      if (!answer || answer instanceof Error) throw answer ?? new Error('no more answers')
      return answer
    }
  }
  return { options, waits, calls: () => calls }
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
    [
      'not JSON',
      [text(200, '<html>')],
      { ok: false, error: 'Slack answered HTTP 200 with something that is not JSON.' }
    ]
  ])('%s', async (_name, answers, expected) => {
    const { options } = scripted(answers)
    expect(
      await callSlackApi('https://slack.example/api', 'chat.postMessage', 'xoxb-t', {}, options)
    ).toMatchObject(expected)
  })
})
