import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn } from '../server.js'
import { OWNER, REPO } from './helpers.js'

let standIn: GitHubStandIn
beforeEach(async () => {
  standIn = await startGitHubStandIn()
  standIn.state.commit({ message: 'init', files: { 'a.txt': 'a' } })
  standIn.state.commit({ branch: 'development', message: 'feat: b', files: { 'b.txt': 'b' } })
})
afterEach(async () => {
  await standIn.close()
  standIn.assertNoViolations()
})

const send = (method: string, path: string, body: object) =>
  fetch(`${standIn.url}/repos/${OWNER}/${REPO}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })

describe('a pull request body past 65,536 characters', () => {
  it.each([
    [65_536, 201],
    [65_537, 422]
  ])('of %i characters is answered %i, as GitHub answers', async (length, status) => {
    const response = await send('POST', '/pulls', {
      title: 'Release',
      head: 'development',
      base: 'main',
      body: 'x'.repeat(length)
    })
    expect(response.status).toBe(status)
    if (status === 422) {
      expect(await response.json()).toMatchObject({
        message: 'Validation Failed',
        errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }]
      })
    }
  })

  it('is refused on an update too, and the pull request keeps its body', async () => {
    const pull = standIn.state.openPullRequest({
      head: 'development',
      base: 'main',
      title: 'R',
      body: 'short'
    })
    expect(
      (await send('PATCH', `/pulls/${pull.number}`, { body: 'x'.repeat(65_537) })).status
    ).toBe(422)
    expect(standIn.state.getPull(pull.number)?.body).toBe('short')
  })
})
