import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPodmanEnvironment, isPodmanAvailable, type PodmanEnvironment } from '../podman.js'
import { startRegistry, type Registry } from '../registry.js'

// No skipping: CI installs podman and docker-registry, so a missing tool is a failure.
describe('registry and podman helpers', () => {
  let registry: Registry | undefined
  let sandbox: PodmanEnvironment | undefined
  let context: string | undefined

  beforeAll(async () => {
    if (!(await isPodmanAvailable())) {
      throw new Error('podman is not installed: apt-get install podman (CI installs it).')
    }
    registry = await startRegistry()
    sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
    context = await mkdtemp(path.join(os.tmpdir(), 'release-actions-context-'))
  })

  afterAll(async () => {
    await registry?.stop()
    await sandbox?.cleanup()
    if (context) await rm(context, { recursive: true, force: true })
  })

  it('reads back the digest and labels of an image podman pushed', async () => {
    const { podman } = sandbox!
    const dir = context!
    const image = `${registry!.host}/team/hello:1.0`
    await writeFile(path.join(dir, 'hello.txt'), 'hello\n')
    await writeFile(
      path.join(dir, 'Dockerfile'),
      'FROM scratch\nCOPY hello.txt /hello.txt\nLABEL org.opencontainers.image.revision=abc1234\n'
    )

    expectSuccess(await podman(['build', '--isolation', 'chroot', '-t', image, dir]))
    const digestFile = path.join(dir, 'digest')
    expectSuccess(await podman(['push', '--digestfile', digestFile, image]))
    const pushed = (await readFile(digestFile, 'utf8')).trim()

    expect(pushed).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await registry!.readManifestDigest('team/hello', '1.0')).toBe(pushed)
    expect(await registry!.listTags('team/hello')).toEqual(['1.0'])
    expect(await registry!.listTags('team/absent')).toEqual([])
    const config = await registry!.readConfig('team/hello', '1.0')
    expect(config.config?.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'abc1234' })
  })

  it('records the requests it answered: the push uploads blobs and puts the manifest', async () => {
    const { podman } = sandbox!
    const dir = context!
    const image = `${registry!.host}/team/counted:1.0`
    await writeFile(path.join(dir, 'counted.txt'), 'counted\n')
    await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY counted.txt /counted.txt\n')
    expectSuccess(await podman(['build', '--isolation', 'chroot', '-t', image, dir]))
    expectSuccess(await podman(['push', '--tls-verify=false', image]))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const mine = registry!.requests().filter((r) => r.path.startsWith('/v2/team/counted/'))
    expect(
      mine.filter((r) => r.method === 'POST' && r.path.includes('/blobs/uploads/')).length
    ).toBeGreaterThanOrEqual(2)
    expect(mine).toContainEqual({
      method: 'PUT',
      path: '/v2/team/counted/manifests/1.0',
      status: 201
    })
  })

  it('reads the config of an index through its image manifest', async () => {
    const { podman } = sandbox!
    const list = `${registry!.host}/team/hello:multi`
    expectSuccess(await podman(['manifest', 'create', list]))
    expectSuccess(await podman(['manifest', 'add', list, `${registry!.host}/team/hello:1.0`]))
    const digestFile = path.join(context!, 'index-digest')
    expectSuccess(await podman(['manifest', 'push', '--digestfile', digestFile, list, list]))
    const pushed = (await readFile(digestFile, 'utf8')).trim()

    expect(await registry!.readManifestDigest('team/hello', 'multi')).toBe(pushed)
    const config = await registry!.readConfig('team/hello', 'multi')
    expect(config.config?.Labels).toMatchObject({ 'org.opencontainers.image.revision': 'abc1234' })
  })

  it('fails clearly for a tag the registry does not have', async () => {
    await expect(registry!.readManifestDigest('team/hello', 'nope')).rejects.toThrow(/404/)
  })
})

function expectSuccess(result: { exitCode: number; stderr: string }): void {
  expect(result.exitCode, result.stderr).toBe(0)
}

describe('a registry that needs a login', () => {
  it('refuses anonymous reads and accepts the login, for podman and the helper', async () => {
    const auth = { username: 'ci-bot', password: 'p4ss-w0rd' }
    const registry = await startRegistry({ auth })
    const sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
    const dir = await mkdtemp(path.join(os.tmpdir(), 'release-actions-context-'))
    try {
      expect((await fetch(`${registry.url}/v2/`)).status).toBe(401)
      await writeFile(path.join(dir, 'Dockerfile'), 'FROM scratch\nLABEL a=b\n')
      const image = `${registry.host}/team/private:1`
      expectSuccess(await sandbox.podman(['build', '--isolation', 'chroot', '-t', image, dir]))
      const anonymous = await sandbox.podman(['push', image])
      expect(anonymous.exitCode).not.toBe(0)
      const login = ['login', '--username', auth.username, '--password-stdin', registry.host]
      expectSuccess(await sandbox.podman(login, { input: auth.password }))
      expectSuccess(await sandbox.podman(['push', image]))
      expect(await registry.listTags('team/private')).toEqual(['1'])
    } finally {
      await registry.stop()
      await sandbox.cleanup()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
