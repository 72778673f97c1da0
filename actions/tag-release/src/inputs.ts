import { ConfigurationError } from '../../../src/lib/errors.js'
import type { InputReader } from '../../../src/lib/inputs.js'
import type { Bump } from './versions.js'

export interface TagReleaseInputs {
  token: string
  /** A commit sha or any commit-ish the API resolves (a branch for a dry run, say). */
  sha: string
  tagPrefix: string
  initialVersion: string
  bump: 'auto' | Bump
  defaultBump: Bump | 'none'
  prerelease: string
  release: boolean
  draft: boolean
  majorTag: boolean
  dryRun: boolean
}

// Characters git allows in a ref name that are also sensible in a tag prefix.
const PREFIX = /^[A-Za-z0-9._/-]*$/
const PRERELEASE = /^[0-9A-Za-z-]+$/
const COMMITISH = /^[^\s~^:?*[\\]+$/

export function readTagReleaseInputs(input: InputReader, workflowSha: string): TagReleaseInputs {
  const tagPrefix = input.string('tag-prefix', 'v')
  if (!PREFIX.test(tagPrefix) || tagPrefix.includes('..')) {
    throw new ConfigurationError(
      `Input "tag-prefix" is "${tagPrefix}"; accepted: letters, digits, ".", "_", "-" and "/" ` +
        '(no spaces), such as "v" or "release/".'
    )
  }
  const prerelease = input.string('prerelease')
  if (prerelease && (!PRERELEASE.test(prerelease) || /^\d+$/.test(prerelease))) {
    throw new ConfigurationError(
      `Input "prerelease" is "${prerelease}"; accepted: an identifier of letters, digits and ` +
        '"-" that is not only digits, such as "rc", "beta" or "alpha".'
    )
  }
  const sha = input.string('sha', workflowSha)
  if (!sha) throw new ConfigurationError('Input "sha" is required (no GITHUB_SHA either).')
  if (!COMMITISH.test(sha)) {
    throw new ConfigurationError(
      `Input "sha" is "${sha}"; accepted: a commit sha or a branch or tag name.`
    )
  }
  const initialVersion = input.semver('initial-version', '0.1.0')
  if (initialVersion.includes('-') || initialVersion.includes('+')) {
    throw new ConfigurationError(
      `Input "initial-version" is "${initialVersion}"; accepted: MAJOR.MINOR.PATCH such as ` +
        '0.1.0 or 1.0.0 (set "prerelease" for a prerelease).'
    )
  }
  const token = input.requiredSecret(
    'github-token',
    'Leave it unset to use the workflow token, or pass a token with contents: write.'
  )
  return {
    token,
    sha,
    tagPrefix,
    initialVersion,
    bump: input.choice('bump', ['auto', 'major', 'minor', 'patch'] as const, 'auto'),
    defaultBump: input.choice(
      'default-bump',
      ['major', 'minor', 'patch', 'none'] as const,
      'patch'
    ),
    prerelease,
    release: input.boolean('release', true),
    draft: input.boolean('draft', false),
    majorTag: input.boolean('major-tag', false),
    dryRun: input.boolean('dry-run', false)
  }
}
