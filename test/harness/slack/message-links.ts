/** A link as Slack would show it: the text a reader sees, and where a click goes. */
export interface MessageLink {
  url: string
  label: string
  /** JSON pointer of the string or element it was found in, e.g. `/blocks/1/text/text`. */
  at: string
}

// `<url>` or `<url|label>` in mrkdwn; mentions (`<@U1>`, `<#C1>`, `<!here>`) have no scheme.
const MRKDWN_LINK = /<([a-z][a-z0-9+.-]*:[^<>|]*)(?:\|([^<>]*))?>/gi

/**
 * Every link in a payload: `<url|label>` in any string (mrkdwn text, fields, context, the
 * fallback) and Block Kit elements with a `url` (rich_text `link`, buttons). Entities are
 * decoded as Slack decodes them. Bare URLs Slack links by itself show themselves, so they are
 * not listed.
 */
export function findMessageLinks(payload: unknown): MessageLink[] {
  const links: MessageLink[] = []
  walk(payload, '', links)
  return links
}

function walk(value: unknown, at: string, links: MessageLink[]): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(MRKDWN_LINK)) {
      const url = decodeEntities(match[1] ?? '')
      links.push({ url, label: match[2] === undefined ? url : decodeEntities(match[2]), at })
    }
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${at}/${i}`, links))
    return
  }
  if (!value || typeof value !== 'object') return
  const element = value as Record<string, unknown>
  if (typeof element.url === 'string') {
    links.push({ url: element.url, label: readElementLabel(element), at })
  }
  for (const [key, child] of Object.entries(element)) {
    if (key !== 'url') walk(child, `${at}/${key}`, links)
  }
}

/** A rich_text `link` shows its `text` (or the URL); a button its plain_text. */
function readElementLabel(element: Record<string, unknown>): string {
  const text = element.text
  if (typeof text === 'string') return text
  if (text && typeof text === 'object' && typeof (text as { text?: unknown }).text === 'string') {
    return (text as { text: string }).text
  }
  return element.url as string
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}
