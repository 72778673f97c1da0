/**
 * Block Kit limits for messages, from Slack's block reference (docs.slack.dev/reference/block-kit):
 * 50 blocks a message; a text object holds 1 to 3000 characters; a section's text 3000 and at
 * most 10 fields of 2000 each; a header's plain_text 150; a context block 10 elements; an actions
 * block 25 elements; a button's plain_text 75 and its url 3000.
 */
export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  textObject: 3000,
  sectionText: 3000,
  sectionFields: 10,
  sectionField: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonUrl: 3000
} as const

/** One broken rule, located the way Slack's `invalid_blocks` answer does: by JSON pointer. */
export interface BlockKitProblem {
  pointer: string
  message: string
}

export interface BlockKitReport {
  /** Slack refuses the message (`invalid_blocks`). */
  problems: BlockKitProblem[]
  /** Slack accepts the message, but it is poorer for it (e.g. no notification text). */
  warnings: BlockKitProblem[]
}

type JsonObject = Record<string, unknown>

const TEXT_TYPES = ['plain_text', 'mrkdwn']
const PLAIN_TEXT = ['plain_text']

/** Checks a message payload (`{text?, blocks?}`) against Block Kit's limits. */
export function checkBlockKitLimits(payload: unknown): BlockKitReport {
  const report: BlockKitReport = { problems: [], warnings: [] }
  if (!isObject(payload) || payload.blocks === undefined) return report
  const { blocks } = payload
  if (!Array.isArray(blocks)) {
    report.problems.push({ pointer: '/blocks', message: 'must be an array of blocks' })
    return report
  }
  if (blocks.length > BLOCK_KIT_LIMITS.blocksPerMessage) {
    report.problems.push(tooMany('/blocks', BLOCK_KIT_LIMITS.blocksPerMessage))
  }
  blocks.forEach((block, i) => report.problems.push(...checkBlock(block, `/blocks/${i}`)))
  if (blocks.length > 0 && !isNonEmptyString(payload.text)) {
    report.warnings.push({
      pointer: '/text',
      message: 'missing top-level text: notifications and screen readers have nothing to show'
    })
  }
  return report
}

/** Formats a problem as Slack words it in `errors`: `message [json-pointer:/blocks/0/text]`. */
export function formatBlockKitProblem(problem: BlockKitProblem): string {
  return `${problem.message} [json-pointer:${problem.pointer}]`
}

function checkBlock(block: unknown, pointer: string): BlockKitProblem[] {
  if (!isObject(block) || typeof block.type !== 'string') {
    return [{ pointer, message: 'must be an object with a string type' }]
  }
  switch (block.type) {
    case 'section':
      return checkSection(block, pointer)
    case 'header':
      return checkTextObject(block.text, `${pointer}/text`, BLOCK_KIT_LIMITS.headerText, PLAIN_TEXT)
    case 'context':
      return checkElements(block.elements, pointer, BLOCK_KIT_LIMITS.contextElements, (e, p) =>
        isObject(e) && e.type === 'image' ? [] : checkTextObject(e, p, BLOCK_KIT_LIMITS.textObject)
      )
    case 'actions':
      return checkElements(block.elements, pointer, BLOCK_KIT_LIMITS.actionsElements, checkElement)
    default:
      // Other block types (divider, image, rich_text, ...) have no limit this stand-in checks.
      return []
  }
}

function checkSection(block: JsonObject, pointer: string): BlockKitProblem[] {
  if (block.text === undefined && block.fields === undefined) {
    return [{ pointer, message: 'must have text or fields' }]
  }
  const problems: BlockKitProblem[] = []
  if (block.text !== undefined) {
    problems.push(...checkTextObject(block.text, `${pointer}/text`, BLOCK_KIT_LIMITS.sectionText))
  }
  if (block.fields !== undefined) {
    const fields = block.fields
    if (!Array.isArray(fields)) return [...problems, notArray(`${pointer}/fields`)]
    if (fields.length > BLOCK_KIT_LIMITS.sectionFields) {
      problems.push(tooMany(`${pointer}/fields`, BLOCK_KIT_LIMITS.sectionFields))
    }
    fields.forEach((field, i) =>
      problems.push(
        ...checkTextObject(field, `${pointer}/fields/${i}`, BLOCK_KIT_LIMITS.sectionField)
      )
    )
  }
  if (block.accessory !== undefined) {
    problems.push(...checkElement(block.accessory, `${pointer}/accessory`))
  }
  return problems
}

function checkElements(
  elements: unknown,
  pointer: string,
  max: number,
  checkOne: (element: unknown, pointer: string) => BlockKitProblem[]
): BlockKitProblem[] {
  if (!Array.isArray(elements)) return [notArray(`${pointer}/elements`)]
  const problems = elements.length > max ? [tooMany(`${pointer}/elements`, max)] : []
  elements.forEach((element, i) => problems.push(...checkOne(element, `${pointer}/elements/${i}`)))
  return problems
}

function checkElement(element: unknown, pointer: string): BlockKitProblem[] {
  if (!isObject(element) || typeof element.type !== 'string') {
    return [{ pointer, message: 'must be an object with a string type' }]
  }
  if (element.type !== 'button') return []
  const problems = checkTextObject(
    element.text,
    `${pointer}/text`,
    BLOCK_KIT_LIMITS.buttonText,
    PLAIN_TEXT
  )
  if (element.url !== undefined) {
    if (typeof element.url !== 'string') {
      problems.push({ pointer: `${pointer}/url`, message: 'must be a string' })
    } else if (countCharacters(element.url) > BLOCK_KIT_LIMITS.buttonUrl) {
      problems.push(tooLong(`${pointer}/url`, BLOCK_KIT_LIMITS.buttonUrl))
    }
  }
  return problems
}

function checkTextObject(
  value: unknown,
  pointer: string,
  max: number,
  types: string[] = TEXT_TYPES
): BlockKitProblem[] {
  if (!isObject(value)) return [{ pointer, message: 'must be a text object' }]
  if (typeof value.type !== 'string' || !types.includes(value.type)) {
    return [{ pointer: `${pointer}/type`, message: `must be one of: ${types.join(', ')}` }]
  }
  const problems: BlockKitProblem[] = []
  if (typeof value.text !== 'string') {
    problems.push({ pointer: `${pointer}/text`, message: 'must be a string' })
  } else if (value.text === '') {
    problems.push({ pointer: `${pointer}/text`, message: 'must be at least 1 character' })
  } else if (countCharacters(value.text) > max) {
    problems.push(tooLong(`${pointer}/text`, max))
  }
  if (value.emoji !== undefined && value.type !== 'plain_text') {
    problems.push({ pointer: `${pointer}/emoji`, message: 'is only allowed on plain_text' })
  }
  if (value.verbatim !== undefined && value.type !== 'mrkdwn') {
    problems.push({ pointer: `${pointer}/verbatim`, message: 'is only allowed on mrkdwn' })
  }
  return problems
}

/** Characters as a person counts them (code points), not UTF-16 units. */
export function countCharacters(text: string): number {
  return Array.from(text).length
}

function tooLong(pointer: string, max: number): BlockKitProblem {
  return { pointer, message: `must be less than ${max + 1} characters` }
}

function tooMany(pointer: string, max: number): BlockKitProblem {
  return { pointer, message: `no more than ${max} items allowed` }
}

function notArray(pointer: string): BlockKitProblem {
  return { pointer, message: 'must be an array' }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}
