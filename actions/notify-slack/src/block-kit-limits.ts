/** Block Kit's limits: a message over them is rejected (`invalid_blocks`), so we cut instead. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fields: 10,
  fieldText: 2000,
  fallbackText: 3000
}

export const TRUNCATED = '…truncated'

/** Cuts `text` to `max` characters (code points, as Slack counts), ending with the marker. */
export function cutText(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  const marker = ` ${TRUNCATED}`
  return (
    chars
      .slice(0, max - marker.length)
      .join('')
      .trimEnd() + marker
  )
}

type Block = Record<string, unknown>
type TextObject = { type?: string; text?: string }

/**
 * Makes any message fit: long section and header texts and fields are cut, extra fields and
 * blocks dropped, each with a visible marker. Applies to the caller's own payload too.
 */
export function fitBlockKitLimits<T extends Record<string, unknown>>(payload: T): T {
  const fitted: Record<string, unknown> = { ...payload }
  if (typeof fitted.text === 'string') fitted.text = cutText(fitted.text, LIMITS.fallbackText)
  if (Array.isArray(fitted.blocks)) fitted.blocks = fitBlocks(fitted.blocks as Block[])
  return fitted as T
}

function fitBlocks(blocks: Block[]): Block[] {
  const fitted = blocks.map(fitBlock)
  if (fitted.length <= LIMITS.blocks) return fitted
  const dropped = fitted.length - (LIMITS.blocks - 1)
  return [
    ...fitted.slice(0, LIMITS.blocks - 1),
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${TRUNCATED}: ${dropped} more block(s) left out` }]
    }
  ]
}

function fitBlock(block: Block): Block {
  if (block.type === 'header')
    return { ...block, text: fitTextObject(block.text, LIMITS.headerText) }
  if (block.type !== 'section') return block
  const fitted: Block = { ...block }
  if (block.text) fitted.text = fitTextObject(block.text, LIMITS.sectionText)
  if (Array.isArray(block.fields)) {
    const fields = (block.fields as TextObject[]).map((f) => fitTextObject(f, LIMITS.fieldText))
    fitted.fields =
      fields.length <= LIMITS.fields
        ? fields
        : [
            ...fields.slice(0, LIMITS.fields - 1),
            {
              type: 'mrkdwn',
              text: `${TRUNCATED}: ${fields.length - LIMITS.fields + 1} more field(s)`
            }
          ]
  }
  return fitted
}

function fitTextObject(value: unknown, max: number): unknown {
  const object = value as TextObject | undefined
  if (!object || typeof object.text !== 'string') return value
  return { ...object, text: cutText(object.text, max) }
}
