// Only the functions used, not semver's index, which loads ranges and all: a faster start.
import type SemVer from 'semver/classes/semver.js'
import compare from 'semver/functions/compare.js'
import semverDiff from 'semver/functions/diff.js'
import gte from 'semver/functions/gte.js'
import inc from 'semver/functions/inc.js'
import parse from 'semver/functions/parse.js'
import rcompare from 'semver/functions/rcompare.js'

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
  return compare(`0.0.0-${a.prerelease}`, `0.0.0-${b.prerelease}`)
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
  const bumped = stable ? inc(stable, bump)! : initialVersion
  if (!prerelease) return bumped
  const parsed = existing.map((v) => parse(v)).filter((v) => v !== null)
  const openLines = parsed.filter((v) => v.prerelease.length > 0).map((v) => coreOf(v))
  const target = [bumped, ...openLines].filter((core) => gte(core, bumped)).sort(rcompare)[0]!
  const numbers = parsed
    .filter((v) => coreOf(v) === target && v.prerelease[0] === prerelease)
    .map((v) => Number(v.prerelease[1] ?? 0))
  return `${target}-${prerelease}.${numbers.length > 0 ? Math.max(...numbers) + 1 : 1}`
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
  if (!previous) return 'none'
  const diff = semverDiff(previous, version)
  if (diff === 'major' || diff === 'premajor') return 'major'
  if (diff === 'minor' || diff === 'preminor') return 'minor'
  if (diff === null) return 'none'
  return 'patch'
}

function coreOf(version: SemVer): string {
  return `${version.major}.${version.minor}.${version.patch}`
}
