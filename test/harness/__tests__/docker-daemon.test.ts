import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildBusyboxImage,
  BUSYBOX,
  BUSYBOX_HEALTHCHECK,
  type BuiltImage
} from '../busybox-image.js'
import { findCompose, isDockerDaemonAvailable, startDockerDaemon } from '../docker-daemon.js'
import type { DockerDaemon } from '../docker-daemon.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../podman.js'
import { startRegistry, type Registry } from '../registry.js'

// No skipping: CI installs docker.io, docker-compose and busybox-static.
describe('a real Docker daemon', () => {
  let registry: Registry | undefined
  let sandbox: PodmanEnvironment | undefined
  let daemon: DockerDaemon | undefined
  let healthy: BuiltImage
  let unhealthy: BuiltImage

  beforeAll(async () => {
    if (!(await isDockerDaemonAvailable())) {
      throw new Error('dockerd is not installed or we are not root: apt-get install docker.io.')
    }
    registry = await startRegistry()
    sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
    const built = Promise.all([
      buildBusyboxImage({ podman: sandbox, registry: registry.host, name: 'team/web' }),
      buildBusyboxImage({
        podman: sandbox,
        registry: registry.host,
        name: 'team/web',
        tag: 'sick',
        health: null
      })
    ])
    daemon = await startDockerDaemon()
    ;[healthy, unhealthy] = await built
  }, 120_000)

  afterAll(async () => {
    await daemon?.stop()
    await registry?.stop()
    await sandbox?.cleanup()
  })

  it('pulls from the loopback registry by digest and serves HTTP from busybox', async () => {
    const { docker } = daemon!
    expectSuccess(await docker(['pull', healthy.ref]))
    const run = await docker(['run', '-d', '--init', healthy.ref])
    expectSuccess(run)
    const id = run.stdout.trim()
    const health = await docker(['exec', id, BUSYBOX, 'wget', '-q', '-O', '-', HEALTH_URL])
    expectSuccess(health)
    expect(health.stdout).toBe('ok\n')
    const inspect = await docker(['inspect', '--format', '{{.Config.Image}}', id])
    expect(inspect.stdout.trim()).toBe(healthy.ref)
    // `docker ps` shows the repository without the digest: .Config.Image is what to read.
    const ps = await docker(['ps', '--format', '{{.Image}}'])
    expect(ps.stdout.trim()).toBe(healthy.image)
  })

  it('fails the health check of an image without /www/health', async () => {
    const { docker } = daemon!
    const run = await docker(['run', '-d', '--init', unhealthy.ref])
    expectSuccess(run)
    const check = await docker(['exec', run.stdout.trim(), ...BUSYBOX_HEALTHCHECK.slice(1)])
    expect(check.exitCode).not.toBe(0)
  })

  it('has a compose command and a private client environment', async () => {
    expect(daemon!.env.DOCKER_HOST).toBe(daemon!.host)
    expect(daemon!.host).toMatch(/^unix:\/\/.*release-actions-dockerd-.*\/docker\.sock$/)
    expect(await findCompose(daemon!.env)).toEqual(expect.arrayContaining([expect.any(String)]))
  })

  it('stops dockerd, its containerd and the containers, and removes its dir', async () => {
    const other = await startDockerDaemon()
    const dir = other.host.replace(/^unix:\/\//, '').replace(/\/docker\.sock$/, '')
    expectSuccess(await other.docker(['pull', healthy.ref]))
    const network = await other.docker(['network', 'create', 'left-behind'])
    expectSuccess(network)
    // A user-defined network is a bridge on the host, named after the network's id.
    const bridge = `/sys/class/net/br-${network.stdout.trim().slice(0, 12)}`
    expect(existsSync(bridge)).toBe(true)
    expectSuccess(await other.docker(['run', '-d', '--network', 'left-behind', healthy.ref]))
    const running = processesNaming(dir)
    expect(running.join('\n')).toMatch(/containerd --config/)
    expect(running.join('\n')).toMatch(/containerd-shim/)

    const before = Date.now()
    await other.stop()
    expect(Date.now() - before).toBeLessThan(20_000)
    expect(processesNaming(dir)).toEqual([])
    expect(existsSync(dir)).toBe(false)
    expect(existsSync(bridge)).toBe(false)
  }, 60_000)
})

const HEALTH_URL = 'http://127.0.0.1:8080/health'

function processesNaming(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ')
      if (cmdline.includes(`${dir}/`)) found.push(cmdline)
    } catch {
      // gone
    }
  }
  return found
}

function expectSuccess(result: { exitCode: number; stderr: string }): void {
  expect(result.exitCode, result.stderr).toBe(0)
}
