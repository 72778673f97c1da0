import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../harness/github/server.js'
import { useGitHubStandIn } from '../harness/github/use-stand-in.js'
import { runAction } from '../harness/run-action.js'
import { loadWebhookExample } from '../harness/webhook-events.js'

describe('runAction drives the committed fixture bundle as the runner does', () => {
  it('passes inputs and declared defaults in, reads outputs (both file forms) and the summary', async () => {
    const result = await runAction('echo-action', {
      inputs: { message: 'release 1.2.3 | "quoted"', items: 'development\nsecurity/hotfix, main' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({
      message: 'release 1.2.3 | "quoted"',
      items: '["development","security/hotfix","main"]',
      multiline: 'release 1.2.3 | "quoted"\nsecond line',
      'dry-run': 'false',
      'repository-id': ''
    })
    expect(result.summary).toContain('| message | release 1.2.3 \\| "quoted" |')
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([])
  })

  it('writes the event payload to GITHUB_EVENT_PATH', async () => {
    const payload = loadWebhookExample('push', { overrides: { after: 'a'.repeat(40) } })
    const result = await runAction('echo-action', {
      inputs: { message: 'x' },
      event: { name: 'push', payload }
    })
    expect(result.outputs.event).toBe(`push:${'a'.repeat(40)}`)
  })

  it('uses a real webhook example when no payload is given', async () => {
    const result = await runAction('echo-action', {
      inputs: { message: 'x' },
      event: { name: 'workflow_dispatch' }
    })
    expect(result.outputs.event).toBe('workflow_dispatch:')
  })

  it.each([
    [
      'a configuration error names the fix',
      { message: 'x', mode: 'fail' },
      'echo-action: mode "fail" asked for a failure. Set mode to echo.'
    ],
    [
      'a bad enum value names the input and the accepted values',
      { message: 'x', mode: 'loud' },
      'echo-action: Input "mode" is "loud"; accepted: echo, fail, crash, lookup.'
    ],
    [
      'a bad boolean names the input',
      { message: 'x', 'dry-run': 'yes' },
      'echo-action: Input "dry-run" is "yes"; accepted: true, false.'
    ],
    ['a missing required input', {}, 'echo-action: Input "message" is required.'],
    [
      'an unexpected error says it is a bug',
      { message: 'x', mode: 'crash' },
      'echo-action failed unexpectedly: crash requested. ' +
        'This is a bug in release-actions; please report it with this log.'
    ]
  ])('%s: exit 1 with one ::error::', async (_name, inputs, message) => {
    const result = await runAction('echo-action', { inputs })
    expect(result.exitCode).toBe(1)
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([
      { command: 'error', properties: {}, message }
    ])
    expect(result.outputs).toEqual({})
  })

  it('masks the token it was given, and the leak finder sees a leak when there is one', async () => {
    const token = 'ghs_secretvalue123'
    const result = await runAction('echo-action', { inputs: { message: 'x' }, token })
    expect(result.commands).toContainEqual({ command: 'add-mask', properties: {}, message: token })
    expect(result.findLeaks([token])).toEqual([])

    const leaky = await runAction('echo-action', { inputs: { message: `oops ${token}` }, token })
    expect(leaky.findLeaks([token]).length).toBeGreaterThan(0)
  })

  it('rejects an input the action does not declare', async () => {
    await expect(runAction('echo-action', { inputs: { mesage: 'typo' } })).rejects.toThrow(
      /echo-action has no input\(s\) mesage/
    )
  })
})

describe('the bundle reaches the GitHub stand-in through the shared client', () => {
  let github: GitHubStandIn
  useGitHubStandIn((standIn) => (github = standIn))

  it('follows GITHUB_API_URL, sends the default token, survives a 502, and masks the token', async () => {
    github.injectFault({ route: 'GET /repos/{owner}/{repo}', status: 502 })
    const token = 'ghs_bundle_token_42'
    const result = await runAction('echo-action', {
      inputs: { message: 'x', mode: 'lookup' },
      apiUrl: github.url,
      token
    })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const { id } = (await (await fetch(`${github.url}/repos/octo-org/octo-repo`)).json()) as {
      id: number
    }
    expect(result.outputs['repository-id']).toBe(String(id))
    expect(github.requests.map((r) => [r.status, r.token])).toEqual([
      [502, token],
      [200, token],
      [200, undefined]
    ])
    expect(result.commands).toContainEqual(
      expect.objectContaining({ command: 'warning', message: expect.stringMatching(/HTTP 502/) })
    )
    expect(result.findLeaks([token])).toEqual([])
  })
})
