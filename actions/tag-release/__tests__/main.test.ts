import { describe, expect, it } from 'vitest'
import { run, type TagReleaseDeps } from '../src/main.js'

function depsWith(inputs: Record<string, string>) {
  const failures: string[] = []
  const clients: string[] = []
  const deps: TagReleaseDeps = {
    inputs: { getInput: (name) => inputs[name] ?? '', setSecret: () => undefined },
    env: { GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA: 'a'.repeat(40) },
    createClient: (options) => {
      clients.push(options.token)
      throw new Error('no client in this test')
    },
    setOutput: () => undefined,
    setFailed: (message) => failures.push(message),
    info: () => undefined,
    warning: () => undefined,
    writeSummary: async () => undefined
  }
  return { deps, failures, clients }
}

describe('run', () => {
  it.each([
    [{ bump: 'huge' }, 'Input "bump"'],
    [{ 'github-token': '' }, 'Input "github-token" is empty.'],
    [{ 'initial-version': '1.0.0-rc.1' }, 'Input "initial-version" is "1.0.0-rc.1"'],
    [
      { 'default-bump': 'auto' },
      'Input "default-bump" is "auto"; accepted: major, minor, patch, none.'
    ],
    [{ release: 'yes' }, 'Input "release" is "yes"; accepted: true, false.']
  ])('%j fails before any GitHub client exists', async (inputs, message) => {
    const { deps, failures, clients } = depsWith({ 'github-token': 't', ...inputs })
    await run(deps)
    expect(failures).toHaveLength(1)
    expect(failures[0]).toContain(`tag-release: ${message}`)
    expect(clients).toEqual([])
  })
})
