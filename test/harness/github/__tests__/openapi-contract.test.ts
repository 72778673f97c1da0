import { describe, expect, it } from 'vitest'
import { checkRequestAgainstOpenApi, checkResponseAgainstOpenApi } from '../openapi-contract.js'

const SHA = 'a'.repeat(40)

describe('checkRequestAgainstOpenApi: finding the operation', () => {
  it.each([
    ['GET', '/repos/o/r/git/ref/heads%2Fmain', 'git/get-ref', { ref: 'heads/main' }],
    ['GET', '/repos/o/r/git/ref/heads/feature/x', 'git/get-ref', { ref: 'heads/feature/x' }],
    ['GET', '/repos/o/r/git/matching-refs/tags%2Fv1', 'git/list-matching-refs', { ref: 'tags/v1' }],
    [
      'DELETE',
      '/repos/o/r/git/refs/heads%2Fsecurity%2Fhotfix',
      'git/delete-ref',
      { ref: 'heads/security/hotfix' }
    ],
    [
      'GET',
      `/repos/o/r/commits/${SHA}/pulls`,
      'repos/list-pull-requests-associated-with-commit',
      { commit_sha: SHA }
    ],
    ['GET', '/repos/o/r/commits/feature/x', 'repos/get-commit', { ref: 'feature/x' }],
    [
      'GET',
      '/repos/o/r/compare/main...feature%2Fx',
      'repos/compare-commits-with-basehead',
      { basehead: 'main...feature/x' }
    ],
    ['GET', '/repos/o/r/releases/latest', 'repos/get-latest-release', {}],
    ['GET', '/repos/o/r/releases/5', 'repos/get-release', { release_id: '5' }],
    [
      'GET',
      '/repos/o/r/branches/security/hotfix',
      'repos/get-branch',
      { branch: 'security/hotfix' }
    ]
  ])('%s %s is %s', (method, path, operationId, params) => {
    const result = checkRequestAgainstOpenApi({ method, path })
    expect(result.violations).toEqual([])
    expect(result.operationId).toBe(operationId)
    expect(result.pathParams).toMatchObject(params)
  })

  it('names the route template and the documentation page', () => {
    const result = checkRequestAgainstOpenApi({
      method: 'DELETE',
      path: '/repos/o/r/git/refs/tags%2Fv1'
    })
    expect(result.route).toBe('/repos/{owner}/{repo}/git/refs/{ref}')
    expect(result.documentationUrl).toBe('https://docs.github.com/rest/git/refs#delete-a-reference')
  })

  it('reports an unknown path and an undeclared method', () => {
    expect(checkRequestAgainstOpenApi({ method: 'GET', path: '/nope/x' }).violations).toEqual([
      "unknown path GET /nope/x: no operation in GitHub's OpenAPI description"
    ])
    expect(
      checkRequestAgainstOpenApi({ method: 'PUT', path: '/repos/o/r/git/refs' }).violations
    ).toEqual(['PUT is not declared for /repos/o/r/git/refs (declared: POST)'])
  })
})

describe('checkRequestAgainstOpenApi: violations', () => {
  const createRef = (body: unknown) =>
    checkRequestAgainstOpenApi({ method: 'POST', path: '/repos/o/r/git/refs', body }).violations

  it.each([
    [
      'an undeclared body property',
      { ref: 'refs/heads/x', sha: SHA, shaa: SHA },
      'git/create-ref: body property "shaa" is not declared (declared: ref, sha)'
    ],
    [
      'a missing required property',
      { ref: 'refs/heads/x' },
      'git/create-ref: missing required body property "sha"'
    ],
    [
      'a wrong type',
      { ref: 'refs/heads/x', sha: 42 },
      'git/create-ref: body property "sha" must be string, got integer 42'
    ],
    [
      'a body that is not an object',
      ['refs/heads/x'],
      'git/create-ref: body must be object, got array'
    ],
    ['no body at all', undefined, 'git/create-ref: missing required request body']
  ])('%s', (_case, body, violation) => {
    expect(createRef(body)).toEqual([violation])
  })

  it('validates nested objects, enums and arrays', () => {
    const violations = checkRequestAgainstOpenApi({
      method: 'POST',
      path: '/repos/o/r/git/tags',
      body: { tag: 'v1', message: 'v1', object: SHA, type: 'tag', tagger: { name: 'x', mail: 'y' } }
    }).violations
    expect(violations).toEqual([
      'git/create-tag: body property "type" must be one of commit, tree, blob (got "tag")',
      'git/create-tag: missing required body property "tagger.email"',
      'git/create-tag: body property "tagger.mail" is not declared (declared: name, email, date)'
    ])
  })

  it('accepts a body that fits one alternative of a oneOf, and names what fits none', () => {
    const addLabels = (body: unknown) =>
      checkRequestAgainstOpenApi({ method: 'POST', path: '/repos/o/r/issues/1/labels', body })
        .violations
    expect(addLabels({ labels: ['bug', { name: 'release:minor' }] })).toEqual([])
    expect(addLabels({ labels: [7] })[0]).toMatch(
      /^issues\/add-labels: body property "labels\[0\]" fits none/
    )
  })

  it('honours nullable, also beside oneOf', () => {
    const updateIssue = (body: unknown) =>
      checkRequestAgainstOpenApi({ method: 'PATCH', path: '/repos/o/r/issues/1', body }).violations
    expect(updateIssue({ assignee: null, milestone: null, title: 'x' })).toEqual([])
    expect(updateIssue({ state: null })).toEqual([
      'issues/update: body property "state" must be string, got null'
    ])
  })

  it.each([
    [
      '/repos/o/r/pulls?foo=1',
      'pulls/list: query parameter "foo" is not declared ' +
        '(declared: state, head, base, sort, direction, per_page, page)'
    ],
    [
      '/repos/o/r/pulls?state=merged',
      'pulls/list: query parameter "state" must be one of open, closed, all (got "merged")'
    ],
    [
      '/repos/o/r/pulls?per_page=ten',
      'pulls/list: query parameter "per_page" must be integer, got "ten"'
    ],
    ['/repos/o/r/pulls/abc', 'pulls/get: path parameter "pull_number" must be integer, got "abc"'],
    ['/search/code', 'search/code: missing required query parameter "q"'],
    [
      '/repos/o/r/git/matching-refs/tags?per_page=100',
      'git/list-matching-refs: query parameter "per_page" is not declared (declared: none)'
    ]
  ])('GET %s', (url, violation) => {
    const { pathname, searchParams } = new URL(url, 'http://x')
    const result = checkRequestAgainstOpenApi({
      method: 'GET',
      path: pathname,
      query: searchParams
    })
    expect(result.violations).toEqual([violation])
  })
})

describe('checkResponseAgainstOpenApi: what the stand-in answers', () => {
  const ref = {
    ref: 'refs/tags/v1.0.0',
    node_id: 'x',
    url: 'https://api.github.com/repos/o/r/git/refs/tags/v1.0.0',
    object: { sha: 'a'.repeat(40), type: 'commit', url: 'https://api.github.com/x' }
  }
  const route = '/repos/{owner}/{repo}/git/ref/{ref}'

  it.each([
    ['a complete answer', ref, []],
    ['an answer with more than GitHub documents', { ...ref, extra: true }, []]
  ])('accepts %s', (_name, body, expected) => {
    expect(checkResponseAgainstOpenApi('GET', route, 200, body)).toEqual(expected)
  })

  it.each([
    [
      'a missing required property',
      { ...ref, object: undefined },
      /missing required response 200 object/
    ],
    ['a wrong type', { ...ref, object: { ...ref.object, sha: 42 } }, /object\.sha must be string/],
    [
      'a success status GitHub does not document',
      ref,
      /answered 201, which GitHub does not document/
    ]
  ])('catches %s', (name, body, problem) => {
    const status = name.startsWith('a success') ? 201 : 200
    const clean = JSON.parse(JSON.stringify(body))
    expect(checkResponseAgainstOpenApi('GET', route, status, clean).join('\n')).toMatch(problem)
  })

  it('leaves error answers alone', () => {
    expect(checkResponseAgainstOpenApi('GET', route, 404, { message: 'Not Found' })).toEqual([])
  })
})
