import * as core from '@actions/core'
import valid from 'semver/functions/valid.js'
import { ConfigurationError } from './errors.js'

export interface InputSource {
  /** The raw input, '' when unset (as `core.getInput` answers). */
  getInput(name: string): string
  /** Masks a value in every later log line. */
  setSecret(value: string): void
}

export const actionInputSource: InputSource = {
  getInput: (name) => core.getInput(name),
  setSecret: (value) => core.setSecret(value)
}

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']

export type InputReader = ReturnType<typeof createInputReader>

/** Typed readers over one input source; each throws a ConfigurationError naming the input. */
export function createInputReader(source: InputSource = actionInputSource) {
  const raw = (name: string): string => source.getInput(name).trim()

  const fail = (name: string, value: string, accepted: string): never => {
    throw new ConfigurationError(`Input "${name}" is "${value}"; accepted: ${accepted}.`)
  }

  return {
    /** The trimmed value, or `fallback` when unset. */
    string(name: string, fallback = ''): string {
      return raw(name) || fallback
    },

    required(name: string, why = ''): string {
      const value = raw(name)
      if (!value) {
        throw new ConfigurationError(`Input "${name}" is required${why ? ` ${why}` : ''}.`)
      }
      return value
    },

    /** A value that must never reach a log: masked before anything else sees it. */
    secret(name: string): string {
      const value = raw(name)
      if (value) source.setSecret(value)
      return value
    },

    /** A secret that must be there (a token): masked, or a ConfigurationError with `hint`. */
    requiredSecret(name: string, hint: string): string {
      const value = raw(name)
      if (!value) throw new ConfigurationError(`Input "${name}" is empty.`, hint)
      source.setSecret(value)
      return value
    },

    /** Masks a value derived from an input (part of a secret URL, say). */
    maskValue(value: string): void {
      source.setSecret(value)
    },

    /** Newline- or comma-separated items, trimmed, empty and repeated ones dropped. */
    list(name: string): string[] {
      return splitList(raw(name))
    },

    boolean(name: string, fallback: boolean): boolean {
      const value = raw(name)
      if (!value) return fallback
      if (TRUE_WORDS.includes(value)) return true
      if (FALSE_WORDS.includes(value)) return false
      return fail(name, value, 'true, false')
    },

    choice<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
      const value = raw(name)
      if (!value) return fallback
      if ((accepted as readonly string[]).includes(value)) return value as T
      return fail(name, value, accepted.join(', '))
    },

    /** A semantic version such as 1.2.3 or 2.0.0-rc.1 (a leading "v" is accepted and dropped). */
    semver(name: string, fallback = ''): string {
      const value = raw(name)
      if (!value) return fallback
      const version = valid(value.replace(/^v/, ''))
      if (!version) return fail(name, value, 'a semantic version such as 1.2.3 or 1.2.3-rc.1')
      return version
    },

    positiveInteger(name: string, fallback: number): number {
      return this.wholeNumber(name, fallback, 1)
    },

    /** A whole number from `min` to `max`. */
    wholeNumber(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
      const value = raw(name)
      if (!value) return fallback
      const number = /^\d+$/.test(value) ? Number(value) : NaN
      if (!Number.isSafeInteger(number) || number < min || number > max) {
        const range =
          max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`
        return fail(name, value, `a whole number ${range}`)
      }
      return number
    }
  }
}

export function splitList(value: string): string[] {
  const items = value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return [...new Set(items)]
}
