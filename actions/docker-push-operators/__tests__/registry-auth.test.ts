import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { CommandRunner, RunCommandOptions } from '../../../src/lib/exec.js'
import type { Engine } from '../src/inputs.js'
import { runPost } from '../src/post.js'
import {
  AUTH_DIR_STATE,
  closeRegistryAuth,
  openRegistryAuth,
  removeAuthDir
} from '../src/registry-auth.js'

const root = mkdtempSync(path.join(os.tmpdir(), 'release-actions-registry-auth-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const PASSWORD = 'Pa55-never-in-argv'
const login = (engine: Engine, username = 'ci-bot') => ({
  engine,
  registry: 'registry.example:5000',
  username,
  password: username ? PASSWORD : ''
})

interface Call {
  command: string
  args: string[]
  options: RunCommandOptions
}

/** A runner that records every call (and what the temp dir held then), answering `exitCode`. */
function setUp(name: string, exitCode = 0) {
  const base = path.join(root, name)
  const tempDir = path.join(base, 'runner-temp')
  const dockerConfigDir = path.join(base, 'home', '.docker')
  mkdirSync(tempDir, { recursive: true })
  mkdirSync(dockerConfigDir, { recursive: true })
  const events: string[] = []
  const calls: Call[] = []
  const run: CommandRunner = async (command, args, options = {}) => {
    events.push(`run ${command} ${args[0]}`)
    calls.push({ command, args, options })
    return { exitCode, stdout: '', stderr: exitCode ? 'Error: 401 Unauthorized' : '' }
  }
  const podmanAuthFile = path.join(base, 'xdg', 'containers', 'auth.json')
  const context = {
    run,
    tempDir,
    dockerConfigDir,
    podmanAuthFile,
    saveState: (key: string, value: string) => {
      events.push(`saveState ${key}`)
      // The post step must find the folder even when main dies right after this.
      expect(existsSync(value)).toBe(true)
      expect(readdirSync(value)).toEqual([])
    },
    log: (message: string) => events.push(`log ${message}`)
  }
  const authDirs = () => readdirSync(tempDir).filter((f) => f.startsWith('docker-push-operators-'))
  return { context, events, calls, dockerConfigDir, podmanAuthFile, tempDir, authDirs }
}

describe('openRegistryAuth', () => {
  it.each<[string, Engine, string[], (dir: string) => Record<string, string>, string[]]>([
    [
      'docker, with buildx builders and CLI plugins: both linked',
      'docker',
      ['buildx', 'cli-plugins'],
      (dir) => ({ DOCKER_CONFIG: dir }),
      ['buildx', 'cli-plugins']
    ],
    [
      'docker, with only buildx: only it linked',
      'docker',
      ['buildx'],
      (dir) => ({ DOCKER_CONFIG: dir }),
      ['buildx']
    ],
    [
      'docker, with no docker config: an empty folder',
      'docker',
      [],
      (dir) => ({ DOCKER_CONFIG: dir }),
      []
    ],
    [
      'podman: an auth file in the folder, nothing linked',
      'podman',
      ['buildx', 'cli-plugins'],
      (dir) => ({ REGISTRY_AUTH_FILE: path.join(dir, 'auth.json') }),
      []
    ]
  ])('%s', async (name, engine, userDirs, expectedEnv, linked) => {
    const { context, events, calls, dockerConfigDir, tempDir, authDirs } = setUp(name)
    for (const dir of userDirs) mkdirSync(path.join(dockerConfigDir, dir))

    const auth = await openRegistryAuth(login(engine), context)

    expect(authDirs()).toHaveLength(1)
    const dir = path.join(tempDir, authDirs()[0] ?? '')
    expect(auth).toEqual({ dir, env: expectedEnv(dir) })
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(readdirSync(dir).sort()).toEqual(linked)
    for (const entry of linked) {
      expect(lstatSync(path.join(dir, entry)).isSymbolicLink()).toBe(true)
      expect(readlinkSync(path.join(dir, entry))).toBe(path.join(dockerConfigDir, entry))
    }
    expect(events).toEqual([`saveState ${AUTH_DIR_STATE}`, `run ${engine} login`])
    expect(calls).toEqual([
      {
        command: engine,
        args: ['login', '--username', 'ci-bot', '--password-stdin', 'registry.example:5000'],
        options: { env: auth.env, input: PASSWORD, allowFailure: true, silent: true }
      }
    ])
  })

  it.each<[Engine, string]>([
    ['docker', 'config.json'],
    ['podman', 'auth.json']
  ])(
    '%s: logins made before the step are copied in, the original left as it was',
    async (engine, file) => {
      const { context, dockerConfigDir, podmanAuthFile } = setUp(`carry-${engine}`)
      const earlier = '{"auths":{"base.example":{"auth":"YmFzZTpzZWNyZXQ="}}}'
      const original =
        engine === 'docker' ? path.join(dockerConfigDir, 'config.json') : podmanAuthFile
      mkdirSync(path.dirname(original), { recursive: true })
      writeFileSync(original, earlier)
      const auth = await openRegistryAuth(login(engine), context)
      expect(readFileSync(path.join(auth.dir!, file), 'utf8')).toBe(earlier)
      await closeRegistryAuth(auth, login(engine), context)
      expect(existsSync(auth.dir!)).toBe(false)
      expect(readFileSync(original, 'utf8')).toBe(earlier)
    }
  )

  it.each<Engine>(['docker', 'podman'])(
    '%s without a username: no folder, no login, an empty env',
    async (engine) => {
      const { context, events, authDirs } = setUp(`anonymous-${engine}`)
      expect(await openRegistryAuth(login(engine, ''), context)).toEqual({
        env: {},
        dir: undefined
      })
      expect(events).toEqual([])
      expect(authDirs()).toEqual([])
    }
  )

  it('a refused login fails with the reason, not the password, and leaves no folder', async () => {
    const { context, authDirs } = setUp('refused', 1)
    const attempt = openRegistryAuth(login('podman'), context)
    await expect(attempt).rejects.toThrow(
      'Login to registry.example:5000 as ci-bot failed: Error: 401 Unauthorized'
    )
    await expect(attempt).rejects.not.toThrow(PASSWORD)
    expect(authDirs()).toEqual([])
  })
})

describe('closeRegistryAuth and the post step', () => {
  let setup: ReturnType<typeof setUp>
  let n = 0
  beforeEach(() => {
    setup = setUp(`close-${++n}`)
    mkdirSync(path.join(setup.dockerConfigDir, 'buildx', 'instances'), { recursive: true })
    writeFileSync(path.join(setup.dockerConfigDir, 'buildx', 'current'), 'builder-1')
  })

  it('closing logs out with the login env and removes the folder, not the linked builders', async () => {
    const auth = await openRegistryAuth(login('docker'), setup.context)
    writeFileSync(path.join(auth.dir ?? '', 'config.json'), '{"auths":{"x":{"auth":"c2VjcmV0"}}}')
    await closeRegistryAuth(auth, login('docker'), setup.context)
    expect(setup.calls.at(-1)).toMatchObject({
      command: 'docker',
      args: ['logout', 'registry.example:5000'],
      options: { env: auth.env }
    })
    expect(setup.authDirs()).toEqual([])
    expect(readdirSync(path.join(setup.dockerConfigDir, 'buildx')).sort()).toEqual([
      'current',
      'instances'
    ])
  })

  it('closing without a login folder runs nothing', async () => {
    await closeRegistryAuth({ env: {}, dir: undefined }, login('docker', ''), setup.context)
    expect(setup.calls).toEqual([])
  })

  it.each<[string, boolean, string | undefined]>([
    ['the folder is there: removed, one line', true, 'Removed the registry login: '],
    [
      'main removed it already: one line, no failure',
      false,
      'The registry login was removed already: '
    ],
    ['no login was made: nothing to say', false, undefined]
  ])('post: %s', async (_name, present, line) => {
    const auth = await openRegistryAuth(login('docker'), setup.context)
    const dir = auth.dir ?? ''
    writeFileSync(path.join(dir, 'config.json'), '{}')
    if (!present) removeAuthDir(dir)
    const state: Record<string, string> = line ? { [AUTH_DIR_STATE]: dir } : {}
    const info: string[] = []
    const warnings: string[] = []
    runPost({
      getState: (name) => state[name] ?? '',
      saveState: () => undefined,
      info: (message) => info.push(message),
      warning: (message) => warnings.push(message)
    })
    expect(info).toEqual(line ? [line + dir] : [])
    expect(warnings).toEqual([])
    expect(existsSync(dir)).toBe(!line && present)
    expect(existsSync(path.join(setup.dockerConfigDir, 'buildx', 'current'))).toBe(true)
  })

  it('post: a state naming any other folder removes nothing, and warns', () => {
    const warnings: string[] = []
    runPost({
      getState: (name) => (name === AUTH_DIR_STATE ? setup.dockerConfigDir : ''),
      saveState: () => undefined,
      info: () => undefined,
      warning: (message) => warnings.push(message)
    })
    expect(warnings).toEqual([
      `Not removing ${setup.dockerConfigDir}: it is no registry login folder of this action.`
    ])
    expect(existsSync(path.join(setup.dockerConfigDir, 'buildx', 'current'))).toBe(true)
  })
})
