import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../../../test/harness/podman.js'
import { startRegistry, type Registry } from '../../../test/harness/registry.js'
import { runAction } from '../../../test/harness/run-action.js'
import { loadWebhookExample } from '../../../test/harness/webhook-events.js'

const dockerfile = (from = 'scratch') =>
  [
    ...(from.includes('ALPHA_IMAGE') ? ['ARG ALPHA_IMAGE=localhost/team/alpha:dev'] : []),
    `FROM ${from}`,
    'ARG INSTALL_DEV=false',
    'LABEL dev.requirements=$INSTALL_DEV',
    'COPY app.txt /app.txt',
    ''
  ].join('\n')

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

/** Three operators; gamma builds on alpha's image (ARG ALPHA_IMAGE). Returns the repo and its first commit. */
async function createOperatorsRepo() {
  const repo = await createGitRepo()
  repos.push(repo)
  const first = await repo.commit({
    message: 'feat: three operators',
    files: {
      'operators/alpha/Dockerfile': dockerfile(),
      'operators/alpha/app.txt': 'alpha 1\n',
      'operators/beta/Dockerfile': dockerfile(),
      'operators/beta/app.txt': 'beta 1\n',
      'operators/beta/requirements.txt': 'requests==2.32.3\n',
      'operators/gamma/Dockerfile': dockerfile('${ALPHA_IMAGE}'),
      'operators/gamma/app.txt': 'gamma 1\n',
      'README.md': '# operators\n'
    }
  })
  return { repo, first }
}

/** Runs the bundle for a push event from `before` to HEAD (against the shared registry by default). */
async function push(
  repo: GitRepo,
  before: string,
  inputs: Record<string, string> = {},
  target: { registry: Registry; sandbox: PodmanEnvironment } = { registry, sandbox }
) {
  const sha = await repo.head()
  const result = await runAction('docker-push-operators', {
    inputs: {
      registry: target.registry.host,
      namespace: 'team',
      engine: 'podman',
      ...inputs
    },
    workspace: repo.dir,
    sha,
    event: {
      name: 'push',
      payload: loadWebhookExample('push', { overrides: { before, after: sha } })
    },
    env: { ...target.sandbox.env, BUILDAH_ISOLATION: 'chroot', HOME: repo.root },
    timeoutMs: 120_000
  })
  const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message)
  const json = (name: string) => JSON.parse(result.outputs[name] ?? 'null')
  return { ...result, sha, errors, json }
}

describe('docker-push-operators with podman and a real registry', () => {
  it('staging: only the changed operator is pushed, as dev and dev-<sha7>, with its digest', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'beta 2\n' } })
    const result = await push(repo, first)
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.json('operators')).toEqual(['beta'])
    expect(await registry.listTags('team/beta')).toEqual(
      expect.arrayContaining(['dev', `dev-${result.sha.slice(0, 7)}`])
    )
    expect(await registry.listTags('team/alpha')).toEqual([])
    const [image] = result.json('images')
    expect(image).toMatchObject({
      operator: 'beta',
      image: `${registry.host}/team/beta`,
      tags: ['dev', `dev-${result.sha.slice(0, 7)}`]
    })
    expect(image.digest).toBe(await registry.readManifestDigest('team/beta', 'dev'))
    expect(image.digest).toBe(
      await registry.readManifestDigest('team/beta', `dev-${result.sha.slice(0, 7)}`)
    )
    const config = await registry.readConfig('team/beta', 'dev')
    expect(config.config?.Labels).toMatchObject({
      'dev.requirements': 'true',
      'org.opencontainers.image.revision': result.sha,
      'org.opencontainers.image.version': `dev-${result.sha.slice(0, 7)}`,
      'org.opencontainers.image.source': 'https://github.com/octo-org/octo-repo'
    })
    expect(result.json('skipped').map((s: { operator: string }) => s.operator)).toEqual([
      'alpha',
      'gamma'
    ])
    expect(result.summary).toContain('changed: operators/beta/app.txt')
  })

  it('an operator FROM another is rebuilt with it, after it', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: alpha', files: { 'operators/alpha/app.txt': 'alpha 2\n' } })
    const result = await push(repo, first)
    expect(result.errors).toEqual([])
    expect(result.json('operators')).toEqual(['alpha', 'gamma'])
    expect(result.summary).toContain('builds on alpha, which is rebuilt')
    const gamma = await registry.readConfig('team/gamma', 'dev')
    expect(gamma.config?.Labels?.['org.opencontainers.image.revision']).toBe(result.sha)
  })

  it('production with 1.4.2: tags 1.4.2, 1.4 and latest, without dev requirements', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'beta 3\n' } })
    await repo.tag('v1.4.2')
    const result = await push(repo, first, { environment: 'production', version: '1.4.2' })
    expect(result.errors).toEqual([])
    expect((await registry.listTags('team/beta')).filter((t) => !t.startsWith('dev'))).toEqual(
      expect.arrayContaining(['1.4.2', '1.4', 'latest'])
    )
    const config = await registry.readConfig('team/beta', '1.4.2')
    expect(config.config?.Labels).toMatchObject({
      'dev.requirements': 'false',
      'org.opencontainers.image.version': '1.4.2'
    })
    expect(result.json('images')[0].digest).toBe(
      await registry.readManifestDigest('team/beta', 'latest')
    )
  })

  it('a version tag is immutable: a rerun is unchanged with the same digest, another commit is refused', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'beta 7\n' } })
    await repo.tag('v2.7.0')
    const release = { environment: 'production', version: '2.7.0' }
    const once = await push(repo, first, release)
    expect(once.errors).toEqual([])
    expect(once.json('images')).toEqual([
      expect.objectContaining({ operator: 'beta', status: 'built' })
    ])
    const digest = await registry.readManifestDigest('team/beta', '2.7.0')

    const rerun = await push(repo, first, release)
    expect(rerun.exitCode).toBe(0)
    expect(rerun.json('images')).toEqual([
      expect.objectContaining({ operator: 'beta', status: 'unchanged', digest })
    ])
    expect(rerun.json('digests')).toEqual({ beta: digest })
    expect(rerun.stdout).not.toContain('Building beta')
    expect(await registry.readManifestDigest('team/beta', '2.7.0')).toBe(digest)

    await repo.commit({
      message: 'fix: beta again',
      files: { 'operators/beta/app.txt': 'beta 8\n' }
    })
    await repo.tag('2.7.0') // the same version tagged again on another commit, by hand
    const other = await push(repo, first, release)
    expect(other.exitCode).toBe(1)
    expect(other.errors.join('\n')).toMatch(
      new RegExp(
        `team/beta:2.7.0 already exists from commit ${once.sha.slice(0, 12)}, not this run's ${other.sha.slice(0, 12)}`
      )
    )
    expect(await registry.readManifestDigest('team/beta', '2.7.0')).toBe(digest)
  })

  it('mode: plan builds and pushes nothing, and gives a matrix', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({
      message: 'fix: alpha',
      files: { 'operators/alpha/app.txt': 'alpha plan\n' }
    })
    const tagsBefore = await registry.listTags('team/alpha')
    const result = await push(repo, first, { mode: 'plan', namespace: 'planned' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['has-changes']).toBe('true')
    expect(result.json('matrix')).toEqual({
      include: ['alpha', 'gamma'].map((operator) => ({
        operator,
        image: `${registry.host}/planned/${operator}`,
        tags: `dev,dev-${result.sha.slice(0, 7)}`,
        context: `operators/${operator}`,
        dockerfile: `operators/${operator}/Dockerfile`
      }))
    })
    expect(result.json('images')).toEqual([])
    expect(await registry.listTags('planned/alpha')).toEqual([])
    expect(await registry.listTags('team/alpha')).toEqual(tagsBefore)
  })

  it('workflow_dispatch and a new branch build every operator, and say why', async () => {
    const { repo } = await createOperatorsRepo()
    const result = await push(repo, '0'.repeat(40), { mode: 'plan' })
    expect(result.json('operators')).toEqual(['alpha', 'beta', 'gamma'])
    expect(result.summary).toContain('a new branch')
  })

  it.each([
    [{ environment: 'production' }, 'Input "version" is required for environment production'],
    [{ engine: 'kaniko' }, 'Input "engine" is "kaniko"; accepted: docker, podman.'],
    [{ environment: 'qa' }, 'Input "environment" is "qa"; accepted: staging, production.'],
    [{ context: 'root' }, 'Input "context" is "root"; accepted: operator, repository.'],
    [{ 'operators-dir': 'services' }, 'Input "operators-dir" is "services", which is no folder'],
    [
      { 'max-parallel': '0' },
      'Input "max-parallel" is "0"; accepted: a whole number from 1 to 64.'
    ],
    [
      { operators: 'alpha, delta' },
      'Input "operators" names delta, which has no Dockerfile; accepted: auto, or some of alpha, beta, gamma.'
    ]
  ])('bad input %j → exit 1 naming it, nothing pushed', async (inputs, message) => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'bad input\n' } })
    const result = await push(repo, first, { ...inputs, namespace: 'bad' })
    expect(result.exitCode).toBe(1)
    expect(result.errors[0]).toContain(message)
    expect(await registry.listTags('bad/beta')).toEqual([])
  })
})

describe('docker-push-operators with a registry that needs a login', () => {
  const auth = { username: 'ci-bot', password: 'Pa55-w0rd-never-logged' }
  let privateRegistry: Registry
  let privateSandbox: PodmanEnvironment
  beforeAll(async () => {
    privateRegistry = await startRegistry({ auth })
    privateSandbox = await createPodmanEnvironment({ insecureRegistries: [privateRegistry.host] })
  })
  afterAll(async () => {
    await privateRegistry?.stop()
    await privateSandbox?.cleanup()
  })

  it('logs in with username and password, pushes, and never prints the password', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'private\n' } })
    const result = await push(
      repo,
      first,
      { username: auth.username, password: auth.password },
      { registry: privateRegistry, sandbox: privateSandbox }
    )
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([])
    expect(await privateRegistry.listTags('team/beta')).toEqual(expect.arrayContaining(['dev']))
    expect(result.findLeaks([auth.password])).toEqual([])
  })

  it('reads a released version tag through the login: the rerun is unchanged', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'private 2\n' } })
    await repo.tag('v3.1.0')
    const target = { registry: privateRegistry, sandbox: privateSandbox }
    const inputs = { ...auth, environment: 'production', version: '3.1.0' }
    const once = await push(repo, first, inputs, target)
    expect(once.json('images')[0]).toMatchObject({ status: 'built' })
    const rerun = await push(repo, first, inputs, target)
    expect(rerun.errors).toEqual([])
    expect(rerun.json('images')[0]).toMatchObject({
      status: 'unchanged',
      digest: once.json('images')[0].digest
    })
    expect(rerun.findLeaks([auth.password])).toEqual([])
  })

  it('a wrong password fails before building, explained, without the password', async () => {
    const { repo, first } = await createOperatorsRepo()
    await repo.commit({ message: 'fix: beta', files: { 'operators/beta/app.txt': 'denied\n' } })
    const result = await push(
      repo,
      first,
      { username: auth.username, password: 'wrong-Secret-123' },
      { registry: privateRegistry, sandbox: privateSandbox }
    )
    expect(result.exitCode).toBe(1)
    expect(result.commands.find((c) => c.command === 'error')?.message).toContain('Login to')
    expect(result.findLeaks(['wrong-Secret-123'])).toEqual([])
  })
})
