// v1, v1.2, v1.2.3 (or without the v): the tags a pinned SHA's comment can carry for Dependabot
// and the workflow policy (`# v1.2.3`). Pre-releases are left out of what init suggests.
const VERSION_TAG = /^v?(\d+(?:\.\d+){0,2})$/

/**
 * The version tags among `tags`, newest first; a major or minor tag (`v1`) before the releases
 * it covers (`v1.2.0`), as it is the one a team usually pins.
 */
export function sortVersionTags(tags: string[]): string[] {
  const parsed = [...new Set(tags)].flatMap((tag) => {
    const version = VERSION_TAG.exec(tag)?.[1]
    return version ? [{ tag, parts: version.split('.').map(Number) }] : []
  })
  return parsed
    .sort((a, b) => compareParts(b.parts, a.parts) || a.tag.localeCompare(b.tag))
    .map((v) => v.tag)
}

/** Part by part; where one is a prefix of the other, the shorter counts as the newer. */
function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return b.length - a.length
}
