// Requests each operation makes against the GitHub stand-in, by scenario. An action adds its
// scenarios here; each runs the committed bundle exactly as the end-to-end tests do.
import { startGitHubStandIn, type GitHubStandIn } from '../harness/github/server.js'
import { runAction } from '../harness/run-action.js'

interface Scenario {
  operation: string
  /** Builds the repository state and returns the action, its inputs and the commit. */
  prepare(github: GitHubStandIn): { action: string; sha?: string; inputs?: Record<string, string> }
}

const READ_ONLY_POSTS = new Set(['/repos/{owner}/{repo}/releases/generate-notes'])

export async function measureApiRequests(): Promise<string[][]> {
  const rows = [['operation', 'reads', 'writes', 'total', 'result']]
  for (const scenario of SCENARIOS) {
    const github = await startGitHubStandIn()
    try {
      const { action, sha, inputs = {} } = scenario.prepare(github)
      github.requests.length = 0
      const result = await runAction(action, { inputs, sha, apiUrl: github.url })
      const writes = github.requests.filter(
        (r) => r.method !== 'GET' && !READ_ONLY_POSTS.has(r.route ?? '')
      ).length
      const total = github.requests.length
      const outcome =
        result.exitCode === 0 ? describeOutcome(result.outputs) : `exit ${result.exitCode}`
      rows.push([
        scenario.operation,
        String(total - writes),
        String(writes),
        String(total),
        outcome
      ])
    } finally {
      await github.close()
    }
  }
  return rows
}

function describeOutcome(outputs: Record<string, string>): string {
  if (outputs.tag) return outputs.tag
  const results = outputs.results ? (JSON.parse(outputs.results) as { status: string }[]) : []
  return results.map((r) => r.status).join(', ') || 'ok'
}

function seedTags(github: GitHubStandIn, count: number): string {
  const state = github.state
  const released = state.commit({ message: 'fix: released', files: { 'a.py': 'a = 1\n' } })
  for (let i = 0; i < count - 1; i++) state.tag(`v0.${Math.floor(i / 100)}.${i % 100}`, released)
  state.tag('v1.2.3', released)
  state.createBranch('development')
  state.commit({ branch: 'development', message: 'feat: beta', files: { 'b.py': 'b = 1\n' } })
  const pull = state.openPullRequest({
    head: 'development',
    title: 'Release',
    labels: ['release:minor']
  })
  return state.mergePullRequest(pull.number)
}

const SCENARIOS: Scenario[] = [
  ...[50, 5000].map((count) => ({
    operation: `tag-release: release with ${count} tags`,
    prepare: (github: GitHubStandIn) => ({ action: 'tag-release', sha: seedTags(github, count) })
  })),
  {
    operation: 'tag-release: release of 50 pull requests (5000 tags)',
    prepare: (github) => {
      seedTags(github, 5000)
      const state = github.state
      let sha = ''
      for (let i = 0; i < 50; i++) {
        state.createBranch(`feature/${i}`, 'main')
        state.commit({ branch: `feature/${i}`, message: `fix: ${i}`, files: { [`f${i}.py`]: '1' } })
        const pull = state.openPullRequest({ head: `feature/${i}`, title: `fix: ${i}` })
        sha = state.mergePullRequest(pull.number)
      }
      return { action: 'tag-release', sha }
    }
  },
  {
    operation: 'tag-release: rerun on a tagged commit (5000 tags)',
    prepare: (github) => {
      const sha = seedTags(github, 5000)
      github.state.tag('v1.3.0', sha)
      github.state.createRelease({ tagName: 'v1.3.0' })
      return { action: 'tag-release', sha }
    }
  },
  {
    operation: 'tag-release: dry run (5000 tags)',
    prepare: (github) => ({
      action: 'tag-release',
      sha: seedTags(github, 5000),
      inputs: { 'dry-run': 'true' }
    })
  },
  ...(['up-to-date', 'fast-forward', 'merge', 'conflict'] as const).map((outcome) => ({
    operation: `sync-branches: ${outcome} (one target, with the source read)`,
    prepare: (github: GitHubStandIn) => {
      seedSyncTarget(github, outcome)
      return { action: 'sync-branches', inputs: { targets: 'development' } }
    }
  }))
]

function seedSyncTarget(github: GitHubStandIn, outcome: string): void {
  const state = github.state
  state.commit({ message: 'chore: init', files: { 'app.py': 'v = 1\n' } })
  state.createBranch('development')
  if (outcome === 'up-to-date') return
  const shared = outcome === 'conflict' ? 'app.py' : 'dev.py'
  if (outcome !== 'fast-forward') {
    state.commit({ branch: 'development', message: 'feat: dev', files: { [shared]: 'dev' } })
  }
  state.commit({ message: 'fix: main', files: { 'app.py': 'v = 2\n' } })
}
