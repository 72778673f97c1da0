import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBareRemote, createGitRepo, type GitRepo } from '../../test/harness/git-repo.js'
import { startGitHubStandIn, type GitHubStandIn } from '../../test/harness/github/server.js'
import { REPO_ROOT, runAction } from '../../test/harness/run-action.js'
import { runProcess } from '../../test/harness/run-process.js'

const CLI = path.join(REPO_ROOT, 'cli', 'bin', 'release-actions.js')
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/**
 * One history, two readers: tag-release against a git-backed GitHub stand-in (pull requests
 * merged on "GitHub", no labels) and `release-actions plan` on a clone of the same repository.
 * Labels are not in git, so without labels both must answer the same version.
 */
interface Change {
  branch: string
  title: string
  message: string
  method?: 'merge' | 'squash'
}

async function predictBoth(changes: Change[]) {
  const repo: GitRepo = await createGitRepo()
  cleanups.push(() => repo.cleanup())
  await repo.commit({
    message: 'chore: init',
    files: { 'README.md': '# app\n', 'operators/api/Dockerfile': 'FROM scratch\n' }
  })
  await repo.tag('v1.2.3')
  await repo.branch('development')
  const remote = await createBareRemote(repo)
  const github: GitHubStandIn = await startGitHubStandIn({ gitDir: remote })
  cleanups.push(() => github.close())
  for (const change of changes) {
    await repo.checkout('development')
    await repo.branch(change.branch)
    await repo.checkout(change.branch)
    await repo.commit({
      message: change.message,
      files: { [`${change.branch}.txt`]: change.title }
    })
    await repo.git(['push', '-q', 'origin', change.branch])
    github.state.syncFromGit()
    const pull = github.state.openPullRequest({
      head: change.branch,
      base: 'development',
      title: change.title
    })
    github.state.mergePullRequest(pull.number, { method: change.method ?? 'merge' })
  }
  await repo.git(['fetch', '-q', 'origin'])
  await repo.checkout('development')
  await repo.git(['reset', '-q', '--hard', 'origin/development'])

  const action = await runAction('tag-release', {
    inputs: { sha: 'development', 'dry-run': true },
    apiUrl: github.url,
    sha: (await repo.git(['rev-parse', 'origin/development'])).trim()
  })
  expect(action.exitCode, action.stdout).toBe(0)
  github.assertNoViolations()
  const plan = await runProcess(process.execPath, [
    CLI,
    'plan',
    '--repo',
    repo.dir,
    '--from',
    'development',
    '--into',
    'main',
    '--json'
  ])
  expect(plan.exitCode, plan.stderr).toBe(0)
  const planned = JSON.parse(plan.stdout) as { release: { next: string } }
  return { action: action.outputs.version, plan: planned.release.next }
}

describe('release-actions plan predicts what tag-release tags', () => {
  it.each([
    [
      'a feature and a docs change',
      [
        { branch: 'export', title: 'feat: add export', message: 'feat: add export' },
        { branch: 'readme', title: 'docs: readme', message: 'docs: readme' }
      ],
      '1.3.0'
    ],
    [
      'a conventional pull request title over a free-text commit',
      [{ branch: 'wip', title: 'feat: export', message: 'wip' }],
      '1.3.0'
    ],
    [
      'a breaking footer in a commit',
      [
        {
          branch: 'rework',
          title: 'Rework',
          message: 'Rework the config\n\nBREAKING CHANGE: config.yml moved'
        }
      ],
      '2.0.0'
    ],
    [
      'a squash merge under a free-text title: its body lists a feature',
      [{ branch: 'export', title: 'Add export', message: 'feat: add export', method: 'squash' }],
      '1.3.0'
    ],
    [
      'a squash merge whose body carries a breaking footer',
      [
        {
          branch: 'rework',
          title: 'Rework the config',
          message: 'fix: config\n\nBREAKING CHANGE: config.yml moved',
          method: 'squash'
        },
        { branch: 'readme', title: 'docs: readme', message: 'docs: readme' }
      ],
      '2.0.0'
    ],
    [
      'nothing conventional: default-bump',
      [{ branch: 'misc', title: 'Misc', message: 'Update things' }],
      '1.2.4'
    ]
  ] as [string, Change[], string][])(
    '%s: the same version from both',
    async (_name, changes, expected) => {
      expect(await predictBoth(changes)).toEqual({ action: expected, plan: expected })
    }
  )
})
