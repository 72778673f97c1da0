import { defaultActionDeps, type ActionDeps } from '../../../src/lib/action-deps.js'
import { formatFailure } from '../../../src/lib/errors.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import {
  joinSections,
  renderCodeBlock,
  renderHeading,
  renderTable
} from '../../../src/lib/summary.js'
import { readRunContext } from './build-message.js'
import type { HttpPost } from './deliver.js'
import { readNotifySlackInputs, type NotifySlackInputs } from './inputs.js'
import { notifySlack, type NotifyResult } from './notify-slack.js'

export interface NotifySlackDeps extends ActionDeps {
  post: HttpPost
  sleep: (ms: number) => Promise<void>
}

const defaultDeps: NotifySlackDeps = {
  ...defaultActionDeps,
  // The HTTP client (undici) loads with the first request, not before the inputs are checked.
  post: async (...args) => (await import('./post-with-http-client.js')).postWithHttpClient(...args),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

export async function run(deps: NotifySlackDeps = defaultDeps): Promise<void> {
  let inputs: NotifySlackInputs
  try {
    inputs = readNotifySlackInputs(createInputReader(deps.inputs))
  } catch (error) {
    deps.setFailed(formatFailure('notify-slack', error))
    return
  }
  try {
    const result = await notifySlack(inputs, readRunContext(deps.env), {
      retries: inputs.retries,
      timeoutMs: inputs.timeoutMs,
      post: deps.post,
      sleep: deps.sleep,
      log: deps.info
    })
    const first = result.deliveries.find((d) => d.delivery.ok)?.delivery
    setOutputs(
      {
        delivered: result.delivered,
        ts: first?.ok ? first.ts : '',
        channel: first?.ok ? first.channel : '',
        payload: result.payload
      },
      deps.setOutput
    )
    await deps.writeSummary(renderNotifySummary(inputs, result))
    const problems = result.deliveries.filter((d) => !d.delivery.ok)
    for (const { target, delivery } of problems) {
      const message = `notify-slack: ${target ? `${target}: ` : ''}${delivery.ok ? '' : delivery.error}`
      if (inputs.failOnError) deps.setFailed(message)
      else deps.warning(`${message} (the step goes on: fail-on-error is false)`)
    }
  } catch (error) {
    // A bug here must not break the release either, unless asked to.
    const message = formatFailure('notify-slack', error)
    if (inputs.failOnError) deps.setFailed(message)
    else deps.warning(message)
    deps.setOutput('delivered', 'false')
  }
}

function renderNotifySummary(inputs: NotifySlackInputs, result: NotifyResult): string {
  const title = `notify-slack${inputs.dryRun ? ' (dry run: nothing was sent)' : ''}`
  const rows = result.deliveries.map(({ target, delivery }) => [
    target || 'webhook',
    delivery.ok ? 'delivered' : 'not delivered',
    delivery.ok ? delivery.ts : delivery.error,
    String(delivery.attempts)
  ])
  return joinSections(
    renderHeading(title),
    rows.length > 0 ? renderTable(['to', 'result', 'ts or error', 'tries'], rows) : undefined,
    renderCodeBlock(JSON.stringify(result.payload, null, 2), 'json')
  )
}
