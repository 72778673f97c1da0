import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitRepo, type GitRepo } from '../../../test/harness/git-repo.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../../../test/harness/podman.js'
import { startRegistry, type Registry } from '../../../test/harness/registry.js'
import { runAction, type RunActionOptions } from '../../../test/harness/run-action.js'
import { runProcess } from '../../../test/harness/run-process.js'

const auth = { username: 'ci-bot', password: 'Pa55-w0rd-only-in-runner-temp' }

let registry: Registry
let sandbox: PodmanEnvironment
let runtimeDir: string
const repos: GitRepo[] = []

beforeAll(async () => {
  registry = await startRegistry({ auth })
  sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
  // Without REGISTRY_AUTH_FILE, podman's login goes to $XDG_RUNTIME_DIR/containers/auth.json
  // (as root without it: /run/containers/0/auth.json): a temp dir, not the machine's.
  runtimeDir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-xdg-runtime-'))
})
afterAll(async () => {
  await registry?.stop()
  await sandbox?.cleanup()
  if (runtimeDir) rmSync(runtimeDir, { recursive: true, force: true })
})
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()))
})

/** Podman's sandbox as a workflow step has it: its default login file, no REGISTRY_AUTH_FILE. */
function podmanEnv(): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(sandbox.env).filter(([name]) => name !== 'REGISTRY_AUTH_FILE')
  )
  return { ...env, XDG_RUNTIME_DIR: runtimeDir, BUILDAH_ISOLATION: 'chroot' }
}

async function pushBeta(options: Partial<RunActionOptions>) {
  const repo = await createGitRepo()
  repos.push(repo)
  await repo.commit({
    message: 'feat: beta',
    files: {
      'operators/beta/Dockerfile': 'FROM scratch\nCOPY app.txt /app.txt\n',
      'operators/beta/app.txt': `beta ${Math.random()}\n`
    }
  })
  return runAction('docker-push-operators', {
    inputs: {
      registry: registry.host,
      namespace: 'team',
      engine: 'podman',
      'changed-only': 'false',
      ...auth
    },
    workspace: repo.dir,
    sha: await repo.head(),
    env: { ...podmanEnv(), HOME: repo.root },
    timeoutMs: 120_000,
    ...options
  })
}

/** `auth.json` files in login folders under RUNNER_TEMP. */
function findAuthFiles(runnerTemp: string): string[] {
  return readdirSync(runnerTemp)
    .filter((name) => name.startsWith('docker-push-operators-auth-'))
    .map((name) => path.join(runnerTemp, name, 'auth.json'))
    .filter((file) => existsSync(file))
}

/** Whom podman sees logged in to the registry (by default, or in `authFile`); '' for nobody. */
async function readLogin(authFile?: string): Promise<string> {
  const result = await runProcess('podman', ['login', '--get-login', registry.host], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: runtimeDir,
      ...podmanEnv(),
      ...(authFile ? { REGISTRY_AUTH_FILE: authFile } : {})
    }
  })
  return result.exitCode === 0 ? result.stdout.trim() : ''
}

function readDefaultAuthFile(): Record<string, unknown> {
  const file = path.join(runtimeDir, 'containers', 'auth.json')
  if (!existsSync(file)) return {}
  return (JSON.parse(readFileSync(file, 'utf8')) as { auths?: Record<string, unknown> }).auths ?? {}
}

describe('docker-push-operators keeps the registry login in RUNNER_TEMP', () => {
  it('a run that ends: logged in only in its own 0700 folder, which is gone when main ends', async () => {
    const seen = new Map<string, number>()
    const left: Record<string, string[]> = {}
    const result = await pushBeta({
      // Never kills: looks at RUNNER_TEMP every 10 ms while main runs.
      killMain: {
        when: ({ runnerTemp }) => {
          for (const file of findAuthFiles(runnerTemp))
            seen.set(file, statSync(path.dirname(file)).mode & 0o777)
          return false
        }
      },
      onStepEnd: (step, { runnerTemp }) => {
        left[step] = readdirSync(runnerTemp)
      }
    })
    expect(result.commands.filter((c) => c.command === 'error')).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.cancelled).toBe(false)
    expect(await registry.listTags('team/beta')).toEqual(expect.arrayContaining(['dev']))
    expect([...seen.values()]).toEqual([0o700])
    expect(left).toEqual({ main: [], post: [] })
    expect(result.post?.exitCode).toBe(0)
    expect(result.post?.stdout).toContain(
      `The registry login was removed already: ${path.dirname([...seen.keys()][0] ?? '')}`
    )
    expect(await readLogin()).toBe('')
    expect(readDefaultAuthFile()).not.toHaveProperty([registry.host])
    expect(result.findLeaks([auth.password])).toEqual([])
  })

  it('a run killed right after login leaves the login, and the post step removes it', async () => {
    const left: Record<string, string[]> = {}
    let loginLeft = ''
    const result = await pushBeta({
      killMain: { when: ({ runnerTemp }) => findAuthFiles(runnerTemp).length > 0 },
      onStepEnd: async (step, { runnerTemp }) => {
        left[step] = findAuthFiles(runnerTemp)
        const [file] = left[step]
        if (step === 'main' && file) loginLeft = await readLogin(file)
      }
    })
    expect(result.cancelled).toBe(true)
    expect(result.exitCode).toBe(137)
    expect(left.main).toHaveLength(1)
    expect(loginLeft).toBe(auth.username)
    expect(result.post?.exitCode).toBe(0)
    expect(result.post?.stdout).toContain(
      `Removed the registry login: ${path.dirname(left.main?.[0] ?? '')}`
    )
    expect(left.post).toEqual([])
    expect(await readLogin()).toBe('')
    expect(readDefaultAuthFile()).not.toHaveProperty([registry.host])
    expect(result.findLeaks([auth.password])).toEqual([])
  })
})
