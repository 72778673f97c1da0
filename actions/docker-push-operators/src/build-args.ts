import { ConfigurationError } from '../../../src/lib/errors.js'

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/
// What an earlier, comma-splitting reading took for a second argument: `A=1,B=2`.
const COMMA_THEN_KEY = /,\s*([A-Za-z_][A-Za-z0-9_]*)=/

/**
 * The `build-args` input, as docker/build-push-action reads it: one `KEY=VALUE` per line, each
 * line trimmed, blank lines skipped, the value kept whole (commas and `=` in it too). A line in
 * double quotes is taken as it is inside them, so a value may hold `,NAME=`.
 */
export function parseBuildArgs(raw: string): string[] {
  const args: string[] = []
  const keys = new Set<string>()
  raw.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim()
    if (trimmed === '') return
    // Values are never quoted back: a build argument may carry a secret.
    const where = `Input "build-args" line ${index + 1}`
    const quoted = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    const arg = quoted ? trimmed.slice(1, -1) : trimmed
    const equals = arg.indexOf('=')
    const key = arg.slice(0, equals)
    if (equals < 0 || !KEY.test(key)) {
      const shown = equals < 0 ? 'has no =' : `has the name "${key}"`
      throw new ConfigurationError(
        `${where} ${shown}; accepted: one KEY=VALUE per line, KEY of letters, digits and _ not starting with a digit (blank lines are skipped; no comments).`
      )
    }
    const next = quoted ? undefined : COMMA_THEN_KEY.exec(arg.slice(equals + 1))?.[1]
    if (next) {
      throw new ConfigurationError(
        `${where} is ${key}=… with ",${next}=" in its value: one argument ${key}, not two; accepted: one KEY=VALUE per line.`,
        `Put ${next} on a line of its own (build-args: |, then one KEY=VALUE per line); if ${key}'s value really holds ",${next}=", put the whole line in double quotes.`
      )
    }
    if (keys.has(key))
      throw new ConfigurationError(`${where} sets ${key} again; accepted: each KEY once.`)
    keys.add(key)
    args.push(arg)
  })
  return args
}
