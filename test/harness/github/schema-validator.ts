import { resolveRef, type Schema } from './openapi-spec.js'

/** Names a value in messages from its path (`tagger.name`, `labels[0]`). */
export type NameValue = (path: string) => string

/**
 * A deliberately small JSON-schema check for request bodies and parameters: declared and
 * required properties, primitive types, `enum`, `nullable`, nested objects and arrays, and
 * `oneOf`/`anyOf`/`allOf` (a value is fine if it fits one alternative). Stricter than GitHub
 * in one way on purpose: an object schema with `properties` rejects undeclared properties,
 * because a misspelt property is silently ignored by GitHub and is a bug in the caller.
 */
export function validateValue(
  schemaOrRef: Schema,
  value: unknown,
  path: string,
  name: NameValue,
  strict = true
): string[] {
  const label = name(path)
  const schema = flattenAllOf(resolveRef(schemaOrRef))
  if (value === null && (schema.nullable || schema.enum?.includes(null))) return []
  const { oneOf, anyOf, ...shared } = schema
  const alternatives = oneOf ?? anyOf
  if (alternatives) {
    // Properties declared beside the alternatives apply to each of them.
    const merged = alternatives.map((alternative) => ({ allOf: [shared, alternative] }))
    return validateAlternatives(merged, value, path, name, strict)
  }
  if (value === null && !typesOf(schema).includes('null')) {
    return [`${label} must be ${describeTypes(schema)}, got null`]
  }
  const types = typesOf(schema)
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    return [`${label} must be ${describeTypes(schema)}, got ${describeValue(value)}`]
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [
      `${label} must be one of ${schema.enum.map(String).join(', ')} (got ${JSON.stringify(value)})`
    ]
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items
    return value.flatMap((item, index) =>
      validateValue(items, item, `${path}[${index}]`, name, strict)
    )
  }
  if (isPlainObject(value)) return validateObject(schema, value, path, name, strict)
  return []
}

/** Checks a query or path parameter, which arrives as a string, against its schema. */
export function validateParameterValue(
  schemaOrRef: Schema,
  raw: string,
  path: string,
  name: NameValue
): string[] {
  const schema = flattenAllOf(resolveRef(schemaOrRef))
  const types = typesOf(schema)
  if (types.includes('array')) {
    const items = schema.items ?? {}
    return raw
      .split(',')
      .flatMap((part, i) => validateParameterValue(items, part, `${path}[${i}]`, name))
  }
  const value = coerceParameter(raw, types)
  if (value === undefined) return [`${name(path)} must be ${describeTypes(schema)}, got "${raw}"`]
  return validateValue(schema, value, path, name)
}

/** `strict: false` (for what GitHub answers) lets objects carry properties not declared. */
function validateObject(
  schema: Schema,
  value: Record<string, unknown>,
  path: string,
  name: NameValue,
  strict: boolean
): string[] {
  const violations: string[] = []
  const properties = schema.properties ?? {}
  const declared = Object.keys(properties)
  const extra = schema.additionalProperties
  for (const key of schema.required ?? []) {
    if (!(key in value)) violations.push(`missing required ${name(join(path, key))}`)
  }
  for (const [key, propertyValue] of Object.entries(value)) {
    const propertyPath = join(path, key)
    const propertySchema = properties[key] ?? (typeof extra === 'object' ? extra : undefined)
    if (propertySchema) {
      violations.push(...validateValue(propertySchema, propertyValue, propertyPath, name, strict))
    } else if (strict && declared.length > 0 && extra !== true) {
      violations.push(`${name(propertyPath)} is not declared (declared: ${declared.join(', ')})`)
    }
  }
  return violations
}

function validateAlternatives(
  alternatives: Schema[],
  value: unknown,
  path: string,
  name: NameValue,
  strict: boolean
): string[] {
  const results = alternatives.map((alternative) =>
    validateValue(alternative, value, path, name, strict)
  )
  if (results.some((violations) => violations.length === 0)) return []
  if (results.length === 1) return results[0] as string[]
  // Report the alternative of the right type, if only one has it; else summarise them all.
  const sameType = alternatives
    .map((alternative, index) => ({ index, types: typesOf(flattenAllOf(resolveRef(alternative))) }))
    .filter(({ types }) => types.length === 0 || types.some((type) => hasType(value, type)))
  if (sameType.length === 1) return results[sameType[0]!.index] as string[]
  const reasons = results.map((violations, i) => `(${i + 1}) ${violations.join('; ')}`)
  return [`${name(path)} fits none of its ${results.length} alternatives: ${reasons.join(' ')}`]
}

/** Merges `allOf` members into one schema, so a property declared in any member is declared. */
function flattenAllOf(schema: Schema): Schema {
  if (!schema.allOf) return schema
  const { allOf, ...rest } = schema
  return allOf
    .map((member) => flattenAllOf(resolveRef(member)))
    .reduce<Schema>((merged, member) => {
      const next: Schema = { ...merged, ...member }
      if (merged.properties || member.properties) {
        next.properties = { ...merged.properties, ...member.properties }
      }
      if (merged.required || member.required) {
        next.required = [...(merged.required ?? []), ...(member.required ?? [])]
      }
      return next
    }, rest)
}

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type
  if (schema.type) return [schema.type]
  return schema.properties ? ['object'] : []
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isPlainObject(value)
    case 'null':
      return value === null
    default:
      return true
  }
}

function coerceParameter(raw: string, types: string[]): unknown {
  if (types.length === 0 || types.includes('string')) return raw
  if (types.includes('integer') && /^-?\d+$/.test(raw)) return Number(raw)
  if (types.includes('number') && raw.trim() !== '' && Number.isFinite(Number(raw)))
    return Number(raw)
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true'
  return undefined
}

function describeTypes(schema: Schema): string {
  const types = typesOf(schema)
  const text = types.length > 0 ? types.join(' or ') : 'a value'
  return schema.nullable ? `${text} or null` : text
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isInteger(value)) return `integer ${value}`
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`
  return typeof value === 'object' ? 'object' : `${typeof value} ${String(value)}`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}
