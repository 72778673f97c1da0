import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import type { Socket } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runProcess, type ProcessResult } from './run-process.js'

export interface DockerOptions {
  cwd?: string
  input?: string
  /** Added to the daemon's `env` (and the test process's environment). */
  env?: Record<string, string>
  timeoutMs?: number
}

export interface DockerDaemon {
  /** `unix:///…/docker.sock`, the daemon's private socket. */
  host: string
  /**
   * What a client needs to reach this daemon and only this one: `DOCKER_HOST`, `DOCKER_CONFIG`
   * (an empty config in the temp dir: no credential helpers, no `~/.docker`), and `PATH` with
   * a private `bin/` first whose `docker` is the client chosen (see `client`).
   */
  env: Record<string, string>
  /** The docker client binary that `env.PATH` finds first. */
  client: string
  /** Runs the client against this daemon; a non-zero exit is returned, not thrown. */
  docker(args: string[], options?: DockerOptions): Promise<ProcessResult>
  /**
   * Removes every container and unused network (so no bridge stays on the host), stops dockerd
   * (SIGTERM, SIGKILL after a grace), which ends its containerd; ends any process still naming
   * the temp dir (containerd shims after a SIGKILL) and removes the temp dir.
   */
  stop(): Promise<void>
}

export interface StartDockerDaemonOptions {
  /** How long to wait for `docker version` to answer; default 30 s. */
  readyTimeoutMs?: number
  /**
   * The docker client. Default: Debian's `/usr/bin/docker` (the client of the same `docker.io`
   * package as dockerd), else the first `docker` on PATH.
   */
  client?: string
}

/** Where the `docker.io` package puts the client; `/usr/local/bin/docker` may shadow it. */
const DEBIAN_CLIENT = '/usr/bin/docker'
const LOG_TAIL = 4000
// Unix socket paths are limited to 108 bytes with the terminating NUL.
const SOCKET_PATH_LIMIT = 100

/**
 * Starts Debian's dockerd (package `docker.io`) as root on a private socket, with vfs storage,
 * no iptables and no default bridge, its data, state, pid file and containerd in a temp dir
 * under `os.tmpdir()` (prefix `release-actions-dockerd-`). 127.0.0.0/8 is an insecure registry
 * by default, so it pulls from startRegistry() over plain HTTP.
 */
export async function startDockerDaemon(
  options: StartDockerDaemonOptions = {}
): Promise<DockerDaemon> {
  if (process.getuid?.() !== 0) {
    throw new Error('startDockerDaemon() runs dockerd, which needs root.')
  }
  const dir = await makeTempDir()
  try {
    const socket = path.join(dir, 'docker.sock')
    const client = options.client ?? (existsSync(DEBIAN_CLIENT) ? DEBIAN_CLIENT : 'docker')
    const bin = path.join(dir, 'bin')
    const config = path.join(dir, 'config')
    await mkdir(bin)
    await mkdir(config)
    await writeFile(path.join(config, 'config.json'), '{}\n')
    await writeFile(path.join(dir, 'daemon.json'), '{}\n')
    if (client !== 'docker') symlinkSync(client, path.join(bin, 'docker'))
    const env = {
      DOCKER_HOST: `unix://${socket}`,
      DOCKER_CONFIG: config,
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`
    }
    const docker = (args: string[], dockerOptions: DockerOptions = {}) =>
      runProcess(client, args, {
        cwd: dockerOptions.cwd,
        input: dockerOptions.input,
        timeoutMs: dockerOptions.timeoutMs ?? 120_000,
        env: { ...process.env, ...env, ...dockerOptions.env }
      })

    const daemon = spawnDaemon(dir, socket)
    const watchdog = spawnWatchdog(daemon.pid, dir, client)
    // When this process ends, the watchdog's stdin closes and it cleans up; it also does on stop().
    const closeOnExit = (): void => void watchdog.stdin?.destroy()
    process.once('exit', closeOnExit)
    let stopped: Promise<void> | undefined
    const stop = (): Promise<void> => {
      stopped ??= (async () => {
        process.removeListener('exit', closeOnExit)
        const done = new Promise<void>((resolve) => watchdog.once('exit', () => resolve()))
        watchdog.stdin?.end()
        const timer = setTimeout(() => watchdog.kill('SIGKILL'), 60_000)
        await done
        clearTimeout(timer)
        // If the watchdog was killed, finish its work.
        killProcessesNaming(dir)
        await rm(dir, { recursive: true, force: true })
      })()
      return stopped
    }
    try {
      await waitUntilReady(docker, daemon, dir, options.readyTimeoutMs ?? 30_000)
    } catch (error) {
      await stop()
      throw error
    }
    return { host: env.DOCKER_HOST, env, client, docker, stop }
  } catch (error) {
    killProcessesNaming(dir)
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** True when `dockerd` can be started here: it is installed and we are root. */
export async function isDockerDaemonAvailable(): Promise<boolean> {
  if (process.getuid?.() !== 0) return false
  try {
    return (await runProcess('dockerd', ['--version'])).exitCode === 0
  } catch {
    return false
  }
}

/**
 * The compose command, as deploy.sh chooses it: `docker compose` (v2) when
 * `docker compose version` works, else `docker-compose` (v1). Throws naming the package.
 */
export async function findCompose(env: Record<string, string> = {}): Promise<string[]> {
  const fullEnv = { ...process.env, ...env }
  for (const command of [['docker', 'compose'], ['docker-compose']]) {
    try {
      const result = await runProcess(command[0]!, [...command.slice(1), 'version'], {
        env: fullEnv
      })
      if (result.exitCode === 0) return command
    } catch {
      // not installed: try the next
    }
  }
  throw new Error(
    'Neither `docker compose` nor `docker-compose` runs (apt-get install docker-compose).'
  )
}

async function makeTempDir(): Promise<string> {
  const prefix = 'release-actions-dockerd-'
  let dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  if (path.join(dir, 'docker.sock').length > SOCKET_PATH_LIMIT) {
    // A long TMPDIR: containerd's socket also lives in here, so fall back to a short path.
    await rm(dir, { recursive: true, force: true })
    dir = await mkdtemp(path.join('/tmp', prefix))
  }
  return dir
}

interface DaemonProcess {
  pid: number
  /** Why it ended, once it has. */
  exited: Promise<string>
}

function spawnDaemon(dir: string, socket: string): DaemonProcess {
  const log = path.join(dir, 'dockerd.log')
  const child = spawn(
    'sh',
    [
      '-c',
      'exec dockerd "$@" >"$0" 2>&1',
      log,
      '--config-file',
      path.join(dir, 'daemon.json'),
      '--storage-driver',
      'vfs',
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      '--data-root',
      path.join(dir, 'data'),
      '--exec-root',
      path.join(dir, 'exec'),
      '--pidfile',
      path.join(dir, 'docker.pid'),
      // How long a container gets to stop when dockerd shuts down (default 15 s).
      '--shutdown-timeout',
      '2',
      '-H',
      `unix://${socket}`
    ],
    // Its own process group: a Ctrl-C in the terminal reaches the watchdog's cleanup instead.
    { stdio: 'ignore', detached: true }
  )
  child.unref()
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`dockerd could not start: ${error.message}`))
    child.once('exit', (code, signal) =>
      resolve(
        code === 127
          ? 'dockerd is not installed (apt-get install docker.io)'
          : `dockerd exited (${signal ?? code})`
      )
    )
  })
  if (child.pid === undefined) throw new Error('dockerd could not start.')
  return { pid: child.pid, exited }
}

// The cleanup, run when our end of its stdin closes: on stop(), or when this process dies (also
// by SIGKILL, which never emits 'exit'). It removes containers and networks through the API
// first (a compose network is a bridge on the host that outlives dockerd), then stops dockerd,
// which stops its containerd, then ends whatever still names the dir and removes the dir.
const WATCHDOG_SCRIPT = `
read _
pid=$1 dir=$2 client=$3
export DOCKER_HOST="unix://$dir/docker.sock" DOCKER_CONFIG="$dir/config"
ids=$(timeout 20 "$client" ps -aq 2>/dev/null)
[ -z "$ids" ] || timeout 30 "$client" rm -f $ids >/dev/null 2>&1
timeout 20 "$client" network prune -f >/dev/null 2>&1
kill -TERM "$pid" 2>/dev/null
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 150 ]; do sleep 0.1; i=$((i + 1)); done
kill -KILL "$pid" 2>/dev/null
for proc in /proc/[0-9]*; do
  [ "\${proc#/proc/}" = "$$" ] && continue
  case $(tr '\\0' ' ' <"$proc/cmdline" 2>/dev/null) in
    *"$dir/"*) kill -KILL "\${proc#/proc/}" 2>/dev/null ;;
  esac
done
sleep 0.2
awk -v d="$dir/" 'index($5, d) == 1 { print $5 }' /proc/self/mountinfo | sort -r |
  while read -r mount; do umount -l "$mount" 2>/dev/null; done
rm -rf "$dir"
`

function spawnWatchdog(pid: number, dir: string, client: string): ChildProcess {
  const watchdog = spawn(
    'sh',
    ['-c', WATCHDOG_SCRIPT, 'docker-daemon-watchdog', String(pid), dir, client],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: true
    }
  )
  watchdog.on('error', () => {})
  watchdog.unref()
  ;(watchdog.stdin as Socket | null)?.unref()
  return watchdog
}

/** SIGKILLs every process whose command line names `dir` (dockerd, containerd, shims). */
function killProcessesNaming(dir: string): void {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ')
      if (cmdline.includes(`${dir}/`)) process.kill(Number(entry), 'SIGKILL')
    } catch {
      // gone already
    }
  }
}

async function waitUntilReady(
  docker: (args: string[], options?: DockerOptions) => Promise<ProcessResult>,
  daemon: DaemonProcess,
  dir: string,
  timeoutMs: number
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exitReason: string | undefined
  void daemon.exited.then((reason) => (exitReason = reason))
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (exitReason !== undefined) throw await daemonError(exitReason, dir)
    const result = await docker(['version', '--format', '{{.Server.Version}}'], {
      timeoutMs: 10_000
    }).catch((error: Error) => ({ exitCode: -1, stdout: '', stderr: error.message }))
    if (result.exitCode === 0) return
    last = result.stderr.trim() || `exit ${result.exitCode}`
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw await daemonError(`dockerd not ready after ${timeoutMs} ms (${last})`, dir)
}

async function daemonError(reason: string, dir: string): Promise<Error> {
  const log = await readFile(path.join(dir, 'dockerd.log'), 'utf8').catch(() => '')
  const tail = log.slice(-LOG_TAIL).trim()
  return new Error(tail ? `${reason}. Its log:\n${tail}` : `${reason}.`)
}
