import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  findFreePort,
  startLoopbackServer,
  type LoopbackServer
} from '../../../test/harness/loopback-server.js'
import { runAction } from '../../../test/harness/run-action.js'

// Real locust (Debian's python3-locust), against servers on 127.0.0.1 that count what they get.
const LOCUST_PATH = `/usr/bin:${process.env.PATH ?? '/bin'}`

const TASKS = `from locust import HttpUser, constant, tag, task


class Visitor(HttpUser):
    wait_time = constant(0.05)

    @tag("smoke")
    @task(3)
    def index(self):
        self.client.get("/")

    @task
    def item(self):
        self.client.get("/items/1", name="/items/[id]")
`

const SLOW = `from locust import HttpUser, constant, task


class Visitor(HttpUser):
    wait_time = constant(0.05)

    @task
    def fast(self):
        self.client.get("/fast")

    @task
    def slow(self):
        self.client.get("/slow")
`

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

interface CountingServer extends LoopbackServer {
  count: () => number
}

async function startServer(
  respond: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void = (_, res) =>
    res.end('ok')
): Promise<CountingServer> {
  let requests = 0
  const server = await startLoopbackServer((req, res) => respond(req, res, ++requests), {
    lifetimeMs: 120_000
  })
  cleanups.push(() => server.close())
  return { ...server, count: () => requests }
}

function createWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-load-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

async function loadCheck(workspace: string, inputs: Record<string, string>, timeoutMs = 60_000) {
  const result = await runAction('load-check', {
    inputs: {
      'install-tools': 'false',
      users: '2',
      'spawn-rate': '2',
      'run-time': '3s',
      ...inputs
    },
    workspace,
    env: { PATH: LOCUST_PATH },
    timeoutMs
  })
  const reportFile = path.join(workspace, 'load-check.json')
  let report: Record<string, unknown> | undefined
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>
  } catch {
    report = undefined
  }
  return { ...result, report }
}

describe('load-check with the real locust', () => {
  it('passes a healthy server, and counts what the server counted', async () => {
    const server = await startServer()
    const workspace = createWorkspace({ 'locustfile.py': TASKS })
    const result = await loadCheck(workspace, { host: server.url })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('pass')
    const requests = Number(result.outputs.requests)
    expect(requests).toBeGreaterThan(10)
    // Locust counts a request once answered; a user's last one may reach the server but not it.
    expect(server.count()).toBeGreaterThanOrEqual(requests)
    expect(server.count()).toBeLessThanOrEqual(requests + 2)
    expect(result.outputs.failures).toBe('0')
    expect(result.outputs.breaches).toBe('[]')
    expect(result.outputs.report).toBe('load-check.json')
    expect(result.report?.outcome).toBe('pass')
    const names = (result.report?.endpoints as { name: string }[]).map((e) => e.name).sort()
    expect(names).toEqual(['/', '/items/[id]'])
    console.log(`healthy: server ${server.count()}, locust ${requests}`)
  })

  it('fails when 5% of requests fail, naming failure-ratio', async () => {
    const server = await startServer((_, res, n) => {
      res.statusCode = n % 20 === 0 ? 500 : 200
      res.end('ok')
    })
    const workspace = createWorkspace({ 'locustfile.py': TASKS })
    const result = await loadCheck(workspace, { host: server.url, 'max-failure-ratio': '0.01' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('fail')
    const breaches = JSON.parse(result.outputs.breaches as string) as { metric: string }[]
    expect(breaches.map((b) => b.metric)).toEqual(['failure-ratio'])
    const ratio = Number(result.outputs['failure-ratio'])
    expect(ratio).toBeGreaterThan(0.03)
    expect(ratio).toBeLessThan(0.07)
    expect(result.stdout).toContain('failure-ratio of Aggregated')
    console.log(`5%: ratio ${ratio}, requests ${result.outputs.requests}, server ${server.count()}`)
  })

  it('fails when one endpoint is slow, naming that endpoint', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/slow') setTimeout(() => res.end('slow'), 300)
      else res.end('fast')
    })
    const workspace = createWorkspace({ 'locustfile.py': SLOW })
    const result = await loadCheck(workspace, {
      host: server.url,
      'max-p95-ms': '/fast=200\nGET /slow=200'
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('fail')
    const breaches = JSON.parse(result.outputs.breaches as string) as {
      metric: string
      endpoint: string
      actual: number
    }[]
    expect(breaches).toHaveLength(1)
    expect(breaches[0]).toMatchObject({ metric: 'p95-ms', endpoint: 'GET /slow', limit: 200 })
    expect(breaches[0]?.actual).toBeGreaterThanOrEqual(300)
    console.log(`slow: ${JSON.stringify(breaches)}`)
  })

  it('errs (fails closed) on a locustfile that does not load', async () => {
    const server = await startServer()
    const workspace = createWorkspace({ 'locustfile.py': 'def broken(:\n    pass\n' })
    const result = await loadCheck(workspace, { host: server.url })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.stdout).toMatch(/does not load \(your locustfile\)/)
    expect(result.stdout).toContain('SyntaxError')
    expect(server.count()).toBe(0)
  })

  it('errs (not fail) when the host refuses every connection', async () => {
    const port = await findFreePort()
    const workspace = createWorkspace({ 'locustfile.py': TASKS })
    const result = await loadCheck(workspace, { host: `http://127.0.0.1:${port}` })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.stdout).toMatch(/failed to connect .*\(the host or the network\)/)
    expect(Number(result.outputs.requests)).toBeGreaterThan(0)
    expect(result.outputs.failures).toBe(result.outputs.requests)
  })

  it('errs when tags match no task: no requests, nothing to judge', async () => {
    const server = await startServer()
    const workspace = createWorkspace({ 'locustfile.py': TASKS })
    const result = await loadCheck(workspace, { host: server.url, tags: 'nothing-has-this' })
    expect(result.outputs.outcome).toBe('error')
    expect(result.stdout).toContain('made no requests')
    expect(server.count()).toBe(0)
  })

  it('kills a locust that does not stop at run-time + grace, and errs', async () => {
    const server = await startServer()
    const hang = `${TASKS}

import time

from locust import events


@events.test_stop.add_listener
def never_stop(**_kwargs):
    time.sleep(600)
`
    const workspace = createWorkspace({ 'locustfile.py': hang })
    const result = await loadCheck(workspace, { host: server.url, 'run-time': '2s' }, 40_000)
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.stdout).toContain('was still running 15 s after its run-time of 2s')
    // The kill reached the whole group: nothing is left sending requests.
    const after = server.count()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(server.count()).toBe(after)
  }, 45_000)
})
