import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../server.js'
import {
  expectFailure,
  type Octokit,
  readReadmeEndpoints,
  repo,
  seedHistory,
  WEB,
  useOctokitAgainstStandIn
} from './helpers.js'

// Releases and generated release notes, driven with the real Octokit.
let standIn: GitHubStandIn
let octokit: Octokit
const exercised = useOctokitAgainstStandIn((started) => ({ standIn, octokit } = started))

describe('releases', () => {
  it('generates notes from the pull requests merged since the previous tag', async () => {
    const { root } = seedHistory(standIn.state)
    standIn.state.createRelease({ tagName: 'v1.0.0', targetCommitish: root })
    const pull = standIn.state.openPullRequest({
      head: 'development',
      base: 'main',
      title: 'Add beta',
      user: 'octocat'
    })
    standIn.state.mergePullRequest(pull.number)
    const { data } = await octokit.rest.repos.generateReleaseNotes({
      ...repo,
      tag_name: 'v1.1.0',
      target_commitish: 'main'
    })
    expect(data.name).toBe('v1.1.0')
    expect(data.body).toBe(
      `## What's Changed\n* Add beta by @octocat in ${WEB}/pull/${pull.number}\n\n` +
        `**Full Changelog**: ${WEB}/compare/v1.0.0...v1.1.0`
    )
    const first = await octokit.rest.repos.generateReleaseNotes({
      ...repo,
      tag_name: 'v1.0.0',
      previous_tag_name: 'v1.0.0'
    })
    expect(first.data.body).toBe(`**Full Changelog**: ${WEB}/compare/v1.0.0...v1.0.0`)
  })

  it('creates a release and its tag; a second one for the tag is 422 already_exists', async () => {
    const { development } = seedHistory(standIn.state)
    const { status, data } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.1.0',
      target_commitish: development,
      name: 'v1.1.0',
      body: 'notes'
    })
    expect(status).toBe(201)
    expect(data).toMatchObject({
      tag_name: 'v1.1.0',
      draft: false,
      html_url: `${WEB}/releases/tag/v1.1.0`
    })
    expect(standIn.state.getTagSha('v1.1.0')).toBe(development)
    const again = octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1.1.0' })
    const body = await expectFailure(again, 422, 'Validation Failed')
    expect(body.errors).toEqual([
      { resource: 'Release', code: 'already_exists', field: 'tag_name' }
    ])
  })

  it('a draft is listed but not found by tag until it is published', async () => {
    seedHistory(standIn.state)
    const { data: draft } = await octokit.rest.repos.createRelease({
      ...repo,
      tag_name: 'v2.0.0',
      draft: true
    })
    expect(draft.html_url).toMatch(/\/releases\/tag\/untagged-/)
    expect(standIn.state.getTagSha('v2.0.0')).toBeUndefined()
    await expectFailure(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v2.0.0' }), 404)
    const { data: list } = await octokit.rest.repos.listReleases(repo)
    expect(list.map((r) => [r.tag_name, r.draft])).toEqual([['v2.0.0', true]])
    const { data: published } = await octokit.rest.repos.updateRelease({
      ...repo,
      release_id: draft.id,
      draft: false
    })
    expect(published).toMatchObject({ draft: false, published_at: expect.any(String) })
    const { data: byTag } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v2.0.0' })
    expect(byTag.id).toBe(draft.id)
    expect(standIn.state.getTagSha('v2.0.0')).toBe(standIn.state.getBranchSha('main'))
  })

  it('lists releases newest first, paginated', async () => {
    seedHistory(standIn.state)
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.2.0']) standIn.state.createRelease({ tagName: tag })
    const page = await octokit.rest.repos.listReleases({ ...repo, per_page: 2, page: 2 })
    expect(page.data.map((r) => r.tag_name)).toEqual(['v1.0.0'])
    expect(page.headers.link).toContain('rel="prev"')
  })
})

it('exercised every endpoint the README lists under "Releases"', () => {
  expect([...exercised].sort()).toEqual(readReadmeEndpoints('Releases'))
})
