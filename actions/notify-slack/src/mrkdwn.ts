/**
 * Slack mrkdwn is parsed for `<…>` (links, mentions like `<!channel>`) and `&` entities; escaping
 * those three makes any text inert. Formatting (`*bold*`, `_italic_`, `` `code` ``) still works.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g

/**
 * Escapes text for mrkdwn and turns markdown links `[text](https://…)` into Slack links, the one
 * way a message makes a link: nothing in the text itself can open a `<…>` of its own.
 */
export function renderMrkdwn(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(MARKDOWN_LINK)) {
    const [whole, label = '', url = ''] = match
    out += escapeMrkdwn(text.slice(last, match.index))
    out += `<${escapeLinkUrl(url)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`
    last = (match.index ?? 0) + whole.length
  }
  return out + escapeMrkdwn(text.slice(last))
}

function escapeLinkUrl(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C')
}
