/**
 * A path glob as in .gitignore-style tools: `*` any characters but `/`, `**` any folders,
 * `?` one character, `[abc]`, `[a-z]` and `[!a-z]` one character of a class. A pattern without `/` matches a name at any depth (`*.py`, `tests`),
 * and a pattern matching a folder matches everything under it.
 *
 * Matched by walking the pattern as a state machine over the path, one character at a time, so
 * the time is at most the path's length times the pattern's, whatever the pattern: a RegExp
 * translation (this file's, or picomatch's) backtracks, and `'**a'.repeat(8) + '!'` took minutes.
 */
type Token =
  | { kind: 'char'; char: string }
  | { kind: 'class'; negated: boolean; ranges: [string, string][] }
  | { kind: 'one' | 'star' | 'globstar' | 'folders' }

/** `anchorAlways`: a pattern without `/` names a file at the top (`requirements.txt`), not anywhere. */
export function matchesGlob(file: string, pattern: string, anchorAlways = false): boolean {
  const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '')
  const tokens = tokenize(trimmed)
  const anchored = anchorAlways || trimmed.includes('/')
  const path = normalizePath(file)
  const end = tokens.length * 2
  // State 2i: about to match token i; 2i+1: inside token i's `**/`, which must end on a `/`.
  let states = new Set<number>()
  const enter = (set: Set<number>, state: number) => {
    for (let s = state; !set.has(s);) {
      set.add(s)
      const token = tokens[s / 2]
      if (
        s % 2 === 1 ||
        !token ||
        (token.kind !== 'star' && token.kind !== 'globstar' && token.kind !== 'folders')
      )
        return
      s += 2 // `*`, `**` and `**/` may match nothing
    }
  }
  for (let i = 0; ; i++) {
    if (i === 0 || (!anchored && path[i - 1] === '/')) enter(states, 0)
    if (states.has(end) && (i === path.length || path[i] === '/')) return true
    if (i === path.length) return false
    const char = path[i]!
    const next = new Set<number>()
    for (const state of states) {
      const token = tokens[Math.floor(state / 2)]
      if (!token) continue
      if (state % 2 === 1) {
        next.add(state)
        if (char === '/') enter(next, state + 1)
        continue
      }
      if (token.kind === 'char' && token.char === char) enter(next, state + 2)
      else if (token.kind === 'one' && char !== '/') enter(next, state + 2)
      else if (token.kind === 'class' && inClass(token, char)) enter(next, state + 2)
      else if (token.kind === 'star' && char !== '/') enter(next, state)
      else if (token.kind === 'globstar') enter(next, state)
      else if (token.kind === 'folders') {
        next.add(state + 1)
        if (char === '/') enter(next, state + 2)
      }
    }
    states = next
  }
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!
    const charClass = char === '[' ? readClass(pattern, i) : undefined
    if (charClass) {
      tokens.push(charClass.token)
      i = charClass.end
    } else if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/'
      tokens.push({ kind: slash ? 'folders' : 'globstar' })
      i += slash ? 2 : 1
    } else if (char === '*') tokens.push({ kind: 'star' })
    else if (char === '?') tokens.push({ kind: 'one' })
    else tokens.push({ kind: 'char', char })
  }
  return tokens
}

/** `[…]` from `start`: the class and the index of its `]`; none when unterminated (a literal `[`). */
function readClass(pattern: string, start: number) {
  let i = start + 1
  const negated = pattern[i] === '!' || pattern[i] === '^'
  if (negated) i++
  const ranges: [string, string][] = []
  // A `]` right after the opening (or its `!`) is a member, as in POSIX.
  for (let first = true; i < pattern.length && (first || pattern[i] !== ']'); first = false) {
    const low = pattern[i]!
    if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
      ranges.push([low, pattern[i + 2]!])
      i += 3
    } else {
      ranges.push([low, low])
      i++
    }
  }
  if (i >= pattern.length) return undefined
  return { token: { kind: 'class' as const, negated, ranges }, end: i }
}

function inClass(token: { negated: boolean; ranges: [string, string][] }, char: string): boolean {
  if (char === '/') return false
  return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated
}

export function normalizePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}
