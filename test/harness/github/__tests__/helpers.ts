import { getOctokit } from '@actions/github'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, expect } from 'vitest'
import type { RepoState } from '../repo-state.js'
import { startGitHubStandIn, type GitHubStandIn } from '../server.js'

export type Octokit = ReturnType<typeof getOctokit>

export const OWNER = 'octo-org'
export const REPO = 'octo-repo'
export const WEB = `https://github.com/${OWNER}/${REPO}`
export const repo = { owner: OWNER, repo: REPO }

/** A fresh stand-in and the real Octokit client pointed at it. */
export async function startWithOctokit(): Promise<{ standIn: GitHubStandIn; octokit: Octokit }> {
  const standIn = await startGitHubStandIn()
  return { standIn, octokit: getOctokit('test-token', { baseUrl: standIn.url }) }
}

/**
 * Gives each test a fresh stand-in and Octokit (through `onStart`), closes it afterwards, and
 * collects the endpoints the tests exercised.
 */
export function useOctokitAgainstStandIn(
  onStart: (started: { standIn: GitHubStandIn; octokit: Octokit }) => void
): Set<string> {
  const exercised = new Set<string>()
  let standIn: GitHubStandIn | undefined
  beforeEach(async () => {
    const started = await startWithOctokit()
    standIn = started.standIn
    onStart(started)
  })
  afterEach(() => (standIn ? stopAndRecord(standIn, exercised) : undefined))
  return exercised
}

/** Closes the stand-in, adds the endpoints it served to `exercised`, and fails on violations. */
export async function stopAndRecord(standIn: GitHubStandIn, exercised: Set<string>): Promise<void> {
  for (const { method, route, status } of standIn.requests) {
    if (route && status !== 400 && status !== 501) exercised.add(`${method} ${route}`)
  }
  await standIn.close()
  standIn.assertNoViolations()
}

export interface SeededHistory {
  root: string
  /** `development`, one commit ahead of `main`. */
  development: string
  /** `feature/beta`, branched from `development`, one commit ahead of it. */
  feature: string
}

/** main ← development ← feature/beta, each one commit ahead of the previous. */
export function seedHistory(state: RepoState): SeededHistory {
  const root = state.commit({
    message: 'chore: initial commit',
    files: { 'README.md': '# app\n', 'operators/alpha/Dockerfile': 'FROM python:3.12\n' }
  })
  state.createBranch('development')
  const development = state.commit({
    branch: 'development',
    message: 'feat: add beta',
    files: { 'operators/beta/Dockerfile': 'FROM python:3.12\n' }
  })
  state.createBranch('feature/beta', 'development')
  const feature = state.commit({
    branch: 'feature/beta',
    message: 'fix: pin beta',
    files: { 'operators/beta/requirements.txt': 'requests==2.32.3\n' }
  })
  return { root, development, feature }
}

/** Awaits an Octokit call that must fail; returns GitHub's error body. */
export async function expectFailure(
  call: Promise<unknown>,
  status: number,
  message?: string
): Promise<Record<string, unknown>> {
  const error = (await call.then(
    () => undefined,
    (failure: unknown) => failure
  )) as { status?: number; response?: { data?: Record<string, unknown> } } | undefined
  expect(error, 'the call should have failed').toBeDefined()
  expect(error?.status).toBe(status)
  const body = error?.response?.data ?? {}
  if (message !== undefined) expect(body.message).toBe(message)
  return body
}

/**
 * The endpoints the README lists under "Endpoints served" (or under one of its `###`
 * headings), as `METHOD /template`, sorted.
 */
export function readReadmeEndpoints(heading?: string): string[] {
  const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8')
  const served = readme.split(/^## /m).find((part) => part.startsWith('Endpoints served')) ?? ''
  const section = heading
    ? (served.split(/^### /m).find((part) => part.startsWith(`${heading}\n`)) ?? '')
    : served
  return section
    .split('\n')
    .map((line) => /^- `((?:GET|POST|PATCH|PUT|DELETE) \/[^`]+)`/.exec(line)?.[1])
    .filter((endpoint): endpoint is string => endpoint !== undefined)
    .sort()
}
