import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { buildImages } from '../src/build-images.js'
import type { DockerPushInputs } from '../src/inputs.js'
import type { ImagePlan } from '../src/plan-images.js'

const temp = mkdtempSync(path.join(os.tmpdir(), 'release-actions-build-images-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const plan = (operator: string): ImagePlan => ({
  operator,
  image: `registry.example/acme/${operator}`,
  action: 'build',
  promoteFrom: undefined,
  tags: ['dev', 'dev-abc1234'],
  fixedTag: 'dev-abc1234',
  floatingTags: ['dev'],
  context: `operators/${operator}`,
  dockerfile: `operators/${operator}/Dockerfile`,
  buildArgs: [],
  sourceDateEpoch: 1_764_000_000,
  labels: {},
  platforms: [],
  cacheScope: `${operator}-staging`,
  reason: 'changed'
})
const inputs = { engine: 'podman', push: true, maxParallel: 2, cache: 'none' } as DockerPushInputs

/**
 * A podman that answers each call from a script: per operator, a list of outcomes for its pushes
 * ('ok' or a stderr text to fail with); builds always succeed unless `failBuild` names the operator.
 */
function scriptedPodman(pushes: Record<string, string[]>, failBuild: string[] = []) {
  const calls: string[] = []
  const argv: string[][] = []
  let running = 0
  let peak = 0
  const run: CommandRunner = async (_command, args) => {
    const operator = (args.find((a) => a.startsWith('registry.example/')) ?? args.at(-1) ?? '')
      .replace(/^.*\//, '')
      .replace(/:.*$/, '')
    const kind = args[0] === 'build' ? 'build' : 'push'
    calls.push(`${kind} ${operator}`)
    argv.push(args)
    peak = Math.max(peak, ++running)
    await new Promise((resolve) => setTimeout(resolve, 5))
    running--
    if (kind === 'build') {
      return failBuild.includes(operator)
        ? { exitCode: 1, stdout: '', stderr: 'COPY failed: no such file' }
        : { exitCode: 0, stdout: '', stderr: '' }
    }
    const outcome = pushes[operator]?.shift() ?? 'ok'
    if (outcome !== 'ok') return { exitCode: 125, stdout: '', stderr: outcome }
    writeFileSync(args[2] ?? '', `sha256:${operator.padEnd(64, '0')}`)
    return { exitCode: 0, stdout: '', stderr: '' }
  }
  return { run, calls, argv, peak: () => peak }
}

function context(
  run: CommandRunner,
  dependsOn: Record<string, string[]> = {},
  ready: Record<string, string> = {}
) {
  const waits: number[] = []
  return {
    waits,
    context: {
      run,
      workspace: temp,
      tempDir: temp,
      sleep: async (ms: number) => {
        waits.push(ms)
      },
      log: () => undefined,
      dependsOn: new Map(Object.entries(dependsOn)),
      ready: new Map(Object.entries(ready))
    }
  }
}

describe('buildImages', () => {
  it('retries a transient push failure with backoff, then reports the digest', async () => {
    const podman = scriptedPodman({ api: ['Error: writing blob: 502 Bad Gateway', 'ok'] })
    const { context: ctx, waits } = context(podman.run)
    const [built] = await buildImages([plan('api')], inputs, ctx)
    expect(built).toMatchObject({
      operator: 'api',
      error: undefined,
      digest: expect.stringMatching(/^sha256:api/)
    })
    expect(podman.calls).toEqual(['build api', 'push api', 'push api'])
    expect(waits).toEqual([2000])
  })

  it.each([
    ['unauthorized: authentication required'],
    ['denied: requested access to the resource is denied']
  ])('does not retry a refusal (%s) and says to check the credentials', async (stderr) => {
    const podman = scriptedPodman({ api: [stderr] })
    const { context: ctx, waits } = context(podman.run)
    const [built] = await buildImages([plan('api')], inputs, ctx)
    expect(built?.error).toContain('the registry refused')
    expect(built?.error).toContain('Check username and password')
    expect(podman.calls).toEqual(['build api', 'push api'])
    expect(waits).toEqual([])
  })

  it('one failing operator never stops the others; its dependents are not built', async () => {
    const podman = scriptedPodman({}, ['base'])
    const { context: ctx } = context(podman.run, { api: ['base'] })
    const built = await buildImages([plan('base'), plan('worker'), plan('api')], inputs, ctx)
    expect(built.map((b) => [b.operator, b.error ?? 'ok'])).toEqual([
      ['base', 'build base failed: COPY failed: no such file'],
      ['worker', 'ok'],
      ['api', 'not built: base, which it builds on, failed']
    ])
    expect(podman.calls).not.toContain('build api')
  })

  it('builds what an operator builds on first, and never more than max-parallel at once', async () => {
    const podman = scriptedPodman({})
    const { context: ctx } = context(podman.run, { api: ['base'], report: ['api'] })
    const plans = ['base', 'api', 'report', 'w1', 'w2', 'w3'].map(plan)
    const built = await buildImages(plans, { ...inputs, maxParallel: 2 }, ctx)
    expect(built.every((b) => !b.error)).toBe(true)
    const order = podman.calls.filter((c) => c.startsWith('push')).map((c) => c.slice(5))
    expect(order.indexOf('base')).toBeLessThan(order.indexOf('api'))
    expect(order.indexOf('api')).toBeLessThan(order.indexOf('report'))
    expect(podman.peak()).toBeLessThanOrEqual(2)
  })

  it('pushes only the fixed tag; floating tags are left for after the whole set', async () => {
    const podman = scriptedPodman({})
    const { context: ctx } = context(podman.run)
    await buildImages([plan('api')], inputs, ctx)
    const pushes = podman.argv.filter((args) => args[0] === 'push').map((args) => args.at(-1))
    expect(pushes).toEqual(['registry.example/acme/api:dev-abc1234'])
    expect(podman.argv[0]).toEqual(expect.arrayContaining(['--timestamp', '1764000000']))
  })

  it('passes each dependency as <NAME>_IMAGE=<image>@<digest>: built in this run, or already in place', async () => {
    const podman = scriptedPodman({})
    const promoted = 'registry.example/acme/shared-lib@sha256:' + 'f'.repeat(64)
    const { context: ctx } = context(
      podman.run,
      { api: ['base', 'shared-lib'], worker: [] },
      { 'shared-lib': promoted }
    )
    await buildImages([plan('base'), plan('api'), plan('worker')], inputs, ctx)
    const buildOf = (operator: string) =>
      podman.argv.find((args) => args[0] === 'build' && args.at(-1) === `operators/${operator}`)!
    const argsOf = (operator: string) =>
      buildOf(operator).filter((_, i, all) => all[i - 1] === '--build-arg')
    expect(argsOf('api')).toEqual([
      `BASE_IMAGE=registry.example/acme/base@sha256:${'base'.padEnd(64, '0')}`,
      `SHARED_LIB_IMAGE=${promoted}`
    ])
    expect(argsOf('worker')).toEqual([])
  })
})
