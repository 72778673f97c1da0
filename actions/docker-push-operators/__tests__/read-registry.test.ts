import { describe, expect, it } from 'vitest'
import { readRemoteImage, registryBaseUrl } from '../src/read-registry.js'

describe('registryBaseUrl', () => {
  it.each([
    ['docker.io', 'https://registry-1.docker.io'],
    ['ghcr.io', 'https://ghcr.io'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['localhost:5000', 'http://localhost:5000'],
    ['registry.example.com:8443', 'https://registry.example.com:8443']
  ])('%s → %s', (registry, url) => expect(registryBaseUrl(registry)).toBe(url))
})

/** ghcr.io's way: 401 with a Bearer challenge, a token for the basic credentials, then the reads. */
function ghcrLike(tags: Record<string, { digest: string; revision: string }>) {
  const seen: string[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    const auth = new Headers(init?.headers).get('authorization') ?? ''
    seen.push(`${url.pathname}${url.search} ${auth.split(' ')[0] ?? ''}`)
    if (url.pathname === '/token') {
      const ok = auth === `Basic ${Buffer.from('bot:pw').toString('base64')}`
      return ok ? Response.json({ token: 'T0K' }) : new Response('{}', { status: 401 })
    }
    if (auth !== 'Bearer T0K') {
      return new Response('{}', {
        status: 401,
        headers: {
          'www-authenticate':
            'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"'
        }
      })
    }
    const manifest = /^\/v2\/acme\/api\/manifests\/(.+)$/.exec(url.pathname)
    if (manifest) {
      const tag = tags[manifest[1] ?? '']
      if (!tag) return new Response('{}', { status: 404 })
      return Response.json(
        { config: { digest: `sha256:config-${manifest[1]}` } },
        { headers: { 'docker-content-digest': tag.digest } }
      )
    }
    const blob = /^\/v2\/acme\/api\/blobs\/sha256:config-(.+)$/.exec(url.pathname)
    if (blob) {
      return Response.json({
        config: { Labels: { 'org.opencontainers.image.revision': tags[blob[1] ?? '']?.revision } }
      })
    }
    return new Response('{}', { status: 500 })
  }
  return { fetch: fetch as typeof globalThis.fetch, seen }
}

describe('readRemoteImage', () => {
  const access = (fetch: typeof globalThis.fetch) => ({
    registry: 'ghcr.io',
    username: 'bot',
    password: 'pw',
    fetch,
    sleep: async () => {}
  })

  it('follows a Bearer challenge with the basic credentials, then reads the digest and labels', async () => {
    const registry = ghcrLike({ '1.2.0': { digest: 'sha256:abc', revision: 'c1' } })
    const image = await readRemoteImage('acme/api', '1.2.0', access(registry.fetch))
    expect(image).toEqual({
      digest: 'sha256:abc',
      labels: { 'org.opencontainers.image.revision': 'c1' }
    })
    expect(registry.seen).toEqual([
      '/v2/acme/api/manifests/1.2.0 ',
      '/token?service=ghcr.io&scope=repository%3Aacme%2Fapi%3Apull Basic',
      '/v2/acme/api/manifests/1.2.0 Bearer',
      '/v2/acme/api/blobs/sha256:config-1.2.0 Bearer'
    ])
  })

  it('answers undefined for a tag that does not exist', async () => {
    const registry = ghcrLike({})
    expect(await readRemoteImage('acme/api', '9.9.9', access(registry.fetch))).toBeUndefined()
  })

  it('retries a 503 and gives up with the URL after its retries', async () => {
    let calls = 0
    const down = (async () => {
      calls++
      return new Response('{}', { status: 503 })
    }) as typeof globalThis.fetch
    await expect(readRemoteImage('acme/api', '1.0.0', access(down))).rejects.toThrow(
      /ghcr.io\/v2\/acme\/api\/manifests\/1.0.0 failed \(HTTP 503/
    )
    expect(calls).toBe(4)
  })
})
