export type Bump = 'major' | 'minor' | 'patch'

export interface VersionTag {
  /** The tag name, e.g. `v1.2.3`. */
  name: string
  /** The version without the prefix, e.g. `1.2.3`. */
  version: string
  /** What the ref points at: the commit for a lightweight tag, the tag object for an annotated one. */
  objectSha: string
  annotated: boolean
}

export interface TagRef {
  name: string
  objectSha: string
  annotated: boolean
}

// semver.org's own grammar, without build metadata: `1.2.3`, `1.2.3-rc.1`; not `v1`, `1.2`, `01.2.3`.
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)'
const NUMERIC = /^\d+$/
const VERSION = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`
)

/** The version a tag names under `prefix`, or undefined for any other tag (`v1`, `nightly-3`). */
export function parseVersionTag(name: string, prefix: string): string | undefined {
  if (!name.startsWith(prefix)) return undefined
  const rest = name.slice(prefix.length)
  return VERSION.test(rest) ? rest : undefined
}

/** The version tags among `refs`, highest first. */
export function selectVersionTags(refs: TagRef[], prefix: string): VersionTag[] {
  const tags: { tag: VersionTag; key: VersionKey }[] = []
  for (const ref of refs) {
    const version = parseVersionTag(ref.name, prefix)
    const key = version && readVersionKey(version)
    if (key) tags.push({ tag: { ...ref, version }, key })
  }
  // Read once, not on every comparison: repositories carry thousands of version tags.
  return tags.sort((a, b) => compareVersionKeys(b.key, a.key)).map(({ tag }) => tag)
}

interface VersionKey {
  core: [string, string, string]
  prerelease: string | undefined
}

function readVersionKey(version: string): VersionKey | undefined {
  const match = VERSION.exec(version)
  if (!match) return undefined
  return { core: [match[1] ?? '', match[2] ?? '', match[3] ?? ''], prerelease: match[4] }
}

/** semver precedence of two versions (both valid), as a sort comparator. */
export function compareVersions(a: string, b: string): number {
  return compareVersionKeys(readVersionKey(a)!, readVersionKey(b)!)
}

/** semver precedence. Numbers compare as digit strings, which no size limit can overflow. */
function compareVersionKeys(a: VersionKey, b: VersionKey): number {
  for (let i = 0; i < 3; i++) {
    const x = a.core[i] ?? ''
    const y = b.core[i] ?? ''
    if (x !== y) return x.length - y.length || (x < y ? -1 : 1)
  }
  if (a.prerelease === b.prerelease) return 0
  if (a.prerelease === undefined) return 1
  if (b.prerelease === undefined) return -1
  return comparePrereleases(a.prerelease.split('.'), b.prerelease.split('.'))
}

/** semver §11: numeric identifiers by value (as digit strings), below alphanumeric ones. */
function comparePrereleases(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? ''
    const y = b[i] ?? ''
    if (x === y) continue
    const xNumeric = NUMERIC.test(x)
    const yNumeric = NUMERIC.test(y)
    if (xNumeric && yNumeric) return x.length - y.length || (x < y ? -1 : 1)
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1
    return x < y ? -1 : 1
  }
  return a.length - b.length
}

function compareCores(a: VersionKey['core'], b: VersionKey['core']): number {
  return compareVersionKeys({ core: a, prerelease: undefined }, { core: b, prerelease: undefined })
}

/** Tags that count as earlier releases: stable ones, and prereleases only in prerelease mode. */
export function selectComparableTags(tags: VersionTag[], prerelease: string): VersionTag[] {
  // Version tags carry no build metadata (see VERSION), so a hyphen can only start a prerelease.
  return prerelease ? tags : tags.filter((tag) => !tag.version.includes('-'))
}

export interface NextVersionOptions {
  bump: Bump
  initialVersion: string
  /** A prerelease identifier such as `rc`, or ''. */
  prerelease: string
  /** Every version already tagged, prereleases included. */
  existing: string[]
}

/**
 * The next version: the highest stable version bumped (or `initialVersion` when there is none).
 * A prerelease numbers past the ones already tagged for that version (`1.3.0-rc.1` → `rc.2`),
 * and never goes back below an open prerelease line (a patch after `1.3.0-rc.1` is `1.3.0-rc.2`).
 */
export function computeNextVersion(options: NextVersionOptions): string {
  const { bump, initialVersion, prerelease, existing } = options
  const stable = findHighestStable(existing)
  const bumped = stable ? bumpCore(readVersionKey(stable)!.core, bump) : readCore(initialVersion)
  if (!prerelease) return bumped.join('.')
  const keys = existing.map(readVersionKey).filter((key) => key !== undefined)
  const openLines = keys.filter((key) => key.prerelease !== undefined).map((key) => key.core)
  const target = [bumped, ...openLines]
    .filter((core) => compareCores(core, bumped) >= 0)
    .sort((a, b) => compareCores(b, a))[0]!
  // Counters are digit strings of any length; `rc.final` or `rc` alone count as no number.
  const numbers = keys
    .filter((key) => compareCores(key.core, target) === 0)
    .map((key) => key.prerelease?.split('.'))
    .filter((ids) => ids?.[0] === prerelease && ids.length === 2 && NUMERIC.test(ids[1] ?? ''))
    .map((ids) => BigInt(ids![1]!))
  const next = numbers.reduce((max, n) => (n > max ? n : max), 0n) + 1n
  return `${target.join('.')}-${prerelease}.${next}`
}

/** Integer arithmetic on digit strings: 18446744073709551615.0.0 bumps exactly. */
function bumpCore(core: VersionKey['core'], bump: Bump): VersionKey['core'] {
  const [major, minor, patch] = core.map((part) => BigInt(part))
  if (bump === 'major') return [String(major! + 1n), '0', '0']
  if (bump === 'minor') return [String(major), String(minor! + 1n), '0']
  return [String(major), String(minor), String(patch! + 1n)]
}

function readCore(version: string): VersionKey['core'] {
  const key = readVersionKey(version)
  if (!key) throw new Error(`${version} is not a version`)
  return key.core
}

/** The highest stable version, whose major decides the pre-1.0 rule. */
export function findHighestStable(existing: string[]): string | undefined {
  let highest: { version: string; key: VersionKey } | undefined
  for (const version of existing) {
    const key = readVersionKey(version)
    if (!key || key.prerelease !== undefined) continue
    if (!highest || compareVersionKeys(key, highest.key) > 0) highest = { version, key }
  }
  return highest?.version
}

/** The bump from `previous` to `version`, for reruns that report what an earlier run decided. */
export function describeBump(previous: string | undefined, version: string): Bump | 'none' {
  const from = previous === undefined ? undefined : readVersionKey(previous)
  const to = readVersionKey(version)
  if (!from || !to) return 'none'
  if (from.core[0] !== to.core[0]) return 'major'
  if (from.core[1] !== to.core[1]) return 'minor'
  return from.core[2] !== to.core[2] || from.prerelease !== to.prerelease ? 'patch' : 'none'
}
