import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runAction } from '../../../test/harness/run-action.js'
import { checkBlockKitLimits } from '../../../test/harness/slack/block-kit-limits.js'
import { findMessageLinks } from '../../../test/harness/slack/message-links.js'
import { startSlackStandIn, type SlackStandIn } from '../../../test/harness/slack/server.js'

const BOT_TOKEN = 'xoxb-1234-5678-notifySlackTestToken'
let slack: SlackStandIn
let webhook: string

beforeEach(async () => {
  slack = await startSlackStandIn()
  webhook = slack.createWebhook({ channel: 'C0RELEASES' })
  slack.addToken(BOT_TOKEN, { channels: ['C0RELEASES', 'C0DEPLOYS'] })
})
afterEach(() => slack.close())

async function notify(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const result = await runAction('notify-slack', {
    inputs,
    env: { GITHUB_WORKFLOW: 'merge-main', ...env },
    timeoutMs: 45_000
  })
  return {
    ...result,
    errors: result.commands.filter((c) => c.command === 'error').map((c) => c.message),
    warnings: result.commands.filter((c) => c.command === 'warning').map((c) => c.message)
  }
}

const secretPart = () => new URL(webhook).pathname

describe('notify-slack through an incoming webhook', () => {
  it('posts once, with text and blocks that pass the Block Kit checker', async () => {
    const result = await notify({
      'webhook-url': webhook,
      status: 'success',
      title: 'Released v1.3.0',
      message: 'Images pushed. [Release notes](https://github.com/o/r/releases/tag/v1.3.0)',
      fields: 'Version: 1.3.0\nImages: api, worker'
    })
    expect(result.errors).toEqual([])
    expect(result.outputs.delivered).toBe('true')
    expect(slack.requests).toHaveLength(1)
    const [message] = slack.messages
    expect(message?.channel).toBe('C0RELEASES')
    const payload = message!.payload as { text: string; blocks: unknown[] }
    expect(payload.text).toContain('Released v1.3.0')
    expect(payload.blocks.length).toBeGreaterThan(0)
    expect(checkBlockKitLimits(payload)).toEqual({ problems: [], warnings: [] })
    expect(JSON.stringify(payload)).toContain(
      'Release notes (<https://github.com/o/r/releases/tag/v1.3.0>)'
    )
    expect(JSON.parse(result.outputs.payload!)).toEqual(payload)
  })

  it('escapes a title and message holding <!channel>, & and a fake link', async () => {
    await notify({
      'webhook-url': webhook,
      title: 'Fix "quotes" & <!channel> ping',
      message: 'PR: <https://evil.example|click> & <@U123>\nline two'
    })
    const body = slack.requests[0]!.body
    expect(body).not.toContain('<!channel>')
    expect(body).not.toContain('<https://evil.example')
    expect(body).not.toContain('<@U123>')
    expect(body).toContain('&lt;!channel&gt;')
    expect(body).toContain('&amp;')
    expect(slack.messages).toHaveLength(1)
  })

  it('429 with Retry-After: 1, then success → delivered after waiting', async () => {
    slack.injectFault({ path: webhook, status: 429, headers: { 'retry-after': '1' } })
    const started = Date.now()
    const result = await notify({ 'webhook-url': webhook, message: 'x' })
    expect(result.outputs.delivered).toBe('true')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(slack.requests.map((r) => r.status)).toEqual([429, 200])
  })

  it('5xx on every try → delivered=false, a warning, exit 0', async () => {
    slack.injectFault({ path: webhook, status: 503, times: Infinity })
    const result = await notify({ 'webhook-url': webhook, message: 'x', retries: '1' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.delivered).toBe('false')
    expect(slack.requests).toHaveLength(2)
    expect(result.warnings.some((w) => w.includes('HTTP 503'))).toBe(true)
    expect(result.errors).toEqual([])
  })

  it('the same with fail-on-error: true → exit 1', async () => {
    slack.injectFault({ path: webhook, status: 500, times: Infinity })
    const result = await notify({
      'webhook-url': webhook,
      message: 'x',
      retries: '0',
      'fail-on-error': 'true'
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain('HTTP 500')
  })

  it('a 20,000-character message is delivered within limits, marked truncated', async () => {
    const result = await notify({
      'webhook-url': webhook,
      title: 'T'.repeat(400),
      message: 'word '.repeat(4000)
    })
    expect(result.outputs.delivered).toBe('true')
    const payload = slack.messages[0]!.payload
    expect(checkBlockKitLimits(payload).problems).toEqual([])
    expect(JSON.stringify(payload)).toContain('…truncated')
  })

  it('a webhook error is turned into what to fix, and is not retried', async () => {
    const archived = slack.createWebhook({ error: 'channel_is_archived' })
    const result = await notify({ 'webhook-url': archived, message: 'x' })
    expect(slack.requests).toHaveLength(1)
    expect(result.outputs.delivered).toBe('false')
    expect(result.warnings[0]).toContain('channel_is_archived')
    expect(result.warnings[0]).toContain('unarchive it')
  })

  it('an endpoint that never answers: the step ends within timeout-seconds × tries, a warning, exit 0', async () => {
    slack.injectFault({ path: webhook, silent: true, times: Infinity })
    const started = Date.now()
    const result = await notify({
      'webhook-url': webhook,
      message: 'x',
      'timeout-seconds': '1',
      retries: '1'
    })
    // 2 tries of 1 s and one backoff of at most 1 s; the rest is slack for a loaded machine.
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(result.exitCode).toBe(0)
    expect(result.outputs.delivered).toBe('false')
    expect(slack.requests).toHaveLength(2)
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toContain('no complete answer within 1 s (timeout-seconds)')
    expect(result.warnings[0]).toContain('network')
    expect(result.errors).toEqual([])
    expect(result.findLeaks([webhook, secretPart()])).toEqual([])
  })

  it.each([
    ['"not ok"', 'not ok'],
    ['an empty body', ''],
    ['a captive portal page', '<html><body>Sign in to the Wi-Fi</body></html>']
  ])('200 with %s is not a delivery: delivered=false, a warning', async (_name, body) => {
    slack.injectFault({ path: webhook, status: 200, body })
    const result = await notify({ 'webhook-url': webhook, message: 'x' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.delivered).toBe('false')
    expect(result.warnings[0]).toContain('HTTP 200')
    expect(slack.requests).toHaveLength(1)
  })

  it.each([
    [404, 0],
    [500, 1],
    [200, 0]
  ])(
    'an HTTP %d page echoing the webhook path is never printed, summarised or output',
    async (status, retries) => {
      const MARKER = 'BODY-MARKER-5c1e'
      const page = `<html><h1>Not here</h1><p>POST ${secretPart()} ${MARKER}</p></html>`
      slack.injectFault({ path: webhook, status, body: page, times: Infinity })
      const result = await notify({
        'webhook-url': webhook,
        message: 'x',
        retries: String(retries)
      })
      expect(result.outputs.delivered).toBe('false')
      expect(result.warnings[0]).toContain(`HTTP ${status}`)
      expect(result.findLeaks([MARKER, secretPart(), '<html>'])).toEqual([])
      expect(result.summary).toContain('not delivered')
    }
  )

  it('a disguised link in a PR title, a commit message or a branch name stays what it says', async () => {
    const disguised = '[https://github.com/octo-org/octo-repo/pull/42](https://evil.example/x)'
    await notify(
      {
        'webhook-url': webhook,
        title: `Merge ${disguised}`,
        message: `${disguised}\n[Release notes](https://evil.example/notes) https://evil.example/bare`,
        fields: `Commit: ${disguised}`
      },
      { GITHUB_REF_NAME: disguised }
    )
    const payload = slack.messages[0]!.payload
    const runUrl = 'https://github.com/octo-org/octo-repo/actions/runs/1658821493'
    const links = findMessageLinks(payload)
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((l) => l.label !== l.url && l.url !== runUrl)).toEqual([])
    expect(links).toContainEqual(
      expect.objectContaining({ url: 'https://evil.example/x', label: 'https://evil.example/x' })
    )
  })

  it('never prints the secret part of the webhook URL', async () => {
    slack.injectFault({ path: webhook, status: 503 })
    const result = await notify({ 'webhook-url': webhook, message: 'x' })
    expect(result.findLeaks([webhook, secretPart()])).toEqual([])
    expect(result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual(
      expect.arrayContaining([webhook, secretPart()])
    )
  })
})

describe('notify-slack through the Web API', () => {
  const api = () => ({ 'bot-token': BOT_TOKEN, 'slack-api-url': slack.apiUrl })

  it('two channels → two chat.postMessage', async () => {
    const result = await notify({
      ...api(),
      channel: 'C0RELEASES, C0DEPLOYS',
      status: 'started',
      message: 'Deploying'
    })
    expect(result.errors).toEqual([])
    expect(slack.requests.map((r) => r.path)).toEqual([
      '/api/chat.postMessage',
      '/api/chat.postMessage'
    ])
    expect(slack.messages.map((m) => m.channel)).toEqual(['C0RELEASES', 'C0DEPLOYS'])
    expect(result.outputs).toMatchObject({
      delivered: 'true',
      channel: 'C0RELEASES',
      ts: slack.messages[0]!.ts
    })
    expect(slack.requests[0]!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`)
  })

  it('update-ts → chat.update of that message in place', async () => {
    const started = await notify({
      ...api(),
      channel: 'C0DEPLOYS',
      status: 'started',
      title: 'Deploy v1.3.0'
    })
    const ts = started.outputs.ts!
    const finished = await notify({
      ...api(),
      channel: 'C0DEPLOYS',
      status: 'success',
      title: 'Deployed v1.3.0',
      'update-ts': ts
    })
    expect(finished.errors).toEqual([])
    expect(slack.requests.map((r) => r.path)).toEqual(['/api/chat.postMessage', '/api/chat.update'])
    expect(slack.messages).toHaveLength(1)
    expect(JSON.stringify(slack.messages[0]!.payload)).toContain('Deployed v1.3.0')
    expect(finished.outputs.ts).toBe(ts)
  })

  it('thread-ts → a reply in that thread', async () => {
    const parent = await notify({ ...api(), channel: 'C0DEPLOYS', title: 'Release' })
    await notify({
      ...api(),
      channel: 'C0DEPLOYS',
      title: 'Details',
      'thread-ts': parent.outputs.ts!
    })
    expect(slack.findThreadReplies('C0DEPLOYS', parent.outputs.ts!)).toHaveLength(1)
  })

  it('ok:false channel_not_found → a warning that says so', async () => {
    const result = await notify({ ...api(), channel: 'C0NOWHERE' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.delivered).toBe('false')
    expect(result.warnings[0]).toContain('C0NOWHERE')
    expect(result.warnings[0]).toContain('channel_not_found')
    expect(result.warnings[0]).toContain('invite the bot')
  })

  it('an API that never answers: one try with retries 0, within the limit, a warning', async () => {
    slack.injectFault({ path: '/api/chat.postMessage', silent: true, times: Infinity })
    const started = Date.now()
    const result = await notify({
      ...api(),
      channel: 'C0RELEASES',
      'timeout-seconds': '2',
      retries: '0'
    })
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ delivered: 'false', ts: '' })
    expect(slack.requests).toHaveLength(1)
    expect(result.warnings[0]).toContain('no complete answer within 2 s (timeout-seconds)')
  })

  it.each([
    ['{"ok": false} without an error', { ok: false }],
    ['ok as the string "true"', { ok: 'true', channel: 'C0RELEASES', ts: '1700000000.000100' }],
    ['no ok at all', { channel: 'C0RELEASES', ts: '1700000000.000100' }],
    ['not JSON', '<html>ok</html>'],
    ['JSON null', 'null']
  ])('200 with %s is not a delivery', async (_name, body) => {
    slack.injectFault({ path: '/api/chat.postMessage', status: 200, body })
    const result = await notify({ ...api(), channel: 'C0RELEASES' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ delivered: 'false', ts: '' })
    expect(result.warnings[0]).toContain('C0RELEASES')
    expect(slack.requests).toHaveLength(1)
  })

  it.each([
    [503, 'page', 1],
    [200, 'error', 0]
  ])('an HTTP %d answer with a %s body is never printed', async (status, kind, retries) => {
    const MARKER = 'BODY-MARKER-9d2b'
    const body =
      kind === 'page'
        ? `<html>upstream ${MARKER} ${BOT_TOKEN}</html>`
        : {
            ok: false,
            error: `Bad request ${MARKER}: see /api/chat.postMessage?token=${BOT_TOKEN}`
          }
    slack.injectFault({ path: '/api/chat.postMessage', status, body, times: Infinity })
    const result = await notify({ ...api(), channel: 'C0RELEASES', retries: String(retries) })
    expect(result.outputs.delivered).toBe('false')
    expect(result.warnings[0]).toContain(`HTTP ${status}`)
    expect(result.findLeaks([MARKER, BOT_TOKEN])).toEqual([])
  })

  it('never prints the bot token', async () => {
    const result = await notify({ ...api(), channel: 'C0NOWHERE' })
    expect(result.findLeaks([BOT_TOKEN])).toEqual([])
  })
})

describe('notify-slack inputs', () => {
  it.each([
    [{ 'bot-token': BOT_TOKEN }, 'Input "channel" is required with "bot-token"'],
    [
      { 'webhook-url': 'WEBHOOK', status: 'green' },
      'Input "status" is "green"; accepted: success, failure, cancelled, started, info.'
    ],
    [{ 'webhook-url': 'WEBHOOK', payload: '{"text": ' }, 'Input "payload" is not JSON'],
    [
      { 'webhook-url': 'WEBHOOK', payload: '{"color": "red"}' },
      'Input "payload" has neither "text" nor "blocks"'
    ],
    [
      { 'webhook-url': 'WEBHOOK', 'update-ts': '1700000000.000100' },
      'Input "update-ts" needs "bot-token"'
    ],
    [
      { 'webhook-url': 'WEBHOOK', fields: 'no colon here' },
      'Input "fields" has the line "no colon here"'
    ],
    [
      { 'webhook-url': 'WEBHOOK', retries: '50' },
      'Input "retries" is "50"; accepted: a whole number from 0 to 10.'
    ],
    [
      { 'webhook-url': 'WEBHOOK', 'timeout-seconds': '0' },
      'Input "timeout-seconds" is "0"; accepted: a number of seconds from 1 to 120'
    ],
    [
      { 'webhook-url': 'http://hooks.slack.com/services/T0/B0/cleartext' },
      'Input "webhook-url" uses http://'
    ],
    [
      { 'bot-token': BOT_TOKEN, channel: 'C0RELEASES', 'slack-api-url': 'http://slack.com/api' },
      'Input "slack-api-url" is "http://slack.com/api"; accepted: an https:// URL'
    ]
  ])('%j → exit 1 naming the input, no request', async (inputs, message) => {
    const given = Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [k, v === 'WEBHOOK' ? webhook : v])
    )
    const result = await notify(given)
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(message)
    expect(slack.requests).toEqual([])
  })

  it.each([
    { failOnError: 'false', exitCode: 0 },
    { failOnError: 'true', exitCode: 1 }
  ])(
    'no webhook-url and no bot-token (an unset secret), fail-on-error $failOnError → exit $exitCode, nothing sent',
    async ({ failOnError, exitCode }) => {
      const result = await notify({
        'webhook-url': '',
        title: 'Release',
        'fail-on-error': failOnError
      })
      expect(result.exitCode).toBe(exitCode)
      expect(result.outputs.delivered).toBe('false')
      const said = exitCode === 0 ? result.warnings[0] : result.errors[0]
      expect(said).toContain('no Slack destination')
      expect(said).toContain('SLACK_WEBHOOK_URL')
      expect(JSON.parse(result.outputs.payload ?? '{}')).toHaveProperty('text')
      expect(slack.requests).toEqual([])
    }
  )

  it('dry-run sends nothing and shows the payload', async () => {
    const result = await notify({ 'webhook-url': webhook, 'dry-run': 'true', title: 'Would post' })
    expect(result.exitCode).toBe(0)
    expect(slack.requests).toEqual([])
    expect(result.outputs.delivered).toBe('false')
    expect(JSON.parse(result.outputs.payload!).text).toContain('Would post')
    expect(result.summary).toContain('Would post')
  })

  it('sends a raw payload as given, cut to the limits', async () => {
    const payload = {
      text: 'raw',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(5000) } }]
    }
    await notify({ 'webhook-url': webhook, payload: JSON.stringify(payload) })
    const sent = slack.messages[0]!.payload as typeof payload
    expect(sent.text).toBe('raw')
    expect([...sent.blocks[0]!.text.text].length).toBeLessThanOrEqual(3000)
  })
})
