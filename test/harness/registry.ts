import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import bcrypt from 'bcryptjs'
import { findFreePort } from './loopback-server.js'

export interface Registry {
  /** `127.0.0.1:PORT`, the registry part of an image name. */
  host: string
  /** `http://127.0.0.1:PORT` */
  url: string
  stop(): Promise<void>
  /** The `Docker-Content-Digest` of the manifest (or index) that `name:tag` points to. */
  readManifestDigest(name: string, tag: string): Promise<string>
  /** Tags of a repository; empty when the registry does not know the repository. */
  listTags(name: string): Promise<string[]>
  /** The image config JSON of `name:tag` (for an index: of its first platform image). */
  readConfig(name: string, tag: string): Promise<ImageConfig>
  /** Every request the registry answered so far, from its access log, oldest first. */
  requests(): RegistryRequest[]
}

export interface RegistryRequest {
  method: string
  path: string
  status: number
}

export interface ImageConfig {
  architecture?: string
  os?: string
  config?: { Labels?: Record<string, string> | null; [key: string]: unknown }
  [key: string]: unknown
}

export interface StartRegistryOptions {
  /** How long to wait for `GET /v2/` to answer. */
  readyTimeoutMs?: number
  /** Require this login (htpasswd, HTTP basic auth), as a private registry does. */
  auth?: { username: string; password: string }
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')

type Fetch = (url: string, init?: RequestInit) => Promise<Response>

const STDERR_LIMIT = 8192
const IDENTITY_HEADER = 'X-Test-Registry-Id'

/** Starts Debian's `docker-registry` on a free loopback port, with its storage in a temp dir. */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<Registry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'release-actions-registry-'))
  try {
    const auth =
      options.auth &&
      `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`
    const htpasswd = options.auth && (await writeHtpasswd(dir, options.auth))
    const { port, server } = await launchRegistry(dir, options.readyTimeoutMs ?? 15_000, htpasswd)
    const url = `http://127.0.0.1:${port}`
    const get: Fetch = (target, init = {}) =>
      fetch(target, {
        ...init,
        headers: { ...(init.headers as object), ...(auth ? { authorization: auth } : {}) }
      })
    let stopped: Promise<void> | undefined
    const stop = (): Promise<void> => {
      stopped ??= server.stop().then(() => rm(dir, { recursive: true, force: true }))
      return stopped
    }
    return {
      host: `127.0.0.1:${port}`,
      url,
      stop,
      readManifestDigest: (name, tag) => readManifestDigest(get, url, name, tag),
      listTags: (name) => listTags(get, url, name),
      readConfig: (name, tag) => readConfig(get, url, name, tag),
      requests: () => server.requests()
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

// findFreePort() releases the port before the registry binds it, so another process may take it:
// retry on "address already in use", and only trust a /v2/ answer that carries our identity header.
async function launchRegistry(dir: string, readyTimeoutMs: number, htpasswd: string | undefined) {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort()
    const configPath = path.join(dir, 'config.yml')
    const identity = randomUUID()
    await writeFile(configPath, renderConfig(path.join(dir, 'data'), port, identity, htpasswd))
    const server = spawnRegistry(configPath, dir)
    try {
      await waitUntilReady(`http://127.0.0.1:${port}`, identity, server, readyTimeoutMs)
      return { port, server }
    } catch (error) {
      await server.stop()
      if (attempt >= 3 || !server.stderr().includes('address already in use')) throw error
    }
  }
}

function renderConfig(
  rootDirectory: string,
  port: number,
  identity: string,
  htpasswd: string | undefined
): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(rootDirectory)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${JSON.stringify(identity)}`,
    '  headers:',
    `    ${IDENTITY_HEADER}: [${JSON.stringify(identity)}]`,
    ...(htpasswd
      ? [
          'auth:',
          '  htpasswd:',
          '    realm: test-registry',
          `    path: ${JSON.stringify(htpasswd)}`
        ]
      : []),
    ''
  ].join('\n')
}

interface RegistryProcess {
  stderr(): string
  requests(): RegistryRequest[]
  exited: Promise<string>
  stop(): Promise<void>
}

function spawnRegistry(configPath: string, dir: string): RegistryProcess {
  const child = spawn('docker-registry', ['serve', configPath], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // The access log (combined format) goes to stdout: one line per answered request.
  const requests: RegistryRequest[] = []
  let partial = ''
  child.stdout?.setEncoding('utf8')
  child.stdout?.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      const match = /"([A-Z]+) (\S+) HTTP\/[\d.]+" (\d{3})/.exec(line)
      if (match) requests.push({ method: match[1]!, path: match[2]!, status: Number(match[3]) })
    }
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_LIMIT)
  })
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'ENOENT'
          ? 'docker-registry is not installed (apt-get install docker-registry)'
          : `docker-registry could not start: ${error.message}`
      )
    )
    child.once('exit', (code, signal) => resolve(`docker-registry exited (${signal ?? code})`))
  })
  const watchdog = child.pid === undefined ? undefined : spawnWatchdog(child.pid, dir)
  const killOnExit = (): void => {
    child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', killOnExit)
  child.unref()
  ;(child.stderr as Socket | null)?.unref()
  ;(child.stdout as Socket | null)?.unref()
  return {
    stderr: () => stderr.trim(),
    requests: () => [...requests],
    exited,
    stop: async () => {
      process.removeListener('exit', killOnExit)
      watchdog?.kill('SIGKILL')
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
        await exited
        clearTimeout(timer)
      }
    }
  }
}

// A test worker killed by a signal never emits 'exit'. This shell holds the read end of a pipe
// from us: when we die the pipe closes, `read` returns, and it kills the registry and removes
// its storage. stop() kills the watchdog first, so this only runs when we die.
const WATCHDOG_SCRIPT = 'read _; kill "$0" 2>/dev/null; sleep 1; rm -rf "$1"'

function spawnWatchdog(pid: number, dir: string): ChildProcess {
  const watchdog = spawn('sh', ['-c', WATCHDOG_SCRIPT, String(pid), dir], {
    stdio: ['pipe', 'ignore', 'ignore']
  })
  watchdog.on('error', () => {})
  watchdog.unref()
  ;(watchdog.stdin as Socket | null)?.unref()
  return watchdog
}

async function waitUntilReady(
  url: string,
  identity: string,
  server: RegistryProcess,
  timeoutMs: number
) {
  const deadline = Date.now() + timeoutMs
  let exitReason: string | undefined
  void server.exited.then((reason) => (exitReason = reason))
  let lastError = 'no answer'
  while (Date.now() < deadline) {
    if (exitReason !== undefined) throw registryError(exitReason, server)
    try {
      const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) })
      await response.arrayBuffer()
      const ours = response.headers.get(IDENTITY_HEADER) === identity
      // With a login required, /v2/ answers 401 once it is up.
      if ((response.status === 200 || response.status === 401) && ours) return
      lastError = ours ? `GET /v2/ answered ${response.status}` : `another server is on ${url}`
    } catch (error) {
      lastError = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw registryError(`docker-registry not ready after ${timeoutMs} ms (${lastError})`, server)
}

function registryError(reason: string, server: RegistryProcess): Error {
  const stderr = server.stderr()
  return new Error(stderr ? `${reason}. Its stderr:\n${stderr}` : `${reason}.`)
}

async function readManifestDigest(
  get: Fetch,
  url: string,
  name: string,
  tag: string
): Promise<string> {
  const response = await fetchManifest(get, url, name, tag, 'HEAD')
  const digest = response.headers.get('docker-content-digest')
  if (!digest) throw new Error(`No Docker-Content-Digest header for ${name}:${tag}.`)
  return digest
}

async function listTags(get: Fetch, url: string, name: string): Promise<string[]> {
  const response = await get(`${url}/v2/${name}/tags/list`)
  if (response.status === 404) {
    await response.arrayBuffer()
    return []
  }
  if (!response.ok) throw new Error(`GET tags of ${name} answered ${response.status}.`)
  const body = (await response.json()) as { tags?: string[] | null }
  return body.tags ?? []
}

interface Manifest {
  mediaType?: string
  config?: { digest: string }
  manifests?: { digest: string; platform?: { os?: string } }[]
}

async function readConfig(
  get: Fetch,
  url: string,
  name: string,
  tag: string
): Promise<ImageConfig> {
  let manifest = (await (await fetchManifest(get, url, name, tag, 'GET')).json()) as Manifest
  if (manifest.manifests) {
    // Skip attestation entries (platform os "unknown") that buildx adds to indexes.
    const image = manifest.manifests.find((entry) => entry.platform?.os !== 'unknown')
    if (!image) throw new Error(`Index ${name}:${tag} has no image manifest.`)
    manifest = (await (await fetchManifest(get, url, name, image.digest, 'GET')).json()) as Manifest
  }
  if (!manifest.config) throw new Error(`Manifest of ${name}:${tag} has no config.`)
  const response = await get(`${url}/v2/${name}/blobs/${manifest.config.digest}`)
  if (!response.ok)
    throw new Error(`GET config blob of ${name}:${tag} answered ${response.status}.`)
  return (await response.json()) as ImageConfig
}

async function fetchManifest(
  get: Fetch,
  url: string,
  name: string,
  reference: string,
  method: string
) {
  const response = await get(`${url}/v2/${name}/manifests/${reference}`, {
    method,
    headers: { accept: MANIFEST_TYPES }
  })
  if (!response.ok) {
    await response.arrayBuffer()
    throw new Error(`${method} manifest ${name}:${reference} answered ${response.status}.`)
  }
  return response
}

async function writeHtpasswd(
  dir: string,
  auth: { username: string; password: string }
): Promise<string> {
  const file = path.join(dir, 'htpasswd')
  // The registry reads only bcrypt entries.
  await writeFile(file, `${auth.username}:${bcrypt.hashSync(auth.password, 6)}\n`)
  return file
}
