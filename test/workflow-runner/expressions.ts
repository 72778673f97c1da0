import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'

/** A context value as plain JSON (strings, numbers, booleans, null, arrays, objects). */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** What the status functions answer where an expression is evaluated (a job's `if:`, a step's). */
export interface StatusFunctions {
  success(): boolean
  failure(): boolean
  cancelled(): boolean
}

export interface EvaluationScope {
  contexts: Record<string, Json>
  status?: StatusFunctions
}

const STATUS_NAMES = ['success', 'failure', 'cancelled', 'always'] as const

/** Evaluates one expression (the text between `${{` and `}}`) with GitHub's own evaluator. */
export function evaluateExpression(expression: string, scope: EvaluationScope): Json {
  const lexed = new Lexer(expression).lex()
  const functions = buildStatusFunctions(scope.status)
  const parsed = new Parser(lexed.tokens, Object.keys(scope.contexts), [
    ...functions.values()
  ]).parse()
  const context = toExpressionData(scope.contexts) as data.Dictionary
  const result = new Evaluator(parsed, context, functions).evaluate()
  return fromExpressionData(result)
}

/** Evaluates a condition (`if:`) and coerces the result as the runner does. */
export function evaluateCondition(expression: string, scope: EvaluationScope): boolean {
  return isTruthy(evaluateExpression(expression, scope))
}

/**
 * A string field as the runner reads it: a value that is one `${{ … }}` keeps its type (for
 * `fromJSON` matrices and objects); anything else is text with each expression spliced in, as
 * `format()` would. The value is the YAML value, so block scalars keep their folding and chomping.
 */
export function evaluateTemplate(value: string, scope: EvaluationScope): Json {
  const parts = splitTemplate(value)
  const only = parts.length === 1 ? parts[0] : undefined
  if (only && only.kind === 'expression') return evaluateExpression(only.text, scope)
  return parts
    .map((part) =>
      part.kind === 'text' ? part.text : toFieldString(evaluateExpression(part.text, scope))
    )
    .join('')
}

/** Evaluates every string inside a YAML value (mappings and sequences walked). */
export function evaluateValue(value: unknown, scope: EvaluationScope): Json {
  if (typeof value === 'string') return evaluateTemplate(value, scope)
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, scope))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, evaluateValue(item, scope)])
    )
  }
  return (value ?? null) as Json
}

/** How a value lands in a string field: objects as JSON (not GitHub's "Object"), null as ''. */
export function toFieldString(value: Json): string {
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value, null, 2)
  if (typeof value === 'number') return String(value)
  return String(value)
}

export function isTruthy(value: Json): boolean {
  if (value === null || value === false || value === '' || value === 0) return false
  return !(typeof value === 'number' && Number.isNaN(value))
}

type TemplatePart = { kind: 'text' | 'expression'; text: string }

/** Splits `a ${{ x }} b` into text and expressions; `}}` inside a quoted string does not end one. */
export function splitTemplate(value: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let rest = value
  for (let start = rest.indexOf('${{'); start !== -1; start = rest.indexOf('${{')) {
    const end = findExpressionEnd(rest, start + 3)
    if (end === -1) throw new Error(`Unclosed \${{ in ${JSON.stringify(value)}`)
    if (start > 0) parts.push({ kind: 'text', text: rest.slice(0, start) })
    parts.push({ kind: 'expression', text: rest.slice(start + 3, end).trim() })
    rest = rest.slice(end + 2)
  }
  if (rest !== '' || parts.length === 0) parts.push({ kind: 'text', text: rest })
  return parts
}

function findExpressionEnd(text: string, from: number): number {
  let quoted = false
  for (let i = from; i < text.length - 1; i++) {
    if (text[i] === "'") quoted = !quoted
    else if (!quoted && text[i] === '}' && text[i + 1] === '}') return i
  }
  return -1
}

function buildStatusFunctions(status?: StatusFunctions): Map<string, FunctionDefinition> {
  const answer: Record<(typeof STATUS_NAMES)[number], () => boolean> = {
    success: () => status?.success() ?? true,
    failure: () => status?.failure() ?? false,
    cancelled: () => status?.cancelled() ?? false,
    always: () => true
  }
  return new Map(
    STATUS_NAMES.map((name) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(answer[name]()) }
    ])
  )
}

export function toExpressionData(value: Json): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData
}

export function fromExpressionData(value: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Json
}
