import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError, errorMessage } from '../../../src/lib/errors.js'
import type { CommandRunner } from '../../../src/lib/exec.js'
import { buildLoginArgv } from './engine-argv.js'
import type { DockerPushInputs } from './inputs.js'

/** The state naming the login folder, for the post step to remove. */
export const AUTH_DIR_STATE = 'registry-auth-dir'
export const AUTH_DIR_PREFIX = 'docker-push-operators-auth-'

export interface RegistryAuth {
  /** What every engine command runs with, so that it finds this login and only it. */
  env: Record<string, string>
  /** The private folder holding the login; undefined when the user logged in already. */
  dir: string | undefined
}

export interface RegistryAuthContext {
  run: CommandRunner
  /** RUNNER_TEMP (else the system's temp dir): where the login folder goes. */
  tempDir: string
  /** The user's docker config folder (`$DOCKER_CONFIG`, else `~/.docker`). */
  dockerConfigDir: string
  /** podman's login file (`$REGISTRY_AUTH_FILE`, else under `$XDG_RUNTIME_DIR`). */
  podmanAuthFile: string
  saveState: (name: string, value: string) => void
  log: (message: string) => void
}

type AuthInputs = Pick<DockerPushInputs, 'engine' | 'registry' | 'username' | 'password'>

// docker/setup-buildx-action's builders live under buildx/, the buildx plugin may be in cli-plugins/.
const SHARED_DOCKER_DIRS = ['buildx', 'cli-plugins']

/**
 * Logs in with `username` into a private folder under `tempDir`, so that a job killed before the
 * end leaves no credentials in the engine's default config; the post step removes the folder.
 */
export async function openRegistryAuth(
  inputs: AuthInputs,
  context: RegistryAuthContext
): Promise<RegistryAuth> {
  if (!inputs.username) return { env: {}, dir: undefined }
  // mkdtemp makes the folder 0700.
  const dir = mkdtempSync(path.join(context.tempDir, AUTH_DIR_PREFIX))
  // Before any credential is in it: the runner keeps state saved up to the moment it kills a step.
  context.saveState(AUTH_DIR_STATE, dir)
  const auth = {
    dir,
    env:
      inputs.engine === 'podman'
        ? createPodmanAuthFile(dir, context.podmanAuthFile)
        : createDockerConfig(dir, context.dockerConfigDir)
  }
  try {
    await login(inputs, context.run, auth.env)
  } catch (error) {
    removeAuthDir(dir)
    throw error
  }
  return auth
}

/** Logs out and removes the login folder; never throws, so the run's own result stands. */
export async function closeRegistryAuth(
  auth: RegistryAuth,
  inputs: AuthInputs,
  context: Pick<RegistryAuthContext, 'run' | 'log'>
): Promise<void> {
  if (!auth.dir) return
  try {
    // Removing the folder is the logout; this one also reaches a credential helper docker may use.
    await context.run(inputs.engine, ['logout', inputs.registry], {
      env: auth.env,
      allowFailure: true,
      silent: true
    })
    removeAuthDir(auth.dir)
  } catch (error) {
    context.log(`Could not remove the registry login in ${auth.dir}: ${errorMessage(error)}`)
  }
}

/** Removes a login folder (its symlinks, never what they point to); false when it was gone. */
export function removeAuthDir(dir: string): boolean {
  const existed = existsSync(dir)
  rmSync(dir, { recursive: true, force: true })
  return existed
}

// Logins made before this step (a base image's registry) are copied in, so builds still see them;
// the copies go with the folder, the originals stay as they were.
function createDockerConfig(dir: string, userDir: string): Record<string, string> {
  for (const name of SHARED_DOCKER_DIRS) {
    const shared = path.resolve(userDir, name)
    if (existsSync(shared)) symlinkSync(shared, path.join(dir, name))
  }
  copyIfPresent(path.join(userDir, 'config.json'), path.join(dir, 'config.json'))
  return { DOCKER_CONFIG: dir }
}

function createPodmanAuthFile(dir: string, userFile: string): Record<string, string> {
  const file = path.join(dir, 'auth.json')
  copyIfPresent(userFile, file)
  return { REGISTRY_AUTH_FILE: file }
}

function copyIfPresent(from: string, to: string): void {
  if (existsSync(from)) copyFileSync(from, to)
}

async function login(inputs: AuthInputs, run: CommandRunner, env: Record<string, string>) {
  const result = await run(inputs.engine, buildLoginArgv(inputs.registry, inputs.username), {
    env,
    input: inputs.password,
    allowFailure: true,
    silent: true
  })
  if (result.exitCode !== 0) {
    throw new ConfigurationError(
      `Login to ${inputs.registry} as ${inputs.username} failed: ${result.stderr.trim().split('\n').pop() ?? ''}`,
      'Check the username and password (a token with push rights), and the registry name.'
    )
  }
}
