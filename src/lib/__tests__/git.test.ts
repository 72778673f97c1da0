import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CommandError, CommandTimeoutError, runCommand, type CommandRunner } from '../exec.js'
import { createGit } from '../git.js'

describe('runCommand', () => {
  it.each([
    [['-e', 'process.stdout.write("out"); process.stderr.write("err")'], 0, 'out', 'err'],
    [['-e', 'process.stdin.pipe(process.stdout)'], 0, 'piped', ''],
    [['-e', 'process.exit(3)'], 3, '', '']
  ])('node %j → exit %d', async (args, exitCode, stdout, stderr) => {
    const result = await runCommand(process.execPath, args, {
      input: 'piped',
      allowFailure: true,
      silent: true
    })
    expect(result).toEqual({ exitCode, stdout, stderr })
  })

  it('throws a CommandError with the command and the end of stderr on failure', async () => {
    const run = runCommand(process.execPath, ['-e', 'console.error("nope"); process.exit(2)'], {
      silent: true
    })
    await expect(run).rejects.toBeInstanceOf(CommandError)
    await expect(run).rejects.toThrow(/exited with 2: nope$/)
  })

  it('adds env to the inherited environment', async () => {
    const result = await runCommand(
      process.execPath,
      ['-e', 'process.stdout.write(`${process.env.EXTRA}:${Boolean(process.env.PATH)}`)'],
      { env: { EXTRA: 'yes' }, silent: true }
    )
    expect(result.stdout).toBe('yes:true')
  })
})

describe('runCommand with timeoutMs', () => {
  it.each([
    [['-e', 'process.stdout.write("out"); process.stderr.write("err")'], 0, 'out', 'err'],
    [['-e', 'process.stdin.pipe(process.stdout)'], 0, 'piped', ''],
    [['-e', 'process.exit(3)'], 3, '', '']
  ])('node %j → exit %d, as without a limit', async (args, exitCode, stdout, stderr) => {
    const result = await runCommand(process.execPath, args, {
      input: 'piped',
      allowFailure: true,
      silent: true,
      timeoutMs: 30_000
    })
    expect(result).toEqual({ exitCode, stdout, stderr })
  })

  it('throws a CommandError on failure without allowFailure', async () => {
    const run = runCommand(process.execPath, ['-e', 'console.error("nope"); process.exit(2)'], {
      silent: true,
      timeoutMs: 30_000
    })
    await expect(run).rejects.toThrow(/exited with 2: nope$/)
  })

  it('kills a command past the limit, with what it started, and throws even with allowFailure', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-exec-'))
    try {
      const marker = path.join(dir, 'grandchild-alive')
      // The child starts a grandchild that would write the marker after 1.5 s and then live on
      // (holding the pipes) for 30 s; both hang.
      const script = [
        'const { spawn } = require("node:child_process")',
        `spawn(process.execPath, ["-e", ${JSON.stringify(
          `setTimeout(() => require("node:fs").writeFileSync(${JSON.stringify(marker)}, "x"), 1500); setTimeout(() => {}, 30000)`
        )}], { stdio: "inherit" })`,
        'setInterval(() => {}, 1000)'
      ].join('\n')
      const started = Date.now()
      const run = runCommand(process.execPath, ['-e', script], {
        silent: true,
        allowFailure: true,
        timeoutMs: 300
      })
      await expect(run).rejects.toBeInstanceOf(CommandTimeoutError)
      await expect(run).rejects.toThrow(/ran longer than 300 ms and was killed/)
      // Not held up by the grandchild's 30 s (generous: the machine may be busy).
      expect(Date.now() - started).toBeLessThan(10_000)
      await new Promise((resolve) => setTimeout(resolve, 1_800))
      expect(existsSync(marker)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('createGit', () => {
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-git-'))
    const git = createGit({ cwd: dir, runner: runCommand })
    await git.run(['init', '-q', '-b', 'main'])
    writeFileSync(path.join(dir, 'café.txt'), 'x')
    await git.run(['add', '.'])
    await git.run(['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first'])
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads trimmed output from a real repository', async () => {
    const git = createGit({ cwd: dir, runner: runCommand })
    expect(await git.read(['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('main')
    expect(await git.read(['log', '--format=%s'])).toBe('first')
  })

  it('prints non-ASCII paths as they are', async () => {
    expect(await createGit({ cwd: dir, runner: runCommand }).read(['ls-files'])).toBe('café.txt')
  })

  it('tryRead answers undefined for a missing ref, read throws', async () => {
    const git = createGit({ cwd: dir, runner: runCommand })
    expect(await git.tryRead(['rev-parse', '--verify', '-q', 'refs/tags/none'])).toBeUndefined()
    await expect(git.read(['rev-parse', '--verify', 'refs/tags/none'])).rejects.toThrow(
      /`git -c core.quotepath=off rev-parse --verify refs\/tags\/none` exited with 128/
    )
  })

  it('is the one choke point: every call carries the same flags, env and cwd', async () => {
    const calls: Parameters<CommandRunner>[] = []
    const runner: CommandRunner = async (...call) => {
      calls.push(call)
      return { exitCode: 0, stdout: ' x \n', stderr: '' }
    }
    const git = createGit({ cwd: '/repo', runner })
    await git.read(['status'])
    await git.tryRead(['rev-parse', 'HEAD'])
    await git.run(['fetch'], { env: { GIT_TRACE: '1' }, silent: false })
    expect(calls).toEqual([
      ['git', ['-c', 'core.quotepath=off', 'status'], expect.objectContaining({ cwd: '/repo' })],
      [
        'git',
        ['-c', 'core.quotepath=off', 'rev-parse', 'HEAD'],
        expect.objectContaining({ allowFailure: true })
      ],
      [
        'git',
        ['-c', 'core.quotepath=off', 'fetch'],
        { cwd: '/repo', silent: false, env: { GIT_TERMINAL_PROMPT: '0', GIT_TRACE: '1' } }
      ]
    ])
    for (const [, , options] of calls) expect(options?.env?.GIT_TERMINAL_PROMPT).toBe('0')
  })
})
