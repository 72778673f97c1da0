import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LoopbackServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string
  port: number
  close(): Promise<void>
}

export interface StartLoopbackServerOptions {
  /**
   * The server closes itself after this long without a request, so a forgotten test server never
   * outlives its run. Idle, not total: a scenario file shares one server for longer than this on
   * a loaded machine, and closing it mid-file showed up as a refused connection.
   */
  lifetimeMs?: number
}

const DEFAULT_LIFETIME_MS = 10 * 60 * 1000

/** Starts an HTTP server on 127.0.0.1 on a free port; it never keeps the process alive. */
export async function startLoopbackServer(
  handler: http.RequestListener,
  options: StartLoopbackServerOptions = {}
): Promise<LoopbackServer> {
  const server = http.createServer((req, res) => {
    timer.refresh()
    handler(req, res)
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  server.unref()
  const { port } = server.address() as AddressInfo
  let closed: Promise<void> | undefined
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      clearTimeout(timer)
      server.closeAllConnections()
      server.close(() => resolve())
    })
    return closed
  }
  const timer = setTimeout(() => void close(), options.lifetimeMs ?? DEFAULT_LIFETIME_MS)
  timer.unref()
  return { url: `http://127.0.0.1:${port}`, port, close }
}

/** Reads a whole request body as text. */
export async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Finds a free TCP port on 127.0.0.1 (for servers we do not create ourselves, like the registry). */
export async function findFreePort(): Promise<number> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
