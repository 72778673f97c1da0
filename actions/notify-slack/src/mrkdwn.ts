/**
 * Slack mrkdwn is parsed for `<…>` (links, mentions like `<!channel>`) and `&` entities; escaping
 * those three makes any text inert. Formatting (`*bold*`, `_italic_`, `` `code` ``) still works.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Printable ASCII only in the address: no spaces, no bidi controls or look-alikes that would make
// the address shown differ from the one opened.
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[\x21-\x28\x2a-\x7e]+)\)/g

/**
 * Escapes text for mrkdwn and shows markdown links `[text](https://…)` as the text followed by
 * the address, itself a link: `text (<https://…>)`. The message may hold untrusted text (a pull
 * request title), so no label is ever put on an address: what a reader sees is where a click
 * goes. Nothing in the text can open a `<…>` of its own.
 */
export function renderMrkdwn(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(MARKDOWN_LINK)) {
    const [whole, label = '', url = ''] = match
    out += escapeMrkdwn(text.slice(last, match.index))
    const link = `<${escapeLinkUrl(url)}>`
    out += label === url ? link : `${escapeMrkdwn(label)} (${link})`
    last = (match.index ?? 0) + whole.length
  }
  return out + escapeMrkdwn(text.slice(last))
}

/** An address inside `<…>`: `|` would start a label, `<` and `>` end the link. */
export function escapeLinkUrl(url: string): string {
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C')
}
