import { describe, expect, it } from 'vitest'
import type { FaultSpec, GitHubStandIn } from '../../../test/harness/github/server.js'
import { useGitHubStandIn } from '../../../test/harness/github/use-stand-in.js'
import { runAction } from '../../../test/harness/run-action.js'

// Every write sync-branches makes, done by GitHub but with its answer lost (the connection cut,
// or a 502 sent after the write): the client retries, and the retry finds the work already done.
// The outputs must say what is true, and a rerun must create nothing new.

const TOKEN = 'ghs_syncBranchesLostAnswers123456'
let github: GitHubStandIn
useGitHubStandIn((standIn) => (github = standIn))

const REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}'
const CREATE_REF = 'POST /repos/{owner}/{repo}/git/refs'
const MERGE = 'POST /repos/{owner}/{repo}/merges'
const OPEN_PULL = 'POST /repos/{owner}/{repo}/pulls'
const UPDATE_PULL = 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}'
const LABEL = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels'
const SYNC_BRANCH = 'sync/main-into-development'

interface Scenario {
  /** Builds the repository; returns what the step should report for `development`. */
  seed: () => Expected
  route: string
  inputs?: Record<string, string>
}

interface Expected {
  status: string
  sha: string
  reason: RegExp
  updated: string[]
  conflicts: string[]
}

async function sync(inputs: Record<string, string>) {
  const result = await runAction('sync-branches', {
    inputs: { targets: 'development', ...inputs },
    apiUrl: github.url,
    token: TOKEN
  })
  return {
    ...result,
    errors: result.commands.filter((c) => c.command === 'error').map((c) => c.message),
    results: JSON.parse(result.outputs.results ?? '[]') as Array<Record<string, unknown>>
  }
}

/** main and development at one commit. */
function seedBranches() {
  const state = github.state
  const root = state.commit({ message: 'chore: init', files: { 'app.py': 'v = 1\n' } })
  state.createBranch('development')
  return { state, root }
}

/** development and main both changed app.py: the merge conflicts. */
function seedConflict() {
  const { state, root } = seedBranches()
  state.commit({ branch: 'development', message: 'feat: dev', files: { 'app.py': 'dev\n' } })
  state.commit({ message: 'fix: main', files: { 'app.py': 'main\n' } })
  return { state, root }
}

const conflictResult = (reason: RegExp): Expected => ({
  status: 'pull-request',
  sha: github.state.getBranchSha('development')!,
  reason,
  updated: [],
  conflicts: ['development']
})

const SCENARIOS: Record<string, Scenario> = {
  'the fast-forward of the target': {
    route: REF,
    seed: () => {
      const { state } = seedBranches()
      const main = state.commit({ message: 'fix: released', files: { 'app.py': 'v = 2\n' } })
      return {
        status: 'fast-forwarded',
        sha: main,
        reason: /target was behind/,
        updated: ['development'],
        conflicts: []
      }
    }
  },
  'the merge into the target': {
    route: MERGE,
    seed: () => {
      const { state } = seedBranches()
      const dev = state.commit({ branch: 'development', message: 'feat: x', files: { x: '1' } })
      const main = state.commit({ message: 'fix: y', files: { y: '1' } })
      // The merge commit GitHub will make, read back after the run (see expectMerge).
      return {
        status: 'merged',
        sha: `merge of ${dev} and ${main}`,
        reason: /target had its own commits/,
        updated: ['development'],
        conflicts: []
      }
    }
  },
  'the creation of the sync branch': {
    route: CREATE_REF,
    inputs: { 'pr-labels': 'sync' },
    seed: () => {
      seedConflict()
      return conflictResult(new RegExp(`merge conflict: .*opened; created ${SYNC_BRANCH}$`))
    }
  },
  'the move of the sync branch to the source': {
    route: REF,
    inputs: { 'pr-labels': 'sync' },
    seed: () => {
      const { state, root } = seedConflict()
      state.createBranch(SYNC_BRANCH, root)
      return conflictResult(
        new RegExp(`merge conflict: .*opened; moved ${SYNC_BRANCH} to the source$`)
      )
    }
  },
  'the opening of the pull request': {
    route: OPEN_PULL,
    inputs: { 'pr-labels': 'sync' },
    seed: () => {
      seedConflict()
      return conflictResult(/merge conflict: pull request from \S+ opened; created/)
    }
  },
  'the labels of a new pull request': {
    route: LABEL,
    inputs: { 'pr-labels': 'sync' },
    seed: () => {
      seedConflict()
      return conflictResult(/merge conflict: pull request from \S+ opened; created/)
    }
  },
  'the update of the release pull request (mode: pull-request)': {
    route: UPDATE_PULL,
    inputs: { mode: 'pull-request', source: 'main', 'pr-title': 'Release v2' },
    seed: () => {
      const { state, root } = seedBranches()
      state.commit({ message: 'feat: weekly', files: { w: '1' } })
      state.openPullRequest({ head: 'main', base: 'development', title: 'Release v1' })
      return {
        status: 'pull-request',
        sha: root,
        reason: /^pull request from main updated$/,
        updated: [],
        conflicts: ['development']
      }
    }
  },
  'the opening of the release pull request (mode: pull-request)': {
    route: OPEN_PULL,
    inputs: { mode: 'pull-request', source: 'main', 'pr-labels': 'release' },
    seed: () => {
      const { state, root } = seedBranches()
      state.commit({ message: 'feat: weekly', files: { w: '1' } })
      return {
        status: 'pull-request',
        sha: root,
        reason: /^pull request from main opened$/,
        updated: [],
        conflicts: ['development']
      }
    }
  }
}

const LOSSES: Array<[string, FaultSpec['status']]> = [
  ['the connection is cut', 'reset'],
  ['a 502 comes back', 502]
]

/** Refs, commits and pull requests: what a rerun must leave as it found them. */
function snapshot() {
  const { state } = github
  return {
    refs: state.listRefs(),
    commits: state.commits.size,
    pulls: state.listPulls().map((p) => [p.number, p.head.ref, p.base.ref, p.title, p.labels])
  }
}

describe('sync-branches: a write that happened, but whose answer was lost', () => {
  describe.each(LOSSES)('%s', (_loss, status) => {
    it.each(Object.entries(SCENARIOS))('%s', async (_name, scenario) => {
      const expected = scenario.seed()
      const inputs = scenario.inputs ?? {}
      github.injectFault({ route: scenario.route, status, afterApplying: true })

      const first = await sync(inputs)
      expect(first.errors).toEqual([])
      expect(first.exitCode).toBe(0)
      // The write really happened once and its answer was really lost.
      expect(github.countRequests(scenario.route)).toBeGreaterThanOrEqual(2)
      expect(github.requests.find((r) => `${r.method} ${r.route}` === scenario.route)?.status).toBe(
        status === 'reset' ? 0 : status
      )

      const tip = github.state.getBranchSha('development')!
      const sha = expected.status === 'merged' ? expectMerge(tip, expected.sha) : expected.sha
      const [result] = first.results
      expect(result).toMatchObject({ target: 'development', status: expected.status, sha })
      expect(result?.reason).toMatch(expected.reason)
      expect(JSON.parse(first.outputs.updated!)).toEqual(expected.updated)
      expect(JSON.parse(first.outputs.conflicts!)).toEqual(expected.conflicts)
      expect(first.summary).toContain(`| development | ${expected.status} |`)
      expect(first.summary).toContain(String(result?.reason))

      const pulls = github.state.listPulls()
      expect(pulls.length).toBe(expected.status === 'pull-request' ? 1 : 0)
      if (pulls[0]) {
        expect(result?.['pull-request']).toBe(pulls[0].number)
        const labels = inputs['pr-labels'] ? [inputs['pr-labels']] : []
        expect(pulls[0].labels).toEqual(labels)
      }
      if (expected.conflicts.length > 0 && inputs.mode !== 'pull-request') {
        expect(github.state.getBranchSha(SYNC_BRANCH)).toBe(github.state.getBranchSha('main'))
      }

      const before = snapshot()
      const rerun = await sync(inputs)
      expect(rerun.errors).toEqual([])
      expect(snapshot()).toEqual(before)
      expect(JSON.parse(rerun.outputs.updated!)).toEqual([])
    })
  })
})

/** The target's tip is the merge of the two parents named in `wanted`; returns its sha. */
function expectMerge(tip: string, wanted: string): string {
  const [, dev, main] = /^merge of (\w+) and (\w+)$/.exec(wanted) ?? []
  expect(github.state.requireCommit(tip).parents).toEqual([dev, main])
  return tip
}

describe('sync-branches: a write that happened, but every answer to it is lost', () => {
  // The client gives up after its retries (about 8–15 s of backoff); the branch says what is true.
  it.each([
    ['the merge into the target', MERGE, 'merged', /the branch has the merge\)$/],
    ['the creation of the sync branch', CREATE_REF, 'pull-request', /created sync\/main-into/],
    ['the opening of the pull request', OPEN_PULL, 'pull-request', /opened; created sync\//]
  ])('%s', async (_name, route, status, reason) => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: dev', files: { 'app.py': 'dev\n' } })
    const conflict = route !== MERGE
    state.commit({ message: 'fix: main', files: { [conflict ? 'app.py' : 'm.py']: 'main\n' } })
    github.injectFault({ route, status: 502, afterApplying: true, times: Infinity })
    const result = await sync({})
    expect(github.countRequests({ route: route.split(' ')[1], status: 502 })).toBe(5)
    expect(result.errors).toEqual([])
    expect(result.results[0]).toMatchObject({
      status,
      sha: state.getBranchSha('development'),
      reason: expect.stringMatching(reason)
    })
    expect(state.listPulls()).toHaveLength(conflict ? 1 : 0)
    expect(JSON.parse(result.outputs.updated!)).toEqual(conflict ? [] : ['development'])
  })
})

describe('sync-branches: the target took the source while syncing, not by our write', () => {
  it('GitHub says "nothing to merge" (204): up-to-date, with the tip the target has now', async () => {
    const { state } = seedBranches()
    state.commit({ branch: 'development', message: 'feat: dev', files: { d: '1' } })
    const main = state.commit({ message: 'fix: main', files: { m: '1' } })
    github.onRequest(MERGE, (_request, standIn) => {
      standIn.state.updateRef('refs/heads/development', main) // someone else's force push
    })
    const result = await sync({})
    expect(github.countRequests({ route: '/repos/{owner}/{repo}/merges', status: 204 })).toBe(1)
    expect(result.results[0]).toMatchObject({
      status: 'up-to-date',
      sha: main,
      reason: 'already contains the source (the branch moved while syncing)'
    })
    expect(result.outputs.updated).toBe('[]')
  })
})
