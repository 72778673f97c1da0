import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runProcess, type ProcessResult } from './run-process.js'

export type PodmanResult = ProcessResult

export interface PodmanOptions {
  cwd?: string
  /** Text written to podman's standard input (e.g. for `login --password-stdin`). */
  input?: string
}

export interface PodmanEnvironment {
  /** CONTAINERS_REGISTRIES_CONF, CONTAINERS_STORAGE_CONF, CONTAINERS_CONF and REGISTRY_AUTH_FILE. */
  env: Record<string, string>
  /** Runs podman in this sandbox; a non-zero exit is returned, not thrown. */
  podman(args: string[], options?: PodmanOptions): Promise<PodmanResult>
  /** Removes the sandbox's storage and configuration. */
  cleanup(): Promise<void>
}

export interface CreatePodmanEnvironmentOptions {
  /** `host:port` of registries reached over plain HTTP, such as startRegistry()'s `host`. */
  insecureRegistries?: string[]
}

/**
 * A podman sandbox: vfs storage, state and configuration in a temp dir, so tests neither share
 * nor pollute the machine's image store.
 *
 * Builds need `podman build --isolation chroot` here: the test machines (root, no Docker engine,
 * often inside a container themselves) cannot rely on the default OCI-runtime isolation.
 */
export async function createPodmanEnvironment(
  options: CreatePodmanEnvironmentOptions = {}
): Promise<PodmanEnvironment> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'release-actions-podman-'))
  const env = {
    CONTAINERS_REGISTRIES_CONF: path.join(dir, 'registries.conf'),
    CONTAINERS_STORAGE_CONF: path.join(dir, 'storage.conf'),
    CONTAINERS_CONF: path.join(dir, 'containers.conf'),
    // Logins go here, not to the machine's /run/containers/0/auth.json.
    REGISTRY_AUTH_FILE: path.join(dir, 'auth.json')
  }
  await writeFile(env.CONTAINERS_REGISTRIES_CONF, renderRegistriesConf(options))
  await writeFile(env.CONTAINERS_STORAGE_CONF, renderStorageConf(dir))
  await writeFile(env.CONTAINERS_CONF, renderContainersConf(dir))
  await writeFile(env.REGISTRY_AUTH_FILE, '{}\n')
  return {
    env,
    podman: (args, podmanOptions = {}) => runPodman(args, env, podmanOptions),
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}

/** True when a `podman` executable runs. */
export async function isPodmanAvailable(): Promise<boolean> {
  try {
    return (await runPodman(['--version'], {}, {})).exitCode === 0
  } catch {
    return false
  }
}

function renderRegistriesConf(options: CreatePodmanEnvironmentOptions): string {
  const lines = ['unqualified-search-registries = []']
  for (const host of options.insecureRegistries ?? []) {
    lines.push('', '[[registry]]', `location = ${JSON.stringify(host)}`, 'insecure = true')
  }
  return lines.join('\n') + '\n'
}

function renderStorageConf(dir: string): string {
  return [
    '[storage]',
    'driver = "vfs"',
    `graphroot = ${JSON.stringify(path.join(dir, 'storage'))}`,
    `runroot = ${JSON.stringify(path.join(dir, 'run'))}`,
    ''
  ].join('\n')
}

// Keeps podman's runtime state (default /run/libpod) and event log out of the machine's.
function renderContainersConf(dir: string): string {
  return [
    '[engine]',
    `tmp_dir = ${JSON.stringify(path.join(dir, 'tmp'))}`,
    'events_logger = "none"',
    'cgroup_manager = "cgroupfs"',
    ''
  ].join('\n')
}

async function runPodman(
  args: string[],
  env: Record<string, string>,
  options: PodmanOptions
): Promise<PodmanResult> {
  try {
    return await runProcess('podman', args, { ...options, env: { ...process.env, ...env } })
  } catch (error) {
    if (/not installed/.test(String(error))) {
      throw new Error('podman is not installed (apt-get install podman).')
    }
    throw error
  }
}
