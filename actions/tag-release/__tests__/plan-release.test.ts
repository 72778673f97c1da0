import { describe, expect, it } from 'vitest'
import type { TagReleaseInputs } from '../src/inputs.js'
import { planRelease } from '../src/plan-release.js'
import type { MergedPullRequest } from '../src/decide-range-bump.js'
import type { Comparison, PullRequestFacts, ReleaseFacts } from '../src/release-facts.js'
import type { TagRef } from '../src/versions.js'

const HEAD = 'a'.repeat(40)
const OLD = 'b'.repeat(40)

const inputs: Pick<
  TagReleaseInputs,
  'sha' | 'tagPrefix' | 'initialVersion' | 'bump' | 'defaultBump' | 'prerelease'
> = {
  sha: HEAD,
  tagPrefix: 'v',
  initialVersion: '0.1.0',
  bump: 'auto',
  defaultBump: 'patch',
  prerelease: ''
}

interface FakeFacts {
  tags?: TagRef[]
  comparison?: Comparison
  pull?: PullRequestFacts
  tagged?: Record<string, string>
  /** Where HEAD stands against each tag (for locate); default: behind it. */
  located?: Record<string, Comparison['status']>
  merged?: MergedPullRequest[]
}

function fakeFacts({
  tags = [],
  comparison,
  pull,
  tagged = {},
  located = {},
  merged = []
}: FakeFacts) {
  const calls: string[] = []
  const facts: ReleaseFacts = {
    resolveCommit: async (ref) => (calls.push(`resolve ${ref}`), ref === HEAD ? HEAD : undefined),
    listTags: async (prefix) => (calls.push(`tags ${prefix}`), tags),
    readTaggedCommit: async (sha) => (calls.push(`tag ${sha}`), tagged[sha] ?? OLD),
    findPullRequest: async () => (calls.push('pull'), pull),
    compare: async (base) => (calls.push(`compare ${base}`), comparison!),
    locate: async (base) => (calls.push(`locate ${base}`), located[base] ?? 'behind'),
    listMergedPullRequests: async () => (calls.push('pulls'), merged)
  }
  return { facts, calls }
}

const tag = (name: string, objectSha = OLD, annotated = false): TagRef => ({
  name,
  objectSha,
  annotated
})
const commit = (message: string) => ({ sha: 'c'.repeat(40), message })

describe('planRelease', () => {
  it.each([
    [
      'first release checks the commit exists and reads the pull request',
      {},
      { kind: 'release', version: '0.1.0' },
      ['tags v', `resolve ${HEAD}`, 'pull']
    ],
    [
      'a label of a pull request merged in the range decides; the merged ones are read after the comparison',
      {
        tags: [tag('v1.2.3')],
        comparison: { status: 'ahead', commits: [commit('fix: a')] },
        pull: { number: 7, title: 't', url: 'u', labels: ['release:major'] },
        merged: [
          {
            number: 7,
            title: 't',
            url: 'u',
            labels: ['release:major'],
            mergeCommitSha: 'c'.repeat(40)
          }
        ]
      },
      { kind: 'release', version: '2.0.0', decision: { source: 'label' } },
      ['tags v', 'pull', 'compare v1.2.3', 'pulls']
    ],
    [
      'commits decide without a label',
      { tags: [tag('v1.2.3')], comparison: { status: 'ahead', commits: [commit('feat: a')] } },
      { kind: 'release', version: '1.3.0', decision: { source: 'commits' } },
      ['tags v', 'pull', 'compare v1.2.3', 'pulls']
    ],
    [
      'no conventional commit: default-bump',
      { tags: [tag('v1.2.3')], comparison: { status: 'ahead', commits: [commit('Update x')] } },
      { kind: 'release', version: '1.2.4', decision: { source: 'default' } },
      ['tags v', 'pull', 'compare v1.2.3', 'pulls']
    ],
    [
      'a diverged head still gets the next version',
      { tags: [tag('v1.2.3')], comparison: { status: 'diverged', commits: [commit('feat: b')] } },
      { kind: 'release', version: '1.3.0' },
      ['tags v', 'pull', 'compare v1.2.3', 'pulls']
    ],
    [
      'a lightweight tag on the commit: rerun, no comparison',
      { tags: [tag('v1.2.4', HEAD), tag('v1.2.3')] },
      { kind: 'tagged', tag: 'v1.2.4', previous: { name: 'v1.2.3' } },
      ['tags v', 'pull']
    ],
    [
      'an annotated tag on the commit: the comparison says identical',
      {
        tags: [tag('v1.2.4', 'd'.repeat(40), true)],
        comparison: { status: 'identical', commits: [] }
      },
      { kind: 'tagged', tag: 'v1.2.4' },
      ['tags v', 'pull', 'compare v1.2.4']
    ],
    [
      'an older commit with its own annotated tag: found by comparing, not by opening tags',
      {
        tags: [tag('v1.3.0'), tag('v1.2.4', 'e'.repeat(40), true)],
        comparison: { status: 'behind', commits: [] },
        located: { 'v1.2.4': 'identical' }
      },
      { kind: 'tagged', tag: 'v1.2.4', previous: undefined },
      ['tags v', 'pull', 'compare v1.3.0', 'locate v1.3.0', 'locate v1.2.4']
    ],
    [
      'past ten newer annotated tags, a binary search: 4 reads for 16 tags',
      {
        tags: Array.from({ length: 16 }, (_, i) =>
          tag(`v1.${15 - i}.0`, `${i}`.padStart(40, 'f'), true)
        ),
        comparison: { status: 'behind', commits: [] },
        located: Object.fromEntries(
          Array.from({ length: 16 }, (_, i) => [
            `v1.${15 - i}.0`,
            i < 13 ? 'behind' : i === 13 ? 'identical' : 'ahead'
          ])
        )
      },
      { kind: 'tagged', tag: 'v1.2.0', previous: { name: 'v1.1.0' } },
      ['tags v', 'pull', 'compare v1.15.0', 'locate v1.8.0', 'locate v1.4.0', 'locate v1.2.0']
    ],
    [
      'a diverged tag: the first annotated tags are opened instead',
      {
        tags: [tag('v1.3.0'), tag('v1.2.4', 'e'.repeat(40), true)],
        comparison: { status: 'behind', commits: [] },
        located: { 'v1.3.0': 'diverged' },
        tagged: { ['e'.repeat(40)]: HEAD }
      },
      { kind: 'tagged', tag: 'v1.2.4' },
      ['tags v', 'pull', 'compare v1.3.0', 'locate v1.3.0', `tag ${'e'.repeat(40)}`]
    ],
    [
      'an older commit inside a later release: skip',
      { tags: [tag('v1.3.0')], comparison: { status: 'behind', commits: [] } },
      { kind: 'skip' },
      ['tags v', 'pull', 'compare v1.3.0', 'locate v1.3.0']
    ]
  ] as const)('%s', async (_name, fake, expected, expectedCalls) => {
    const { facts, calls } = fakeFacts(fake as FakeFacts)
    expect(await planRelease(inputs, facts)).toMatchObject(expected)
    expect(calls).toEqual(expectedCalls)
  })

  it('an explicit bump reads no pull request', async () => {
    const { facts, calls } = fakeFacts({
      tags: [tag('v1.2.3')],
      comparison: { status: 'ahead', commits: [commit('feat!: x')] }
    })
    const plan = await planRelease({ ...inputs, bump: 'patch' }, facts)
    expect(plan).toMatchObject({ kind: 'release', version: '1.2.4', decision: { source: 'input' } })
    expect(calls).not.toContain('pull')
  })

  it('default-bump none skips when nothing decides', async () => {
    const { facts } = fakeFacts({
      tags: [tag('v1.2.3')],
      comparison: { status: 'ahead', commits: [commit('Update x')] }
    })
    const plan = await planRelease({ ...inputs, defaultBump: 'none' }, facts)
    expect(plan).toMatchObject({
      kind: 'skip',
      reason: expect.stringContaining('default-bump is none')
    })
  })

  it('an unknown commit-ish is a configuration error naming the input', async () => {
    const { facts } = fakeFacts({})
    await expect(planRelease({ ...inputs, sha: 'nope' }, facts)).rejects.toThrow(
      'Input "sha" is "nope", which is no commit, branch or tag of this repository.'
    )
  })
})
