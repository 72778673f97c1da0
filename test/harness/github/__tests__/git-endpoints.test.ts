import { describe, expect, it } from 'vitest'
import type { GitHubStandIn } from '../server.js'
import {
  expectFailure,
  type Octokit,
  readReadmeEndpoints,
  repo,
  seedHistory,
  useOctokitAgainstStandIn
} from './helpers.js'

// Git references and annotated tags, driven with the real Octokit.
let standIn: GitHubStandIn
let octokit: Octokit
const exercised = useOctokitAgainstStandIn((started) => ({ standIn, octokit } = started))

describe('git references and tags', () => {
  it('creates a ref once, then answers 422 "Reference already exists"', async () => {
    const { root } = seedHistory(standIn.state)
    const { status, data } = await octokit.rest.git.createRef({
      ...repo,
      ref: 'refs/tags/v1.0.0',
      sha: root
    })
    expect(status).toBe(201)
    expect(data).toMatchObject({ ref: 'refs/tags/v1.0.0', object: { sha: root, type: 'commit' } })
    expect(standIn.state.getTagSha('v1.0.0')).toBe(root)
    const again = octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/v1.0.0', sha: root })
    await expectFailure(again, 422, 'Reference already exists')
    const unknown = octokit.rest.git.createRef({
      ...repo,
      ref: 'refs/tags/v9',
      sha: 'f'.repeat(40)
    })
    await expectFailure(unknown, 422, 'Object does not exist')
  })

  it('gets one exact ref (404 otherwise) and lists refs by prefix in one response', async () => {
    const { root, development } = seedHistory(standIn.state)
    for (const [tag, sha] of [
      ['v1.0.0', root],
      ['v1.1.0', development],
      ['v10.0.0', development],
      ['v2.0.0', root]
    ]) {
      standIn.state.tag(tag as string, sha as string)
    }
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: 'heads/feature/beta' })
    expect(ref.ref).toBe('refs/heads/feature/beta')
    await expectFailure(octokit.rest.git.getRef({ ...repo, ref: 'tags/v1' }), 404, 'Not Found')
    const { data, headers } = await octokit.rest.git.listMatchingRefs({ ...repo, ref: 'tags/v1' })
    expect(data.map((r) => r.ref)).toEqual([
      'refs/tags/v1.0.0',
      'refs/tags/v1.1.0',
      'refs/tags/v10.0.0'
    ])
    expect(headers.link).toBeUndefined()
  })

  it('updates a ref only by fast-forward unless forced', async () => {
    const { root, development, feature } = seedHistory(standIn.state)
    const ref = 'heads/main'
    const { data } = await octokit.rest.git.updateRef({ ...repo, ref, sha: development })
    expect(data.object.sha).toBe(development)
    const backwards = octokit.rest.git.updateRef({ ...repo, ref, sha: root, force: false })
    await expectFailure(backwards, 422, 'Update is not a fast forward')
    await octokit.rest.git.updateRef({ ...repo, ref, sha: root, force: true })
    expect(standIn.state.getBranchSha('main')).toBe(root)
    const missing = octokit.rest.git.updateRef({ ...repo, ref: 'heads/nope', sha: feature })
    await expectFailure(missing, 422, 'Reference does not exist')
  })

  it('deletes a ref (204), then answers 422 "Reference does not exist"', async () => {
    seedHistory(standIn.state)
    const { status } = await octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature/beta' })
    expect(status).toBe(204)
    expect(standIn.state.getBranchSha('feature/beta')).toBeUndefined()
    const again = octokit.rest.git.deleteRef({ ...repo, ref: 'heads/feature/beta' })
    await expectFailure(again, 422, 'Reference does not exist')
  })

  it('creates and reads an annotated tag object; its ref points at the tag object', async () => {
    const { development } = seedHistory(standIn.state)
    const tagger = { name: 'Release Bot', email: 'bot@example.com', date: '2024-05-01T10:00:00Z' }
    const { status, data: tag } = await octokit.rest.git.createTag({
      ...repo,
      tag: 'v1.1.0',
      message: 'Release v1.1.0',
      object: development,
      type: 'commit',
      tagger
    })
    expect(status).toBe(201)
    expect(tag).toMatchObject({
      tag: 'v1.1.0',
      object: { sha: development, type: 'commit' },
      tagger
    })
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/tags/v1.1.0', sha: tag.sha })
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: 'tags/v1.1.0' })
    expect(ref.object).toMatchObject({ sha: tag.sha, type: 'tag' })
    const { data: read } = await octokit.rest.git.getTag({ ...repo, tag_sha: tag.sha })
    expect(read).toMatchObject({ sha: tag.sha, message: 'Release v1.1.0' })
    expect(standIn.state.getTagSha('v1.1.0')).toBe(development)
    await expectFailure(octokit.rest.git.getTag({ ...repo, tag_sha: development }), 404)
  })
})

it('exercised every endpoint the README lists under "Git references and tags"', () => {
  expect([...exercised].sort()).toEqual(readReadmeEndpoints('Git references and tags'))
})
