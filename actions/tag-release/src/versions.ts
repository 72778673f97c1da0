import semver from 'semver'

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
  const tags: VersionTag[] = []
  for (const ref of refs) {
    const version = parseVersionTag(ref.name, prefix)
    if (version) tags.push({ ...ref, version })
  }
  return tags.sort((a, b) => semver.rcompare(a.version, b.version))
}

/** Tags that count as earlier releases: stable ones, and prereleases only in prerelease mode. */
export function selectComparableTags(tags: VersionTag[], prerelease: string): VersionTag[] {
  return prerelease ? tags : tags.filter((tag) => semver.prerelease(tag.version) === null)
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
  const parsed = existing.map((v) => semver.parse(v)).filter((v) => v !== null)
  const stable = parsed.filter((v) => v.prerelease.length === 0).sort(semver.rcompare)[0]
  const bumped = stable ? semver.inc(stable.version, bump)! : initialVersion
  if (!prerelease) return bumped
  const openLines = parsed.filter((v) => v.prerelease.length > 0).map((v) => coreOf(v))
  const target = [bumped, ...openLines]
    .filter((core) => semver.gte(core, bumped))
    .sort(semver.rcompare)[0]!
  const numbers = parsed
    .filter((v) => coreOf(v) === target && v.prerelease[0] === prerelease)
    .map((v) => Number(v.prerelease[1] ?? 0))
  return `${target}-${prerelease}.${numbers.length > 0 ? Math.max(...numbers) + 1 : 1}`
}

/** The highest stable version, whose major decides the pre-1.0 rule. */
export function findHighestStable(existing: string[]): string | undefined {
  return existing.filter((v) => semver.prerelease(v) === null).sort(semver.rcompare)[0]
}

/** The bump from `previous` to `version`, for reruns that report what an earlier run decided. */
export function describeBump(previous: string | undefined, version: string): Bump | 'none' {
  if (!previous) return 'none'
  const diff = semver.diff(previous, version)
  if (diff === 'major' || diff === 'premajor') return 'major'
  if (diff === 'minor' || diff === 'preminor') return 'minor'
  if (diff === null) return 'none'
  return 'patch'
}

function coreOf(version: semver.SemVer): string {
  return `${version.major}.${version.minor}.${version.patch}`
}
