/** What to do about each error Slack answers with, in words a workflow author can act on. */
const FIXES: Record<string, string> = {
  invalid_payload:
    'Slack could not read the message; if you pass `payload`, check it is a valid Block Kit message.',
  no_text: 'The message has neither text nor blocks.',
  invalid_blocks:
    'Slack rejected the blocks; if you pass `payload`, check them in Block Kit Builder.',
  invalid_blocks_format:
    'Slack rejected the blocks; if you pass `payload`, check them in Block Kit Builder.',
  invalid_attachments: 'Slack rejected the attachments of the payload.',
  msg_too_long: 'The message text is too long for Slack.',
  channel_not_found:
    'The channel does not exist or the bot cannot see it: use the channel ID (C…), invite the bot, or, for a webhook, create a new one.',
  not_in_channel:
    'The bot is not in the channel: invite it (/invite @your-app) or add the chat:write.public scope.',
  channel_is_archived: 'The channel is archived: unarchive it or post elsewhere.',
  is_archived: 'The channel is archived: unarchive it or post elsewhere.',
  action_prohibited: 'A workspace admin restricted posting to this channel.',
  posting_to_general_channel_denied: 'Only admins may post to #general.',
  restricted_action: 'A workspace preference forbids this post.',
  no_service:
    'The webhook is disabled or revoked: create a new incoming webhook and update the secret.',
  no_service_id: 'The webhook URL is incomplete: copy it again from Slack into the secret.',
  no_team: 'The webhook URL is wrong: copy it again from Slack into the secret.',
  team_disabled: 'The Slack workspace is disabled.',
  invalid_token: 'The webhook URL is wrong or revoked: create a new one and update the secret.',
  not_authed: 'No token reached Slack: check that the `bot-token` secret is set.',
  invalid_auth: 'The bot token is invalid: check the `bot-token` secret (xoxb-…).',
  token_revoked: 'The bot token was revoked: reinstall the app and update the secret.',
  token_expired: 'The bot token expired: refresh it and update the secret.',
  account_inactive: 'The bot token belongs to a deleted user or an uninstalled app.',
  missing_scope: 'The bot token lacks the chat:write scope: add it and reinstall the app.',
  message_not_found: '`update-ts` names no message in that channel.',
  cant_update_message: 'The bot can only update messages it posted itself.',
  edit_window_closed: 'That message can no longer be edited.',
  ratelimited: 'Slack rate-limited the requests.',
  rate_limited: 'Slack rate-limited the requests.'
}

// Slack's error codes are short snake_case tokens; anything else (a proxy's page, a sentence
// that may echo the secret webhook path) is never quoted.
const ERROR_CODE = /^[a-z_]{1,64}$/

/** The error code in a webhook body or an API `error` field, or undefined if it is not one. */
export function readSlackErrorCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const code = value.trim()
  return ERROR_CODE.test(code) ? code : undefined
}

export function describeSlackError(code: string): string {
  const fix = FIXES[code]
  return fix ? `Slack answered "${code}": ${fix}` : `Slack answered "${code}".`
}

/** Web API errors that are Slack's own trouble and worth another try. */
export const TRANSIENT_API_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited'
])
