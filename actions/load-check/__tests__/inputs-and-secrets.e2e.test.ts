import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startLoopbackServer } from '../../../test/harness/loopback-server.js'
import { runAction } from '../../../test/harness/run-action.js'

const LOCUST_PATH = `/usr/bin:${process.env.PATH ?? '/bin'}`
const TASKS = `from locust import HttpUser, constant, task


class Visitor(HttpUser):
    wait_time = constant(0.05)

    @task
    def index(self):
        self.client.get("/health")
`

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startServer() {
  const seen: string[] = []
  const server = await startLoopbackServer(
    (req, res) => {
      seen.push(`${req.url} ${req.headers.authorization ?? ''}`)
      res.end('ok')
    },
    { lifetimeMs: 120_000 }
  )
  cleanups.push(() => server.close())
  return { ...server, seen }
}

function createWorkspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-load-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(path.join(dir, 'locustfile.py'), TASKS)
  return dir
}

function loadCheck(workspace: string, inputs: Record<string, string>) {
  return runAction('load-check', {
    inputs: {
      'install-tools': 'false',
      users: '2',
      'spawn-rate': '2',
      'run-time': '2s',
      ...inputs
    },
    workspace,
    env: { PATH: LOCUST_PATH }
  })
}

describe('load-check refuses bad inputs before anything runs', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['users: lots', { users: 'lots' }, /Input "users" is "lots"; accepted: a whole number/],
    [
      'max-failure-ratio: 2',
      { 'max-failure-ratio': '2' },
      /Input "max-failure-ratio" is "2"; accepted: a number from 0 to 1/
    ],
    ['run-time: soon', { 'run-time': 'soon' }, /Input "run-time" is "soon"; accepted: a duration/],
    ['a host without a scheme', { host: '127.0.0.1:1' }, /Input "host" .*has no scheme/],
    ['an ftp host', { host: 'ftp://127.0.0.1/' }, /Input "host" .*scheme is ftp/],
    [
      'a missing locustfile',
      { locustfile: 'nowhere.py' },
      /Input "locustfile" is "nowhere.py", which does not exist/
    ],
    [
      'users 5000 without allow-heavy',
      { users: '5000' },
      /Input "users" is "5000"; accepted: a whole number from 1 to 1000 \(more with allow-heavy: true\)/
    ],
    [
      'a tag that reads as an option',
      { tags: 'smoke,--web-port' },
      /Input "tags" has "--web-port"/
    ],
    [
      'run-time 31m without allow-heavy',
      { 'run-time': '31m' },
      /at most 30m \(more with allow-heavy/
    ],
    ['a bad latency line', { 'max-p95-ms': '/slow=fast' }, /Input "max-p95-ms" has "\/slow=fast"/]
  ]
  it.each(cases)('%s', async (_, inputs, message) => {
    const server = await startServer()
    const workspace = createWorkspace()
    const result = await loadCheck(workspace, { host: server.url, ...inputs })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message)
    expect(errors.join('\n')).toMatch(message)
    expect(server.seen).toHaveLength(0)
    expect(existsSync(path.join(workspace, 'load-check.json'))).toBe(false)
  })
})

describe('load-check keeps the host secret', () => {
  it('a password and a query token appear in no output, report or summary', async () => {
    const server = await startServer()
    const workspace = createWorkspace()
    const password = 'pw-Secret-4711'
    const token = 'tok-Secret-0815'
    const host = `http://tester:${password}@127.0.0.1:${server.port}?key=${token}`
    const result = await loadCheck(workspace, { host, 'max-failure-ratio': '1' })
    const report = readFileSync(path.join(workspace, 'load-check.json'), 'utf8')
    // Locust did reach the server with them (so they were in play), and the check judged.
    expect(server.seen.length).toBeGreaterThan(0)
    expect(server.seen.some((line) => line.includes(token))).toBe(true)
    expect(result.outputs.outcome).toBe('pass')
    expect(result.findLeaks([password, token, 'tester'])).toEqual([])
    expect(report).not.toContain(password)
    expect(report).not.toContain(token)
    expect(report).toContain('http://***:***@127.0.0.1')
    expect(result.summary).toContain('key=***')
    // Masked for the runner's log before anything else was printed.
    const masks = result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)
    expect(masks).toEqual(expect.arrayContaining([password, token, 'tester']))
    console.log(`secret host: ${server.seen.length} requests, endpoints in report masked`)
  })
})

describe('load-check dry run', () => {
  it('imports the locustfile, prints the command and sends nothing', async () => {
    const server = await startServer()
    const workspace = createWorkspace()
    const result = await loadCheck(workspace, { host: server.url, 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('pass')
    expect(result.outputs.requests).toBe('')
    expect(result.stdout).toMatch(/Would run: LOCUST_HOST=http:\/\/127\.0\.0\.1:\d+ \S*locust -f/)
    expect(result.stdout).toContain('--headless -u 2 -r 2 -t 2s')
    expect(result.summary).toContain('Dry run: nothing was sent')
    expect(server.seen).toHaveLength(0)
  })

  it('errs on a locustfile that does not load, still sending nothing', async () => {
    const server = await startServer()
    const workspace = createWorkspace()
    writeFileSync(path.join(workspace, 'locustfile.py'), 'import no_such_module_here\n')
    const result = await loadCheck(workspace, { host: server.url, 'dry-run': 'true' })
    expect(result.exitCode).toBe(1)
    expect(result.outputs.outcome).toBe('error')
    expect(result.stdout).toContain('ModuleNotFoundError')
    expect(server.seen).toHaveLength(0)
  })
})
