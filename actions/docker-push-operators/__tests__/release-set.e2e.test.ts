import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../../../test/harness/podman.js'
import { startRegistry, type Registry } from '../../../test/harness/registry.js'
import { runAction } from '../../../test/harness/run-action.js'
import { loadWebhookExample } from '../../../test/harness/webhook-events.js'

// Across runs, with podman and a real registry: one consistent set per release, built once.
let registry: Registry
let sandbox: PodmanEnvironment
const repos: GitRepo[] = []

beforeAll(async () => {
  registry = await startRegistry()
  sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
})
afterAll(async () => {
  await registry?.stop()
  await sandbox?.cleanup()
})
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()))
})

const plain = (extra: string[] = []) =>
  [
    'FROM scratch',
    'ARG INSTALL_DEV=false',
    'LABEL dev.requirements=$INSTALL_DEV',
    ...extra,
    ''
  ].join('\n')

async function createRepo(files: Record<string, string>) {
  const repo = await createGitRepo()
  repos.push(repo)
  await repo.commit({ message: 'feat: operators', files })
  return repo
}

interface PushOptions {
  namespace: string
  inputs?: Record<string, string>
}

/** Runs the committed bundle on the checked-out commit, as a push from its parent. */
async function push(repo: GitRepo, options: PushOptions) {
  const sha = await repo.head()
  const before = (await repo.git(['rev-parse', 'HEAD^']).catch(() => '')) || '0'.repeat(40)
  const result = await runAction('docker-push-operators', {
    inputs: {
      registry: registry.host,
      namespace: options.namespace,
      engine: 'podman',
      ...options.inputs
    },
    workspace: repo.dir,
    sha,
    event: {
      name: 'push',
      payload: loadWebhookExample('push', { overrides: { before, after: sha } })
    },
    env: { ...sandbox.env, BUILDAH_ISOLATION: 'chroot', HOME: repo.root },
    timeoutMs: 300_000
  })
  const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message)
  const images = JSON.parse(result.outputs.images ?? '[]') as {
    operator: string
    status: string
    digest: string
    tags: string[]
    'promoted-from'?: string
  }[]
  const status = Object.fromEntries(images.map((i) => [i.operator, i.status]))
  return { ...result, sha, errors, images, status }
}

const production = (version: string, extra: Record<string, string> = {}) => ({
  environment: 'production',
  version,
  ...extra
})

async function release(repo: GitRepo, version: string, files: Record<string, string>) {
  await repo.commit({ message: `feat: ${version}`, files })
  await repo.tag(`v${version}`)
}

const digestOf = (name: string, tag: string) => registry.readManifestDigest(name, tag)

async function readLayers(name: string, tag: string): Promise<string[]> {
  const response = await fetch(`${registry.url}/v2/${name}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' }
  })
  const manifest = (await response.json()) as { layers: { digest: string }[] }
  return manifest.layers.map((layer) => layer.digest)
}

async function readConfigDigest(name: string, tag: string): Promise<string> {
  const response = await fetch(`${registry.url}/v2/${name}/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' }
  })
  return ((await response.json()) as { config: { digest: string } }).config.digest
}

describe('a production set is consistent', () => {
  it('api is built on the base this release built, not on base:dev, and carries no dev label', async () => {
    const ns = 'consistent'
    const repo = await createRepo({
      'operators/base/Dockerfile': plain(['COPY base.txt /base.txt']),
      'operators/base/base.txt': 'base 1\n',
      'operators/api/Dockerfile': [
        `ARG BASE_IMAGE=${registry.host}/${ns}/base:dev`,
        'FROM ${BASE_IMAGE}',
        'COPY app.txt /app.txt',
        ''
      ].join('\n'),
      'operators/api/app.txt': 'api 1\n'
    })
    await repo.tag('v1.0.0')
    const first = await push(repo, { namespace: ns, inputs: production('1.0.0') })
    expect(first.errors).toEqual([])
    expect(first.status).toEqual({ base: 'built', api: 'built' })

    // Unreleased development work on base, pushed to staging as base:dev.
    await repo.commit({ message: 'feat: base wip', files: { 'operators/base/base.txt': 'wip\n' } })
    const staging = await push(repo, { namespace: ns })
    expect(staging.errors).toEqual([])
    expect(staging.status).toEqual({ base: 'built', api: 'built' })

    await release(repo, '1.1.0', { 'operators/base/base.txt': 'base 1.1\n' })
    const next = await push(repo, {
      namespace: ns,
      inputs: production('1.1.0', { base: 'v1.0.0' })
    })
    expect(next.errors).toEqual([])
    expect(next.status).toEqual({ base: 'built', api: 'built' })
    const [baseLayer] = await readLayers(`${ns}/base`, '1.1.0')
    const [devLayer] = await readLayers(`${ns}/base`, 'dev')
    const apiLayers = await readLayers(`${ns}/api`, '1.1.0')
    expect(apiLayers[0]).toBe(baseLayer)
    expect(apiLayers).not.toContain(devLayer)
    const api = await registry.readConfig(`${ns}/api`, '1.1.0')
    expect(api.config?.Labels).toMatchObject({
      'dev.requirements': 'false',
      'org.opencontainers.image.version': '1.1.0'
    })
    expect(next.stdout).toContain(
      `BASE_IMAGE=${registry.host}/${ns}/base@${next.images[0]?.digest}`
    )
  })
})

describe('reruns never move anything backwards', () => {
  it('rerunning 1.2.0 after 1.3.0 leaves latest and 1.3 on 1.3.0, and 1.2.0 on its digest', async () => {
    const ns = 'rerun'
    const repo = await createRepo({
      'operators/beta/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/beta/app.txt': 'beta 1.2\n'
    })
    await repo.tag('v1.2.0')
    const old = await repo.head()
    expect((await push(repo, { namespace: ns, inputs: production('1.2.0') })).errors).toEqual([])
    const v120 = await digestOf(`${ns}/beta`, '1.2.0')
    await release(repo, '1.3.0', { 'operators/beta/app.txt': 'beta 1.3\n' })
    expect((await push(repo, { namespace: ns, inputs: production('1.3.0') })).errors).toEqual([])
    const v130 = await digestOf(`${ns}/beta`, '1.3.0')
    expect(await digestOf(`${ns}/beta`, 'latest')).toBe(v130)

    await repo.git(['checkout', '-q', old])
    const rerun = await push(repo, { namespace: ns, inputs: production('1.2.0') })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.status).toEqual({ beta: 'unchanged' })
    expect(rerun.stdout).not.toContain('Building beta')
    expect(await digestOf(`${ns}/beta`, '1.2.0')).toBe(v120)
    expect(await digestOf(`${ns}/beta`, 'latest')).toBe(v130)
    expect(await digestOf(`${ns}/beta`, '1.3')).toBe(v130)
    expect(await digestOf(`${ns}/beta`, '1.2')).toBe(v120)
    expect(rerun.summary).toContain('latest (stays: 1.3.0 is released, higher than 1.2.0)')
  })

  it('staging: dev moves to a newer commit, and a rerun of an older push leaves it there', async () => {
    const ns = 'dev-forward'
    const repo = await createRepo({
      'operators/beta/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/beta/app.txt': 'one\n'
    })
    const old = await repo.head()
    expect((await push(repo, { namespace: ns })).errors).toEqual([])
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'two\n' } })
    const newer = await push(repo, { namespace: ns })
    expect(newer.errors).toEqual([])
    const dev = await digestOf(`${ns}/beta`, 'dev')
    expect(dev).toBe(await digestOf(`${ns}/beta`, `dev-${newer.sha.slice(0, 7)}`))

    await repo.git(['checkout', '-q', old])
    const rerun = await push(repo, { namespace: ns, inputs: { 'changed-only': 'false' } })
    expect(rerun.errors).toEqual([])
    expect(rerun.status).toEqual({ beta: 'unchanged' })
    expect(await digestOf(`${ns}/beta`, 'dev')).toBe(dev)
    expect(rerun.summary).toContain(`which this commit does not contain`)
  })

  it('a rebuild of one commit is the same image config, byte for byte', async () => {
    const repo = await createRepo({
      'operators/beta/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/beta/app.txt': 'same\n'
    })
    expect((await push(repo, { namespace: 'repro-a' })).errors).toEqual([])
    // Nothing cached: the second build starts from scratch, minutes later on the wall clock.
    await sandbox.podman(['rmi', '--all', '--force'])
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await push(repo, { namespace: 'repro-b' })).errors).toEqual([])
    const config = await registry.readConfig('repro-a/beta', 'dev')
    // The commit's time (the scripted clock's), not the build's.
    expect(config.created).toMatch(/^2024-01-01T00:0\d:00Z$/)
    const other = await registry.readConfig('repro-b/beta', 'dev')
    expect(other).toEqual(config)
    expect(await readConfigDigest('repro-b/beta', 'dev')).toBe(
      await readConfigDigest('repro-a/beta', 'dev')
    )
  })
})

describe('all or nothing', () => {
  it('a release failing midway moves no floating tag; the rerun builds only what is missing, then moves them all', async () => {
    const ns = 'midway'
    const repo = await createRepo({
      'operators/alpha/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/alpha/app.txt': 'alpha 1.3\n',
      'operators/beta/Dockerfile': plain(['ARG MARK=app.txt', 'COPY ${MARK} /app.txt']),
      'operators/beta/app.txt': 'beta 1.3\n'
    })
    await repo.tag('v1.3.0')
    expect((await push(repo, { namespace: ns, inputs: production('1.3.0') })).errors).toEqual([])
    const latest = {
      alpha: await digestOf(`${ns}/alpha`, 'latest'),
      beta: await digestOf(`${ns}/beta`, 'latest')
    }
    await release(repo, '1.4.0', {
      'operators/alpha/app.txt': 'alpha 1.4\n',
      'operators/beta/app.txt': 'beta 1.4\n'
    })
    const inputs = production('1.4.0', { base: 'v1.3.0' })
    // beta's build fails (a file that is not there), alpha's succeeds.
    const failed = await push(repo, {
      namespace: ns,
      inputs: { ...inputs, 'build-args': 'MARK=missing.txt' }
    })
    expect(failed.exitCode).toBe(1)
    expect(failed.status).toEqual({ alpha: 'built' })
    const alpha140 = await digestOf(`${ns}/alpha`, '1.4.0')
    expect(await registry.listTags(`${ns}/beta`)).not.toContain('1.4.0')
    expect(await registry.listTags(`${ns}/alpha`)).not.toContain('1.4')
    expect(await digestOf(`${ns}/alpha`, 'latest')).toBe(latest.alpha)
    expect(await digestOf(`${ns}/beta`, 'latest')).toBe(latest.beta)

    const rerun = await push(repo, { namespace: ns, inputs })
    expect(rerun.errors).toEqual([])
    expect(rerun.status).toEqual({ alpha: 'unchanged', beta: 'built' })
    expect(rerun.stdout).not.toContain('Building alpha')
    expect(await digestOf(`${ns}/alpha`, '1.4.0')).toBe(alpha140)
    for (const op of ['alpha', 'beta']) {
      const v140 = await digestOf(`${ns}/${op}`, '1.4.0')
      expect(await digestOf(`${ns}/${op}`, 'latest')).toBe(v140)
      expect(await digestOf(`${ns}/${op}`, '1.4')).toBe(v140)
    }
  })
})

describe('build once, promote the rest', () => {
  it('20 operators, one changed: 1 build and 19 promotions, with no blob uploaded for them', async () => {
    const ns = 'twenty'
    const files: Record<string, string> = {}
    for (let i = 0; i < 20; i++) {
      files[`operators/op${i}/Dockerfile`] = plain(['COPY app.txt /app.txt'])
      files[`operators/op${i}/app.txt`] = `op${i} 1.0\n`
    }
    const repo = await createRepo(files)
    await repo.tag('v1.0.0')
    const first = await push(repo, {
      namespace: ns,
      inputs: production('1.0.0', { 'max-parallel': '4' })
    })
    expect(first.errors).toEqual([])
    await release(repo, '1.1.0', { 'operators/op7/app.txt': 'op7 1.1\n' })
    const before = registry.requests().length
    const next = await push(repo, {
      namespace: ns,
      inputs: production('1.1.0', { base: 'v1.0.0' })
    })
    expect(next.errors).toEqual([])
    const built = next.images.filter((i) => i.status === 'built').map((i) => i.operator)
    const promoted = next.images.filter((i) => i.status === 'promoted')
    expect(built).toEqual(['op7'])
    expect(promoted).toHaveLength(19)
    for (const image of promoted) {
      expect(image['promoted-from']).toBe('1.0.0')
      expect(image.digest).toBe(await digestOf(`${ns}/${image.operator}`, '1.0.0'))
      expect(await digestOf(`${ns}/${image.operator}`, 'latest')).toBe(image.digest)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    const uploads = registry
      .requests()
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path.includes('/blobs/uploads/'))
      .map((r) => r.path.split('/')[3])
    expect(uploads.length).toBeGreaterThan(0)
    expect(new Set(uploads)).toEqual(new Set(['op7']))
  })
})

describe('refused before anything is pushed', () => {
  it('folders whose images collide (Api and api)', async () => {
    const repo = await createRepo({
      'operators/Api/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/Api/app.txt': 'one\n',
      'operators/api/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/api/app.txt': 'two\n'
    })
    const result = await push(repo, { namespace: 'collide' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(
      'Operator folders Api and api (both api) push to the same image'
    )
    expect(await registry.listTags('collide/api')).toEqual([])
  })

  it('a production push from a commit without the version tag', async () => {
    const repo = await createRepo({
      'operators/beta/Dockerfile': plain(['COPY app.txt /app.txt']),
      'operators/beta/app.txt': 'untagged\n'
    })
    const result = await push(repo, { namespace: 'untagged', inputs: production('2.0.0') })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain('no tag 2.0.0 or v2.0.0 points at the commit being built')
    expect(result.errors[0]).toContain('require-version-tag: false')
    expect(await registry.listTags('untagged/beta')).toEqual([])

    const lifted = await push(repo, {
      namespace: 'untagged',
      inputs: production('2.0.0', { 'require-version-tag': 'false' })
    })
    expect(lifted.errors).toEqual([])
    expect(await registry.listTags('untagged/beta')).toContain('2.0.0')
  })
})
