/**
 * A path glob as in .gitignore-style tools: `*` any characters but `/`, `**` any folders,
 * `?` one character. A pattern without `/` matches a name at any depth (`*.py`, `tests`),
 * and a pattern matching a folder matches everything under it.
 */
export function globToRegExp(pattern: string, anchorAlways = false): RegExp {
  const trimmed = pattern.replace(/^\.\//, '').replace(/\/+$/, '')
  const anchored = anchorAlways || trimmed.includes('/')
  let source = ''
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i] as string
    if (char === '*' && trimmed[i + 1] === '*') {
      const slash = trimmed[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${source}(?:/.*)?$`)
}

/** `anchorAlways`: a pattern without `/` names a file at the top (`requirements.txt`), not anywhere. */
export function matchesGlob(file: string, pattern: string, anchorAlways = false): boolean {
  return globToRegExp(pattern, anchorAlways).test(normalizePath(file))
}

export function normalizePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}
