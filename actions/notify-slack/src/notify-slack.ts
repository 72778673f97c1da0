import { fitBlockKitLimits } from './block-kit-limits.js'
import { buildMessage, type RunContext } from './build-message.js'
import { callSlackApi, postToWebhook, type Delivery, type DeliveryOptions } from './deliver.js'
import type { NotifySlackInputs } from './inputs.js'

export interface ChannelDelivery {
  /** The channel asked for (empty for a webhook). */
  target: string
  delivery: Delivery
}

export interface NotifyResult {
  payload: Record<string, unknown>
  deliveries: ChannelDelivery[]
  delivered: boolean
}

export const NO_DESTINATION =
  'no Slack destination: "webhook-url" and "bot-token" are both empty (is the secret, e.g. SLACK_WEBHOOK_URL, set for this repository or environment? A pull request from a fork gets no secrets); nothing was sent'

export async function notifySlack(
  inputs: NotifySlackInputs,
  run: RunContext,
  options: DeliveryOptions
): Promise<NotifyResult> {
  const payload = fitBlockKitLimits(inputs.payload ?? buildMessage(inputs, run))
  if (inputs.dryRun) return { payload, deliveries: [], delivered: false }

  const { transport } = inputs
  const deliveries: ChannelDelivery[] = []
  if (transport.kind === 'none') {
    deliveries.push({ target: '', delivery: { ok: false, error: NO_DESTINATION, attempts: 0 } })
  } else if (transport.kind === 'webhook') {
    const message = inputs.threadTs ? { ...payload, thread_ts: inputs.threadTs } : payload
    deliveries.push({ target: '', delivery: await postToWebhook(transport.url, message, options) })
  } else {
    const method = inputs.updateTs ? 'chat.update' : 'chat.postMessage'
    for (const channel of transport.channels) {
      const body = {
        ...payload,
        channel,
        ...(inputs.updateTs ? { ts: inputs.updateTs } : {}),
        ...(inputs.threadTs ? { thread_ts: inputs.threadTs } : {})
      }
      const delivery = await callSlackApi(transport.apiUrl, method, transport.token, body, options)
      deliveries.push({ target: channel, delivery })
    }
  }
  return { payload, deliveries, delivered: deliveries.every((d) => d.delivery.ok) }
}
