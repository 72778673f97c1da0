import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAllowlist } from '../../actions/security-gate/src/allowlist.js'
import { createBareRemote, createGitRepo, type GitRepo } from '../../test/harness/git-repo.js'
import { lintRepositoryWorkflows } from '../../test/harness/lint-workflows.js'
import { REPO_ROOT } from '../../test/harness/run-action.js'
import { runProcess } from '../../test/harness/run-process.js'
import { checkWorkflowFolder, parseWorkflow } from '../../test/harness/workflow-policy.js'
import { main } from '../src/main.js'

const STARTERS = readdirSync(path.join(REPO_ROOT, 'workflows')).filter((n) => n.endsWith('.yml'))
const OUR_USES = STARTERS.map((name) =>
  readFileSync(path.join(REPO_ROOT, 'workflows', name), 'utf8')
)
  .join('')
  .match(/uses: org\/release-actions\//g)!.length
const WRITTEN = [
  ...STARTERS.map((name) => `.github/workflows/${name}`),
  'deploy/compose.yaml',
  'deploy/deploy.sh',
  '.security-allowlist.yml',
  'locustfile.py'
]

let actions: GitRepo
let remote: string
let v1: string
const repos: GitRepo[] = []

beforeAll(async () => {
  // The "release-actions" copy: a bare remote whose v1 is an annotated tag (ls-remote peels it).
  actions = await createGitRepo()
  await actions.commit({ message: 'feat: the actions', files: { 'README.md': 'actions\n' } })
  await actions.tag('v1', { message: 'v1' })
  remote = await createBareRemote(actions)
  v1 = await actions.git(['rev-parse', 'v1^{commit}'])
})
afterAll(async () => Promise.all([actions, ...repos].map((repo) => repo.cleanup())))

/** A fresh target: one commit, no operators/, origin on GitHub. */
async function createTarget(): Promise<GitRepo> {
  const repo = await createGitRepo()
  repos.push(repo)
  await repo.commit({ message: 'chore: start', files: { 'README.md': 'shop\n' } })
  await repo.git(['remote', 'add', 'origin', 'https://github.com/acme/shop.git'])
  return repo
}

async function run(repo: GitRepo | string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const cwd = typeof repo === 'string' ? repo : repo.dir
  const exitCode = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...(typeof repo === 'string' ? process.env : repo.env), NO_COLOR: '1' },
    cwd
  })
  return { exitCode, stdout, stderr }
}

const init = (repo: GitRepo | string, ...extra: string[]) =>
  run(repo, 'init', '--from', `${remote}@v1`, '--uses', 'acme/release-actions', ...extra)

const read = (repo: GitRepo, file: string) => readFileSync(path.join(repo.dir, file), 'utf8')
const snapshot = (repo: GitRepo) =>
  WRITTEN.map((file) => (existsSync(path.join(repo.dir, file)) ? read(repo, file) : null))

describe('release-actions init', () => {
  let repo: GitRepo
  beforeAll(async () => {
    repo = await createTarget()
    const result = await init(repo)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
  })

  it('pins every uses: of the collection to v1’s commit and fills the registry from origin', () => {
    const workflows = STARTERS.map((name) => read(repo, `.github/workflows/${name}`)).join('')
    const ours = workflows.match(/uses: \S+\/actions\/.*/g) ?? []
    expect(ours).toHaveLength(OUR_USES)
    for (const line of ours)
      expect(line).toMatch(new RegExp(`^uses: acme/release-actions/actions/[a-z-]+@${v1} # v1$`))
    expect(workflows).not.toContain('org/release-actions')
    for (const name of ['merge-main.yml', 'merge-development.yml', 'docker-push-staging.yml']) {
      const text = read(repo, `.github/workflows/${name}`)
      expect(text, name).toMatch(/^ {2}IMAGE_REGISTRY: ghcr\.io$/m)
      expect(text, name).toMatch(/^ {2}IMAGE_NAMESPACE: acme$/m)
    }
  })

  it('writes only the .yml starters, deploy/ (deploy.sh executable), an empty allowlist and a locustfile', () => {
    expect(readdirSync(path.join(repo.dir, '.github', 'workflows')).sort()).toEqual(STARTERS)
    expect(read(repo, 'deploy/deploy.sh')).toBe(
      readFileSync(path.join(REPO_ROOT, 'examples/deploy/deploy.sh'), 'utf8')
    )
    expect(statSync(path.join(repo.dir, 'deploy/deploy.sh')).mode & 0o111).toBe(0o111)
    expect(read(repo, 'deploy/compose.yaml')).toBe(
      readFileSync(path.join(REPO_ROOT, 'examples/deploy/compose.yaml'), 'utf8')
    )
    const allowlist = read(repo, '.security-allowlist.yml')
    expect(allowlist).toMatch(/^# /)
    expect(parseAllowlist(allowlist, '.security-allowlist.yml', '2026-01-01')).toEqual([])
    expect(read(repo, 'locustfile.py')).toMatch(/self\.client\.get\("\/"/)
  })

  it('prints what it wrote and the checklist of GitHub settings, by name', async () => {
    const fresh = await createTarget()
    const { stdout } = await init(fresh)
    for (const file of WRITTEN) expect(stdout).toMatch(new RegExp(`create +${file}\\n`))
    for (const name of [
      'SLACK_WEBHOOK_URL',
      'IMAGE_REGISTRY_PASSWORD',
      'DEPLOY_DOCKER_HOST',
      'staging',
      'production',
      'PRODUCTION_URL',
      'LOAD_CHECK_RUN_TIME',
      'ROLLBACK_ON_FAILED_LOAD_CHECK',
      'RELEASE_APP_ID',
      'RELEASE_APP_PRIVATE_KEY',
      'Allow GitHub Actions to create and approve pull requests',
      'release:major',
      'release:skip',
      'require the status check pr-security ',
      'https://github.com/acme/shop/settings'
    ])
      expect(stdout).toContain(name)
    // The check to require is a job of the pr-security.yml written, one that always runs.
    const required = /require the status check (\S+)/.exec(stdout)?.[1] ?? ''
    const prSecurity = parseWorkflow(read(fresh, '.github/workflows/pr-security.yml'))
    expect(prSecurity.jobs?.[required], required).toMatchObject({ if: 'always()' })
  })

  it('writes workflows that pass actionlint, the workflow policy and the action contracts', async () => {
    expect(await lintRepositoryWorkflows(repo.dir)).toEqual([])
    const dir = path.join(repo.dir, '.github', 'workflows')
    expect(checkWorkflowFolder(dir, REPO_ROOT, 'acme/release-actions')).toEqual([])
    // The same check sees a broken contract in that folder.
    const broken = await createTarget()
    await init(broken)
    const file = path.join(broken.dir, '.github/workflows/weekly-release.yml')
    await writeFile(
      file,
      readFileSync(file, 'utf8').replace(/( +)with:\n/, '$1with:\n$1  bogus: 1\n')
    )
    expect(checkWorkflowFolder(path.dirname(file), REPO_ROOT, 'acme/release-actions')).toEqual([
      expect.stringMatching(/^weekly-release\.yml: job .* has no input "bogus"$/)
    ])
  })

  it('leaves a repository that release-actions plan reads', async () => {
    await repo.git(['add', '-A'])
    await repo.git(['commit', '-q', '-m', 'ci: release-actions init'])
    // On main, plan reads development by default: a feature there makes the first release.
    await repo.git(['checkout', '-q', '-b', 'development'])
    await repo.git(['commit', '-q', '--allow-empty', '-m', 'feat: first feature'])
    await repo.git(['checkout', '-q', 'main'])
    const plan = await run(repo, 'plan', '--json')
    expect({ exitCode: plan.exitCode, stderr: plan.stderr }).toEqual({ exitCode: 0, stderr: '' })
    const text = (await run(repo, 'plan')).stdout
    expect(text).toContain('no operators folder: no images')
  })
})

describe('release-actions init again', () => {
  it('reports everything unchanged, refuses a changed workflow, shows it with --dry-run, overwrites with --force', async () => {
    const repo = await createTarget()
    await init(repo)
    const written = snapshot(repo)

    const again = await init(repo)
    expect(again.exitCode).toBe(0)
    for (const file of WRITTEN.slice(0, -2))
      expect(again.stdout).toMatch(new RegExp(`unchanged +${file}\\n`))
    for (const file of WRITTEN.slice(-2))
      expect(again.stdout).toMatch(new RegExp(`kept +${file}\\n`))

    const edited = path.join(repo.dir, '.github/workflows/merge-main.yml')
    await writeFile(edited, written[STARTERS.indexOf('merge-main.yml')]! + '# ours\n')
    await writeFile(path.join(repo.dir, 'locustfile.py'), '# our own\n')
    const changed = snapshot(repo)

    const refused = await init(repo)
    expect(refused.exitCode).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('.github/workflows/merge-main.yml')
    ])
    expect(refused.stderr).toContain('--force')

    const dryRun = await init(repo, '--dry-run', '--force')
    expect(dryRun.exitCode).toBe(0)
    expect(dryRun.stdout).toContain(
      '--- a/.github/workflows/merge-main.yml\n+++ b/.github/workflows/merge-main.yml\n'
    )
    expect(dryRun.stdout).toMatch(/\n-# ours\n/)
    expect(dryRun.stdout).not.toContain('locustfile.py')
    expect(snapshot(repo)).toEqual(changed)

    const forced = await init(repo, '--force')
    expect(forced.exitCode).toBe(0)
    expect(forced.stdout).toMatch(/overwrite +\.github\/workflows\/merge-main\.yml\n/)
    expect(snapshot(repo)).toEqual([...written.slice(0, -1), '# our own\n'])
  })

  it('--dry-run on a fresh repository prints every file as a diff that git apply takes, and writes nothing', async () => {
    const repo = await createTarget()
    const dryRun = await init(repo, '--dry-run')
    expect(dryRun.exitCode).toBe(0)
    expect(snapshot(repo).every((text) => text === null)).toBe(true)
    const patch = dryRun.stdout.slice(
      dryRun.stdout.indexOf('--- '),
      dryRun.stdout.lastIndexOf('\n(dry run')
    )
    await writeFile(path.join(repo.root, 'init.patch'), patch)
    await repo.git(['apply', path.join(repo.root, 'init.patch')])
    // What the diff creates is what init writes.
    const again = await init(repo)
    expect(again.stdout).not.toMatch(/^ +(create|overwrite) /m)
    expect(again.stdout.match(/^ +unchanged /gm)).toHaveLength(WRITTEN.length - 2)
  })
})

describe('release-actions init on bad input', () => {
  it.each([
    ['no --from', [], /no --from/],
    ['a --from without @REF', ['--from', 'acme/release-actions'], /no @REF/],
    ['a ref that looks like an option', ['--from', 'acme/release-actions@-v1'], /not a tag name/],
    ['a path with no --uses', ['--from', '/srv/release-actions.git@v1'], /--uses OWNER\/REPO/],
    ['a bad --uses', ['--from', '/srv/x.git@v1', '--uses', 'acme'], /--uses "acme"/],
    ['a ref ls-remote does not find', 'v9', /has no tag "v9"/],
    ['a remote that does not answer', 'unreachable', /cannot read https:\/\/127\.0\.0\.1:9\//]
  ])('%s: one line on stderr, exit 2, nothing written', async (_name, argv, message) => {
    const repo = await createTarget()
    const args =
      argv === 'v9'
        ? ['--from', `${remote}@v9`, '--uses', 'acme/release-actions']
        : argv === 'unreachable'
          ? [
              '--from',
              'https://127.0.0.1:9/release-actions.git@v1',
              '--uses',
              'acme/release-actions'
            ]
          : argv
    const result = await run(repo, 'init', ...args)
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^release-actions: [^\n]+\n$/)
    expect(result.stderr).toMatch(message)
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', 'README.md'])
  })

  it('outside a git repository: exit 2, nothing written', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-init-'))
    try {
      const result = await init(dir)
      expect(result).toMatchObject({ exitCode: 2, stdout: '' })
      expect(result.stderr).toMatch(/^release-actions: .* is not a git repository .*\n$/)
      expect(readdirSync(dir)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('release-actions init from the bundle, outside this checkout', () => {
  it('finds the starters next to the bundle and writes what main() writes', async () => {
    const viaMain = await createTarget()
    await init(viaMain)
    const repo = await createTarget()
    const result = await runProcess(
      process.execPath,
      [
        path.join(REPO_ROOT, 'cli', 'dist', 'index.js'),
        'init',
        '--from',
        `file://${remote}@v1`,
        '--uses',
        'acme/release-actions'
      ],
      { cwd: repo.dir, env: repo.env }
    )
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`acme/release-actions@${v1} (v1 of file://${remote})`)
    expect(snapshot(repo)).toEqual(snapshot(viaMain))
  })
})

describe('release-actions init --from …@REF: REF is a tag', () => {
  /** A copy of release-actions with `tags` (annotated when the value is true) and a branch `next`. */
  async function createActionsRemote(tags: Record<string, boolean>) {
    const copy = await createGitRepo()
    repos.push(copy)
    await copy.commit({ message: 'feat: the actions', files: { 'README.md': 'actions\n' } })
    for (const [name, annotated] of Object.entries(tags))
      await copy.tag(name, annotated ? { message: name } : {})
    await copy.branch('next')
    return { remote: await createBareRemote(copy), commit: await copy.head() }
  }
  const initFrom = (repo: GitRepo, from: string) =>
    run(repo, 'init', '--from', from, '--uses', 'acme/release-actions')
  const expectRefused = async (repo: GitRepo, result: Awaited<ReturnType<typeof run>>) => {
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^release-actions: --from: [^\n]+\n$/)
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', 'README.md'])
  }

  it('refuses a branch (main), naming the newest version tags of that remote to use instead', async () => {
    const { remote: tagged } = await createActionsRemote({
      'v1.0.0': false,
      v1: true,
      'v1.1.0': false,
      'v1.10.0': true,
      'v1.2.0': false,
      latest: false,
      v2: true,
      'v2.0.0': false
    })
    for (const branch of ['main', 'next']) {
      const repo = await createTarget()
      const result = await initFrom(repo, `${tagged}@${branch}`)
      await expectRefused(repo, result)
      expect(result.stderr).toContain(`"${branch}" is a branch of ${tagged}`)
      expect(result.stderr).toContain('must be a tag')
      // Newest first, a major tag before its releases, at most five, never a non-version tag.
      expect(result.stderr).toMatch(/: v2, v2\.0\.0, v1, v1\.10\.0, v1\.2\.0 \(and 2 more\)\n$/)
    }
  })

  it('refuses a branch of a remote with no version tag, saying how to make one', async () => {
    const { remote: untagged } = await createActionsRemote({ latest: false })
    const repo = await createTarget()
    const result = await initFrom(repo, `${untagged}@main`)
    await expectRefused(repo, result)
    expect(result.stderr).toContain(`"main" is a branch of ${untagged}`)
    expect(result.stderr).toContain('no version tag')
    expect(result.stderr).toContain('git tag v1 && git push origin v1')
  })

  it('takes a lightweight tag as it takes an annotated one: the commit, with the tag as comment', async () => {
    const { remote: tagged, commit } = await createActionsRemote({ 'v1.4.2': false, v1: true })
    const repo = await createTarget()
    const result = await initFrom(repo, `${tagged}@v1.4.2`)
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(read(repo, '.github/workflows/merge-main.yml')).toContain(
      `uses: acme/release-actions/actions/tag-release@${commit} # v1.4.2\n`
    )
  })

  it('refuses a tag that is not a version (latest), as the pin comment could not be updated', async () => {
    const { remote: tagged } = await createActionsRemote({ latest: false, v1: true })
    const repo = await createTarget()
    const result = await initFrom(repo, `${tagged}@latest`)
    await expectRefused(repo, result)
    expect(result.stderr).toMatch(/"latest" is a tag of .* but not a version .*: v1\n$/)
  })

  it('names the version tags when REF is neither a tag nor a branch', async () => {
    const { remote: tagged } = await createActionsRemote({ v1: false })
    const repo = await createTarget()
    const result = await initFrom(repo, `${tagged}@v9`)
    await expectRefused(repo, result)
    expect(result.stderr).toMatch(/has no tag "v9".*: v1\n$/)
  })
})
