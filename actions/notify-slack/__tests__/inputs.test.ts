import { describe, expect, it } from 'vitest'
import { createInputReader } from '../../../src/lib/inputs.js'
import { readNotifySlackInputs } from '../src/inputs.js'

const TOKEN = 'xoxb-1-secret'

function read(inputs: Record<string, string>) {
  const masked: string[] = []
  const reader = createInputReader({
    getInput: (name) => inputs[name] ?? '',
    setSecret: (value) => void masked.push(value)
  })
  return { read: () => readNotifySlackInputs(reader), masked }
}

describe('timeout-seconds', () => {
  it.each([
    ['', 10_000],
    ['10', 10_000],
    ['1', 1000],
    ['2.5', 2500],
    ['120', 120_000]
  ])('%j → %d ms', (value, ms) => {
    const { read: readInputs } = read({
      'webhook-url': 'https://hooks.slack.com/services/T/B/x',
      'timeout-seconds': value
    })
    expect(readInputs().timeoutMs).toBe(ms)
  })

  it.each(['0', '0.5', '-1', '121', '1e3', 'ten', '10s', 'Infinity', 'NaN'])(
    '%j is refused, naming the input and what it accepts',
    (value) => {
      const { read: readInputs } = read({
        'webhook-url': 'https://hooks.slack.com/services/T/B/x',
        'timeout-seconds': value
      })
      expect(readInputs).toThrow(
        `Input "timeout-seconds" is "${value}"; accepted: a number of seconds from 1 to 120`
      )
    }
  )
})

describe('URLs that carry a secret', () => {
  it.each([
    'https://hooks.slack.com/services/T0/B0/secretPart',
    'http://127.0.0.1:41234/services/T0/B0/secretPart',
    'http://127.8.9.10/services/T0/B0/secretPart',
    'http://localhost:8080/services/T0/B0/secretPart',
    'http://[::1]:8080/services/T0/B0/secretPart'
  ])('webhook-url %s is accepted', (url) => {
    expect(read({ 'webhook-url': url }).read().transport).toEqual({ kind: 'webhook', url })
  })

  it.each([
    'http://hooks.slack.com/services/T0/B0/secretPart',
    'http://128.0.0.1/services/T0/B0/secretPart',
    'http://127.0.0.1.evil.example/services/T0/B0/secretPart',
    'http://localhost.evil.example/services/T0/B0/secretPart',
    'http://[::2]/services/T0/B0/secretPart',
    'http://0.0.0.0/services/T0/B0/secretPart',
    'HTTP://HOOKS.SLACK.COM/services/T0/B0/secretPart',
    'ftp://hooks.slack.com/services/T0/B0/secretPart',
    'hooks.slack.com/services/T0/B0/secretPart'
  ])('webhook-url %s is refused without printing it', (url) => {
    const { read: readInputs, masked } = read({ 'webhook-url': url })
    expect(readInputs).toThrow(/^Input "webhook-url" /)
    expect(readInputs).toThrow(/accepted: .*https:\/\/.*loopback/)
    let message = ''
    try {
      readInputs()
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).not.toContain('secretPart')
    expect(masked).toContain(url)
  })

  it.each([
    ['https://slack.com/api', 'https://slack.com/api'],
    ['https://slack-gov.com/api/', 'https://slack-gov.com/api'],
    ['http://127.0.0.1:4000/api', 'http://127.0.0.1:4000/api'],
    ['http://localhost/api', 'http://localhost/api']
  ])('slack-api-url %s is accepted', (apiUrl, expected) => {
    const { read: readInputs } = read({
      'bot-token': TOKEN,
      channel: 'C1',
      'slack-api-url': apiUrl
    })
    expect(readInputs().transport).toMatchObject({ kind: 'api', apiUrl: expected })
  })

  it.each([
    'http://slack.com/api',
    'http://10.0.0.8:3128/api',
    'file:///etc/passwd',
    'slack.com/api'
  ])('slack-api-url %s is refused: the token would travel in clear', (apiUrl) => {
    const { read: readInputs } = read({
      'bot-token': TOKEN,
      channel: 'C1',
      'slack-api-url': apiUrl
    })
    expect(readInputs).toThrow(/^Input "slack-api-url" is ".*"; accepted: .*https:\/\/.*loopback/)
  })
})
