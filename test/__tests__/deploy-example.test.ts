import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildBusyboxImage,
  BUSYBOX_HEALTHCHECK,
  type BuiltImage
} from '../harness/busybox-image.js'
import { parseCommandFile, parseWorkflowCommands } from '../harness/command-files.js'
import {
  findCompose,
  isDockerDaemonAvailable,
  startDockerDaemon,
  type DockerDaemon
} from '../harness/docker-daemon.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../harness/podman.js'
import { startRegistry, type Registry } from '../harness/registry.js'
import { REPO_ROOT } from '../harness/run-action.js'
import { runProcess } from '../harness/run-process.js'

const SCRIPT = path.join(REPO_ROOT, 'examples', 'deploy', 'deploy.sh')

// What the example compose.yaml is, on busybox images: same variables, same defaults. `slow`
// checks its health once an hour, so it stays "starting" (for the wait's time limit).
const service = (name: string, interval: string) => ({
  image: `\${${name.toUpperCase()}_IMAGE:-not-set.invalid/${name}_image}`,
  init: true,
  healthcheck: { test: BUSYBOX_HEALTHCHECK, interval, timeout: '5s', retries: 3 }
})
const COMPOSE = {
  services: {
    api: service('api', '1s'),
    worker: service('worker', '1s'),
    slow: service('slow', '1h')
  }
}

interface Container {
  id: string
  ref: string
  state: string
  health: string
}

// No skipping: CI installs docker.io, docker-compose, busybox-static, podman and docker-registry.
describe('examples/deploy/deploy.sh against a real Docker daemon', () => {
  let registry: Registry
  let sandbox: PodmanEnvironment
  let daemon: DockerDaemon
  let dir: string
  let composeFile: string
  const images: Record<'api1' | 'api2' | 'apiSick' | 'worker1', BuiltImage> = {} as never
  let runs = 0
  let compose: string[]

  beforeAll(async () => {
    if (!(await isDockerDaemonAvailable())) {
      throw new Error('dockerd is not installed or we are not root: apt-get install docker.io.')
    }
    dir = await mkdtemp(path.join(os.tmpdir(), 'release-actions-deploy-'))
    composeFile = path.join(dir, 'compose.yaml')
    await writeFile(composeFile, JSON.stringify(COMPOSE, null, 2))
    const daemonStarted = startDockerDaemon()
    registry = await startRegistry()
    sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
    const build = (name: string, tag: string, health?: null) =>
      buildBusyboxImage({
        podman: sandbox,
        registry: registry.host,
        name,
        tag,
        health,
        index: `${name} ${tag}\n`
      })
    // Two at a time: the machine has two cores.
    ;[images.api1, images.worker1] = await Promise.all([
      build('team/api', 'v1'),
      build('team/worker', 'v1')
    ])
    ;[images.api2, images.apiSick] = await Promise.all([
      build('team/api', 'v2'),
      build('team/api', 'sick', null)
    ])
    daemon = await daemonStarted
    compose = await findCompose(daemon.env)
  }, 180_000)

  afterAll(async () => {
    await daemon?.stop()
    await registry?.stop()
    await sandbox?.cleanup()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** Runs deploy.sh as a deploy job does, on its own compose project. */
  async function deploy(project: string, env: Record<string, string>) {
    const outputFile = path.join(dir, `output-${++runs}`)
    await writeFile(outputFile, '')
    const result = await runProcess('bash', [SCRIPT, 'staging'], {
      env: {
        ...process.env,
        ...daemon.env,
        COMPOSE_FILE: composeFile,
        COMPOSE_PROJECT_NAME: project,
        GITHUB_OUTPUT: outputFile,
        DEPLOY_WAIT_TIMEOUT: '60',
        ...env
      },
      timeoutMs: 240_000
    })
    const errors = parseWorkflowCommands(result.stdout)
      .filter((command) => command.command === 'error')
      .map((command) => command.message)
    const outputs = parseCommandFile(await readFile(outputFile, 'utf8'))
    return { ...result, errors, outputs, log: `${result.stdout}\n${result.stderr}` }
  }

  /** What runs in a compose project, read from the containers' labels. */
  async function containers(project: string): Promise<Record<string, Container>> {
    const ids = await daemon.docker([
      'ps',
      '--all',
      '--quiet',
      '--filter',
      `label=com.docker.compose.project=${project}`
    ])
    expect(ids.exitCode, ids.stderr).toBe(0)
    if (ids.stdout.trim() === '') return {}
    const format =
      '{{index .Config.Labels "com.docker.compose.service"}} {{.Id}} {{.Config.Image}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}'
    const inspect = await daemon.docker([
      'inspect',
      '--format',
      format,
      ...ids.stdout.split(/\s+/).filter(Boolean)
    ])
    expect(inspect.exitCode, inspect.stderr).toBe(0)
    const found: Record<string, Container> = {}
    for (const line of inspect.stdout.trim().split('\n')) {
      const [service = '', id = '', ref = '', state = '', health = ''] = line.split(' ')
      expect(found[service], `two containers for ${service}`).toBeUndefined()
      found[service] = { id, ref, state, health }
    }
    return found
  }

  const entry = (operator: string, image: BuiltImage) => ({
    operator,
    image: image.image,
    tags: ['dev', 'dev-abc1234'],
    digest: image.digest,
    status: 'pushed'
  })
  const imagesInput = (entries: Record<string, BuiltImage>) => ({
    IMAGES: JSON.stringify(
      Object.entries(entries).map(([operator, image]) => entry(operator, image))
    )
  })
  const healthy = (image: BuiltImage) => ({
    id: expect.any(String),
    ref: image.ref,
    state: 'running',
    health: 'healthy'
  })

  // One host through a staging life, each step starting from what the one before left running:
  // a deploy through compose v1 costs seconds here, and each step needs the previous state anyway.
  describe('one host, deploy after deploy', () => {
    const project = 'staging-host'
    let before: Record<string, Container> = {}
    const remember = async () => (before = await containers(project))

    it('deploys one operator on an empty host and starts nothing else', async () => {
      const result = await deploy(project, imagesInput({ api: images.api1 }))

      expect(result.exitCode, result.log).toBe(0)
      // v1 here (Debian packages no v2), v2 where `docker compose` runs, as on GitHub's runners.
      expect(result.stdout).toContain(`(project ${project}, ${compose.join(' ')})`)
      expect(await containers(project)).toEqual({ api: healthy(images.api1) })
      expect(result.outputs.changed).toBe('true')
      expect(JSON.parse(result.outputs.deployed!)).toEqual({ api: images.api1.ref })
      expect(result.errors).toEqual([])
      await remember()
    })

    it('takes DIGESTS and IMAGE_BASE as it takes IMAGES, and keeps what runs', async () => {
      const result = await deploy(project, {
        DIGESTS: JSON.stringify({ worker: images.worker1.digest }),
        IMAGE_BASE: `${registry.host}/team/`
      })

      expect(result.exitCode, result.log).toBe(0)
      expect(await containers(project)).toEqual({
        api: before.api,
        worker: healthy(images.worker1)
      })
      expect(result.outputs.changed).toBe('true')
      expect(JSON.parse(result.outputs.deployed!)).toEqual({
        api: images.api1.ref,
        worker: images.worker1.ref
      })
      await remember()
    })

    it('says "already deployed" on a rerun, with changed=false, and recreates nothing', async () => {
      const all = await deploy(project, imagesInput({ api: images.api1, worker: images.worker1 }))
      // One of them, at the digest it runs: the same set.
      const one = await deploy(project, {
        DIGESTS: JSON.stringify({ api: images.api1.digest }),
        IMAGE_BASE: `${registry.host}/team/`
      })

      for (const run of [all, one]) {
        expect(run.exitCode, run.log).toBe(0)
        expect(run.stdout).toContain('Already deployed to staging')
        expect(run.outputs).toEqual({
          changed: 'false',
          deployed: JSON.stringify({ api: images.api1.ref, worker: images.worker1.ref }),
          'previous-digests': JSON.stringify({
            api: images.api1.digest,
            worker: images.worker1.digest
          })
        })
      }
      expect(await containers(project)).toEqual(before)
    })

    it('replaces the operators given and keeps the others as they run', async () => {
      const result = await deploy(project, imagesInput({ api: images.api2 }))

      expect(result.exitCode, result.log).toBe(0)
      const after = await containers(project)
      expect(after).toEqual({ api: healthy(images.api2), worker: before.worker })
      expect(after.api!.id).not.toBe(before.api!.id)
      expect(result.outputs.changed).toBe('true')
      expect(JSON.parse(result.outputs.deployed!)).toEqual({
        api: images.api2.ref,
        worker: images.worker1.ref
      })
      await remember()
    })

    it('rolls back to what ran before when the new image is unhealthy, and fails', async () => {
      const result = await deploy(project, imagesInput({ api: images.apiSick }))

      expect(result.exitCode, result.log).toBe(1)
      expect(result.errors.join('\n')).toMatch(/did not become healthy/)
      expect(result.errors.join('\n')).toMatch(/Rolled back staging to the images that ran before/)
      expect(result.log).toContain('health unhealthy')
      expect(await containers(project)).toEqual({
        api: healthy(images.api2),
        worker: before.worker
      })
      expect(result.outputs).toEqual({})
    })

    it('a guarded rollback (EXPECT_RUNNING_DIGESTS) changes nothing when something else runs', async () => {
      const now = await containers(project)
      const result = await deploy(project, {
        DIGESTS: JSON.stringify({ api: images.api1.digest }),
        IMAGE_BASE: `${registry.host}/team/`,
        EXPECT_RUNNING_DIGESTS: JSON.stringify({ api: images.api1.digest })
      })

      expect(result.exitCode, result.log).toBe(2)
      expect(result.errors).toEqual([
        `deploy: api runs ${images.api2.digest}, not the expected ${images.api1.digest} (a newer release since?): nothing changed on staging`
      ])
      expect(await containers(project)).toEqual(now)
    })

    it('a guarded rollback deploys the previous digests while the expected ones run', async () => {
      const result = await deploy(project, {
        DIGESTS: JSON.stringify({ api: images.api1.digest }),
        IMAGE_BASE: `${registry.host}/team/`,
        EXPECT_RUNNING_DIGESTS: JSON.stringify({ api: images.api2.digest })
      })

      expect(result.exitCode, result.log).toBe(0)
      expect(await containers(project)).toEqual({
        api: healthy(images.api1),
        worker: before.worker
      })
      expect(JSON.parse(result.outputs['previous-digests']!)).toEqual({
        api: images.api2.digest,
        worker: images.worker1.digest
      })
    })
  })

  it('leaves nothing running when the first deploy on an empty host is unhealthy', async () => {
    const result = await deploy('first-sick', imagesInput({ api: images.apiSick }))

    expect(result.exitCode, result.log).toBe(1)
    expect(result.errors.join('\n')).toMatch(/Nothing ran before this deploy.*nothing to roll back/)
    expect(await containers('first-sick')).toEqual({})
    const networks = await daemon.docker(['network', 'ls', '--format', '{{.Name}}'])
    expect(networks.stdout).not.toContain('first-sick')
    expect(result.outputs).toEqual({})
  })

  it('gives up after DEPLOY_WAIT_TIMEOUT seconds when health is still unknown', async () => {
    const result = await deploy('first-slow', {
      ...imagesInput({ slow: images.api1 }),
      DEPLOY_WAIT_TIMEOUT: '3'
    })

    expect(result.exitCode, result.log).toBe(1)
    expect(result.errors.join('\n')).toMatch(/did not become healthy on staging within 3s/)
    expect(result.log).toContain('health starting')
    expect(await containers('first-slow')).toEqual({})
  })

  const withoutDigest = () => ({
    IMAGES: JSON.stringify([{ ...entry('api', images.api1), digest: '' }])
  })
  const named = (operator: string) => () => ({
    IMAGES: JSON.stringify([entry(operator, images.api1)])
  })
  it.each([
    ['an entry without a digest', withoutDigest, /api has no digest; refusing to deploy by tag/],
    ['an operator name with a ;', named('api;rm -rf /'), /"api;rm -rf \/" is not a valid name/],
    ['an operator name with $( )', named('$(id)'), /"\$\(id\)" is not a valid name/],
    ['an operator name with a new line', named('api\n::warning::x'), /"api\\n::warning::x" is not/],
    ['a tag for a digest', () => ({ DIGESTS: '{"api":"dev"}', IMAGE_BASE: 'r/t/' }), /not sha256/],
    ['DIGESTS without IMAGE_BASE', () => ({ DIGESTS: '{"api":"sha256:0"}' }), /needs IMAGE_BASE/],
    ['both inputs', () => ({ ...named('api')(), DIGESTS: '{}' }), /IMAGES or DIGESTS, not both/],
    ['no input', () => ({}), /set IMAGES .* or DIGESTS and IMAGE_BASE/],
    ['IMAGES that is not JSON', () => ({ IMAGES: 'api=x' }), /IMAGES: .*(parse|Invalid)/],
    ['an operator with no compose service', named('billing'), /billing has no service in/]
  ])('refuses %s, and deploys nothing', async (_name, input, message) => {
    const project = `bad-${++runs}`
    const result = await deploy(project, input())

    expect(result.exitCode, result.log).toBe(2)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(message)
    expect(result.log).not.toContain('uid=')
    expect(result.outputs).toEqual({})
    expect(await containers(project)).toEqual({})
  })

  it('passes shellcheck', async () => {
    const result = await runProcess('shellcheck', [SCRIPT])
    expect(result.stdout + result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
  })
})
