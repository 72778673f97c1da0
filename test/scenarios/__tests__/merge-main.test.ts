import { describe, expect, it } from 'vitest'
import { generateAppKeyPair } from '../../harness/github/github-apps.js'
import type { WorkflowRun } from '../../workflow-runner/run-workflow.js'
import { listAppSecrets, listRepositoryWrites, readSeenJwts } from '../app-token.js'
import { readNotice } from '../read-notice.js'
import { jobResults, useReleaseWorld } from '../use-release-world.js'
import { REGISTRY_PASSWORD, type Project } from '../release-world.js'

const world = useReleaseWorld()

const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/4242'
const APP_TOKEN_PIN = 'fee1f7d63c2ff003460e3d139729b119787bc349'
const RELEASE_URL = (tag: string) => `https://github.com/octo-org/octo-repo/releases/tag/${tag}`
const results = jobResults

/** Merges a labelled pull request into main and runs merge-main for the push. */
async function release(
  project: Project,
  title: string,
  files: Record<string, string | null>,
  labels = ['release:minor'],
  options = {}
) {
  const merge = await project.mergePullRequest({
    branch: `feature/${title.toLowerCase().replace(/\W+/g, '-')}`,
    into: 'main',
    title,
    labels,
    files
  })
  const run = await project.runPush('merge-main', 'main', merge.before, options)
  return { run, merge }
}

async function tagTarget(project: Project, tag: string): Promise<string> {
  return (await project.repo.git(['rev-parse', `${tag}^{commit}`], { cwd: project.remote })).trim()
}

async function containerIds(project: Project): Promise<string[]> {
  const listed = await world.docker.docker([
    'ps',
    '-q',
    '--filter',
    `label=com.docker.compose.project=${project.composeProject('production')}`
  ])
  return listed.stdout.trim().split('\n').filter(Boolean).sort()
}

function expectNoLeaks(project: Project, run: WorkflowRun) {
  const logs = run.jobs.map((j) => j.log).join('\n')
  for (const secret of [...project.tokens, REGISTRY_PASSWORD, world.webhookUrl, world.docker.host])
    expect(logs).not.toContain(secret)
  expect(project.github.refusals).toEqual([])
}

describe('merge-main, run as GitHub runs it', () => {
  it('a release:minor merge: tag, images, deploy, sync with one conflict, one notice each; a full rerun changes nothing and posts no second success', async () => {
    const project = await world.createProject('labelled')
    const { repo } = project
    await repo.checkout('security/hotfix')
    await repo.commit({
      message: 'fix: hotfix page',
      files: { 'operators/api/www/index.html': 'api hotfix\n' }
    })
    await repo.git(['push', '-q', 'origin', 'security/hotfix'])

    const { run, merge } = await release(project, 'Add export', {
      'operators/api/www/index.html': 'api 2 with export\n'
    })
    expect(results(run)).toEqual({
      release: 'success',
      images: 'success',
      'deploy-production': 'success',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(run.job('release').outputs).toEqual({
      version: '1.3.0',
      tag: 'v1.3.0',
      created: 'true',
      latest: 'true',
      'previous-tag': 'v1.2.0'
    })
    expect(await tagTarget(project, 'v1.3.0')).toBe(merge.after)

    const digests = JSON.parse(run.job('images').outputs.digests ?? '{}') as Record<string, string>
    for (const operator of ['api', 'worker']) {
      const name = `${project.namespace}/${operator}`
      expect(await world.registry.listTags(name)).toEqual(
        expect.arrayContaining(['1.3.0', '1.3', 'latest'])
      )
      expect(await world.registry.readManifestDigest(name, '1.3.0')).toBe(digests[operator])
      expect(
        (await world.registry.readConfig(name, '1.3.0')).config?.Labels?.[
          'org.opencontainers.image.revision'
        ]
      ).toBe(merge.after)
    }
    expect(run.job('deploy-production').environment).toEqual({
      name: 'production',
      url: RELEASE_URL('v1.3.0')
    })
    expect(await project.running('production')).toEqual({
      api: `${world.registry.host}/${project.namespace}/api@${digests.api}`,
      worker: `${world.registry.host}/${project.namespace}/worker@${digests.worker}`
    })

    expect(await repo.git(['rev-parse', 'development'], { cwd: project.remote })).toBe(merge.after)
    const syncPull = project.github.state.listPulls().find((p) => p.base.ref === 'security/hotfix')
    expect(syncPull).toMatchObject({
      head: { ref: 'sync/main-into-security/hotfix' },
      state: 'open'
    })

    const [syncNotice, releaseNotice, ...more] = project.takeSlackMessages().map(readNotice)
    expect(more).toEqual([])
    expect(syncNotice).toMatchObject({
      header: ':information_source: Syncing main needs a hand',
      status: 'info'
    })
    expect(syncNotice?.text).toContain('• security/hotfix: not merged')
    expect(syncNotice?.text).toContain(
      // A markdown link in a message shows its address, never only a label (#19).
      `pull request #${syncPull?.number} (<https://github.com/octo-org/octo-repo/pull/${syncPull?.number}>)`
    )
    expect(syncNotice?.text).not.toContain('["')
    expect(releaseNotice).toEqual({
      header: ':white_check_mark: Release v1.3.0 of octo-org/octo-repo',
      status: 'success',
      link: RELEASE_URL('v1.3.0'),
      fields: {
        Version: '1.3.0',
        Release: 'success',
        Images: 'success',
        Deploy: 'success',
        'Load check': 'skipped (no PRODUCTION_URL variable)',
        Sync: 'success'
      },
      text: ''
    })
    expectNoLeaks(project, run)
    project.github.assertNoViolations()

    // "Re-run all jobs": the same event, attempt 2.
    const containers = await containerIds(project)
    const rerun = await project.runPush('merge-main', 'main', merge.before, { runAttempt: 2 })
    expect(results(rerun)).toEqual({
      release: 'success',
      images: 'success',
      'deploy-production': 'success',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'skipped'
    })
    expect(rerun.job('release').outputs).toEqual({
      version: '1.3.0',
      tag: 'v1.3.0',
      created: 'false',
      latest: 'true',
      'previous-tag': 'v1.2.0'
    })
    expect(rerun.job('images').outputs.digests).toBe(run.job('images').outputs.digests)
    expect(rerun.job('images').steps.find((s) => s.id === 'push')?.log).not.toContain('Building')
    expect(await world.registry.readManifestDigest(`${project.namespace}/api`, '1.3.0')).toBe(
      digests.api
    )
    const { changed, 'previous-digests': previousDigests } = rerun.job('deploy-production').outputs
    expect(changed).toBe('false')
    // What ran before the rerun is what it deploys: the rollback target is the release itself.
    expect(JSON.parse(previousDigests ?? '')).toEqual(digests)
    expect(await containerIds(project)).toEqual(containers)
    const notices = project.takeSlackMessages().map(readNotice)
    expect(notices.filter((n) => n.header.includes('Release'))).toEqual([])
    project.github.assertNoViolations()
  }, 400_000)

  it('a rerun of an older release after a newer one builds and deploys nothing: production stays on the newer', async () => {
    const project = await world.createProject('old-rerun')
    const first = await release(project, 'Add export', {
      'operators/api/www/index.html': 'api 2\n'
    })
    const second = await release(project, 'Add import', {
      'operators/api/www/index.html': 'api 3\n'
    })
    expect(second.run.job('release').outputs).toMatchObject({ version: '1.4.0', latest: 'true' })
    const newer = await project.running('production')
    project.takeSlackMessages()

    const rerun = await project.runPush('merge-main', 'main', first.merge.before, {
      sha: first.merge.after,
      runAttempt: 2
    })
    expect(rerun.job('release').outputs).toMatchObject({
      version: '1.3.0',
      created: 'false',
      latest: 'false'
    })
    expect(results(rerun)).toMatchObject({
      images: 'skipped',
      'deploy-production': 'skipped',
      notify: 'skipped'
    })
    expect(await project.running('production')).toEqual(newer)
    expect(await world.registry.readManifestDigest(`${project.namespace}/api`, 'latest')).toBe(
      await world.registry.readManifestDigest(`${project.namespace}/api`, '1.4.0')
    )
    expect(project.takeSlackMessages()).toEqual([])
  }, 400_000)

  it('an unhealthy deploy is rolled back to the previous digests; Slack says failure and links the run', async () => {
    const project = await world.createProject('unhealthy')
    const first = await release(project, 'Add export', {
      'operators/api/www/index.html': 'api 2\n'
    })
    expect(first.run.conclusion).toBe('success')
    const before = await project.running('production')
    project.takeSlackMessages()

    const { run } = await release(
      project,
      'Break health',
      { 'operators/api/www/index.html': 'api 3\n', 'operators/api/www/health': null },
      ['release:patch']
    )
    expect(results(run)).toEqual({
      release: 'success',
      images: 'success',
      'deploy-production': 'failure',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(run.job('deploy-production').log).toMatch(/roll/i)
    expect(await project.running('production')).toEqual(before)
    const [notice, ...more] = project.takeSlackMessages().map(readNotice)
    expect(more).toEqual([])
    expect(notice).toMatchObject({
      header: ':x: Release v1.3.1 of octo-org/octo-repo',
      status: 'failure',
      link: RUN_URL,
      fields: {
        Version: '1.3.1',
        Release: 'success',
        Images: 'success',
        Deploy: 'failure',
        Sync: 'success'
      }
    })
  }, 400_000)

  it('one operator failing to build: nothing is deployed, sync still runs, Slack says failure with the run link', async () => {
    const project = await world.createProject('broken-build')
    const { run } = await release(project, 'Break worker', {
      'operators/worker/Dockerfile': 'FROM scratch\nCOPY no-such-file /x\n'
    })
    expect(results(run)).toEqual({
      release: 'success',
      images: 'failure',
      'deploy-production': 'skipped',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(run.job('images').log).toContain('worker')
    expect(await world.registry.listTags(`${project.namespace}/api`)).toEqual(
      expect.arrayContaining(['1.3.0'])
    )
    expect(await project.running('production')).toEqual({})
    const [notice] = project.takeSlackMessages().map(readNotice)
    expect(notice).toMatchObject({
      status: 'failure',
      link: RUN_URL,
      fields: { Images: 'failure', Deploy: 'skipped', Sync: 'success' }
    })
  }, 400_000)

  it('release:skip: no tag, no images, no deploy, no notice; main is still synced', async () => {
    const project = await world.createProject('skip')
    const { run, merge } = await release(
      project,
      'Docs only',
      { 'README.md': '# operators, documented\n' },
      ['release:skip']
    )
    expect(results(run)).toEqual({
      release: 'success',
      images: 'skipped',
      'deploy-production': 'skipped',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'skipped'
    })
    expect(run.job('release').outputs).toEqual({
      created: 'false',
      latest: 'false',
      'previous-tag': 'v1.2.0'
    })
    expect(await world.registry.listTags(`${project.namespace}/api`)).toEqual([])
    expect(await project.repo.git(['rev-parse', 'development'], { cwd: project.remote })).toBe(
      merge.after
    )
    expect(project.takeSlackMessages()).toEqual([])
  }, 400_000)

  it('sync failing on one target: the other is synced, the sync notice still goes out, and the release notice says so', async () => {
    const project = await world.createProject('sync-fails')
    // development's update meets a GitHub outage that outlasts every retry (1 + 4 attempts); a
    // refused token (401, 403) would stop the whole sync instead, as no target could be written.
    project.github.injectFault({
      route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
      status: 502,
      body: { message: 'Bad Gateway' },
      times: 5
    })
    const { run, merge } = await release(
      project,
      'Docs only',
      { 'README.md': '# operators, documented\n' },
      ['release:skip']
    )
    expect(results(run)).toEqual({
      release: 'success',
      images: 'skipped',
      'deploy-production': 'skipped',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'failure',
      notify: 'success'
    })
    expect(await project.repo.git(['rev-parse', 'security/hotfix'], { cwd: project.remote })).toBe(
      merge.after
    )
    const [syncNotice, releaseNotice, ...more] = project.takeSlackMessages().map(readNotice)
    expect(more).toEqual([])
    expect(syncNotice).toMatchObject({
      header: ':x: Syncing main needs a hand',
      status: 'failure',
      link: RUN_URL
    })
    expect(syncNotice?.text).toMatch(
      /^• development: failed \(.*HTTP 502 Bad Gateway, still after retries.*\)$/
    )
    expect(releaseNotice).toMatchObject({
      header: ':x: octo-org/octo-repo - merge into main, no release',
      status: 'failure',
      link: RUN_URL,
      fields: { Version: 'none', Sync: 'failure' }
    })
  }, 400_000)

  it('the Release failing after the tag: the notice names the version and links the run, sync runs, and a rerun finishes the release', async () => {
    const project = await world.createProject('release-fails')
    project.github.injectFault({
      route: 'POST /repos/{owner}/{repo}/releases',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    })
    const { run, merge } = await release(project, 'Add export', {
      'operators/api/www/index.html': 'api 2\n'
    })
    expect(results(run)).toEqual({
      release: 'failure',
      images: 'skipped',
      'deploy-production': 'skipped',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(run.job('release').outputs).toEqual({
      version: '1.3.0',
      tag: 'v1.3.0',
      created: 'true',
      latest: 'true',
      'previous-tag': 'v1.2.0'
    })
    const [notice] = project.takeSlackMessages().map(readNotice)
    expect(notice).toMatchObject({
      header: ':x: Release v1.3.0 of octo-org/octo-repo',
      status: 'failure',
      link: RUN_URL,
      fields: { Version: '1.3.0', Release: 'failure' }
    })

    const rerun = await project.runPush('merge-main', 'main', merge.before, { runAttempt: 2 })
    expect(results(rerun)).toEqual({
      release: 'success',
      images: 'success',
      'deploy-production': 'success',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(project.github.state.releases.map((r) => r.tagName)).toEqual(['v1.3.0'])
    expect(Object.keys(await project.running('production')).sort()).toEqual(['api', 'worker'])
    const [done] = project.takeSlackMessages().map(readNotice)
    expect(done).toMatchObject({ status: 'success', link: RELEASE_URL('v1.3.0') })
  }, 400_000)

  it('a cancelled run: the deploy stops, nothing is synced, Slack says cancelled', async () => {
    const project = await world.createProject('cancelled')
    const developmentBefore = await project.repo.git(['rev-parse', 'development'], {
      cwd: project.remote
    })
    const { run } = await release(
      project,
      'Add export',
      { 'operators/api/www/index.html': 'api 2\n' },
      ['release:minor'],
      {
        onJobStart: (job: string, control: { cancel(): void }) => {
          if (job === 'deploy-production') setTimeout(() => control.cancel(), 200)
        }
      }
    )
    expect(results(run)).toEqual({
      release: 'success',
      images: 'success',
      'deploy-production': 'cancelled',
      'load-check': 'cancelled',
      rollback: 'cancelled',
      sync: 'cancelled',
      notify: 'success'
    })
    expect(run.conclusion).toBe('cancelled')
    expect(await project.repo.git(['rev-parse', 'development'], { cwd: project.remote })).toBe(
      developmentBefore
    )
    const [notice] = project.takeSlackMessages().map(readNotice)
    expect(notice, run.job('notify').log).toMatchObject({
      status: 'cancelled',
      link: RUN_URL,
      fields: { Deploy: 'cancelled', Sync: 'cancelled' }
    })
  }, 400_000)

  it('the registry namespace kept in a secret and no Slack secret: the deploy still gets every digest, and the release is green', async () => {
    const project = await world.createProject('secretns')
    const { run } = await release(
      project,
      'Add export',
      { 'operators/api/www/index.html': 'api 2\n' },
      ['release:minor'],
      {
        secrets: { IMAGE_REGISTRY_PASSWORD: REGISTRY_PASSWORD, IMAGE_NAMESPACE: project.namespace },
        envOverrides: {
          IMAGE_REGISTRY: world.registry.host,
          IMAGE_NAMESPACE: '${{ secrets.IMAGE_NAMESPACE }}',
          IMAGE_ENGINE: 'podman'
        }
      }
    )
    expect(results(run)).toEqual({
      release: 'success',
      images: 'success',
      'deploy-production': 'success',
      'load-check': 'skipped',
      rollback: 'skipped',
      sync: 'success',
      notify: 'success'
    })
    expect(run.jobs.flatMap((j) => j.droppedOutputs)).toEqual([])
    expect(Object.keys(await project.running('production')).sort()).toEqual(['api', 'worker'])
    expect(run.job('notify').log).toContain('no Slack destination')
    expect(project.takeSlackMessages()).toEqual([])
  }, 400_000)
})

describe('merge-main sync with the release App (README adoption step 6)', () => {
  /** security/hotfix changes the README too: the sync into it conflicts and needs a pull request. */
  async function releaseDocsOverHotfix(project: Project, options = {}) {
    const { repo } = project
    await repo.checkout('security/hotfix')
    await repo.commit({
      message: 'fix: hotfix notes',
      files: { 'README.md': '# operators, hotfix\n' }
    })
    await repo.git(['push', '-q', 'origin', 'security/hotfix'])
    return release(
      project,
      'Docs only',
      { 'README.md': '# operators, documented\n' },
      ['release:skip'],
      options
    )
  }
  const syncPullOf = (project: Project) =>
    project.github.state.listPulls().find((p) => p.base.ref === 'security/hotfix')
  const readPullUser = async (project: Project, number: number) => {
    const response = await fetch(`${project.github.url}/repos/octo-org/octo-repo/pulls/${number}`)
    return ((await response.json()) as { user: { login: string; type: string } }).user
  }

  it("with RELEASE_APP_ID set, the App's bot opens the sync pull request and pushes development; its JWT was valid, its token revoked after the job, and no key or token is logged", async () => {
    const project = await world.createProject('app-token')
    const app = project.installApp()
    const { run, merge } = await releaseDocsOverHotfix(project, project.withApp(app))
    expect(results(run)).toMatchObject({ release: 'success', sync: 'success' })
    const sync = run.job('sync')
    expect(sync.steps.map((s) => [s.id ?? s.name, s.outcome])).toEqual([
      ['app-token', 'success'],
      ['sync', 'success'],
      ['org/release-actions/actions/notify-slack@v1', 'success'],
      [`Post actions/create-github-app-token@${APP_TOKEN_PIN}`, 'success']
    ])
    expect(sync.steps[0]?.outputs).toMatchObject({
      'app-slug': 'octo-release',
      'installation-id': String(app.installationId)
    })
    expect(sync.steps[3]?.log).toBe('Token revoked')

    // The App's token did every write of the sync; the job's GITHUB_TOKEN none.
    const [minted, ...more] = project.github.apps.tokens.values()
    expect(more).toEqual([])
    expect(minted).toMatchObject({
      permissions: { contents: 'write', pull_requests: 'write' },
      repositories: ['octo-org/octo-repo'],
      revoked: true
    })
    const writes = listRepositoryWrites(project)
    expect(writes.map((w) => w.route)).toEqual(
      expect.arrayContaining([
        'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
        'POST /repos/{owner}/{repo}/pulls'
      ])
    )
    expect(writes.filter((w) => w.token !== minted?.token)).toEqual([])
    expect(await project.repo.git(['rev-parse', 'development'], { cwd: project.remote })).toBe(
      merge.after
    )
    const pull = syncPullOf(project)
    expect(pull).toMatchObject({ user: 'octo-release[bot]', state: 'open', labels: ['sync'] })
    expect(await readPullUser(project, pull?.number ?? 0)).toMatchObject({
      login: 'octo-release[bot]',
      type: 'Bot'
    })

    const jwts = readSeenJwts(project, app)
    expect(jwts.map((j) => [j.route, j.status])).toEqual([
      ['/repos/{owner}/{repo}/installation', 200],
      ['/app/installations/{installation_id}/access_tokens', 201]
    ])
    for (const jwt of jwts) {
      expect(jwt).toMatchObject({ alg: 'RS256', iss: String(app.id), signedByApp: true })
      expect(jwt.lifetime).toBeLessThanOrEqual(600)
    }
    const logs = run.jobs.map((j) => j.log).join('\n')
    for (const secret of listAppSecrets(project, app.privateKey)) expect(logs).not.toContain(secret)
    expectNoLeaks(project, run)
    project.github.assertNoViolations()
  }, 400_000)

  it('without RELEASE_APP_ID the App token step is skipped: github-actions[bot] opens the sync pull request with the job’s GITHUB_TOKEN', async () => {
    const project = await world.createProject('no-app-token')
    project.installApp()
    const { run } = await releaseDocsOverHotfix(project)
    expect(results(run)).toMatchObject({ release: 'success', sync: 'success' })
    const sync = run.job('sync')
    expect(sync.steps.map((s) => [s.id ?? s.name, s.outcome])).toEqual([
      ['app-token', 'skipped'],
      ['sync', 'success'],
      ['org/release-actions/actions/notify-slack@v1', 'success']
    ])
    const syncToken = project.grants.find((g) => g.job === 'sync')?.token
    const writes = listRepositoryWrites(project)
    expect(writes.length).toBeGreaterThan(0)
    expect(writes.filter((w) => w.token !== syncToken)).toEqual([])
    expect(project.github.countRequests('/repos/{owner}/{repo}/installation')).toBe(0)
    expect(project.github.apps.tokens.size).toBe(0)
    const pull = syncPullOf(project)
    expect(pull?.user).toBe('github-actions[bot]')
    expect(await readPullUser(project, pull?.number ?? 0)).toMatchObject({
      login: 'github-actions[bot]',
      type: 'Bot'
    })
    expectNoLeaks(project, run)
    project.github.assertNoViolations()
  }, 400_000)

  it("a private key that is not the App's: the App token step fails with GitHub's 401, the sync job fails and writes nothing, the notice says so", async () => {
    const project = await world.createProject('app-token-bad-key')
    const app = project.installApp()
    const wrongKey = generateAppKeyPair().privateKey
    const developmentBefore = await project.repo.git(['rev-parse', 'development'], {
      cwd: project.remote
    })
    const { run } = await releaseDocsOverHotfix(project, project.withApp(app, wrongKey))
    expect(results(run)).toMatchObject({ release: 'success', sync: 'failure', notify: 'success' })
    const sync = run.job('sync')
    expect(sync.steps.map((s) => [s.id ?? s.name, s.outcome])).toEqual([
      ['app-token', 'failure'],
      ['sync', 'skipped'],
      ['org/release-actions/actions/notify-slack@v1', 'skipped'],
      [`Post actions/create-github-app-token@${APP_TOKEN_PIN}`, 'success']
    ])
    const message = 'A JSON web token could not be decoded - https://docs.github.com/rest'
    expect(sync.steps[0]?.log).toContain(
      `Failed to create token for "octo-repo" (attempt 4): ${message}`
    )
    expect(sync.steps[0]?.log).toContain(`::error::${message}`)
    expect(readSeenJwts(project, app).map((j) => [j.status, j.signedByApp])).toEqual(
      Array(4).fill([401, false])
    )
    expect(listRepositoryWrites(project)).toEqual([])
    expect(project.github.apps.tokens.size).toBe(0)
    expect(await project.repo.git(['rev-parse', 'development'], { cwd: project.remote })).toBe(
      developmentBefore
    )
    expect(syncPullOf(project)).toBeUndefined()
    const [notice, ...others] = project.takeSlackMessages().map(readNotice)
    expect(others).toEqual([])
    expect(notice).toMatchObject({ status: 'failure', link: RUN_URL, fields: { Sync: 'failure' } })
    const logs = run.jobs.map((j) => j.log).join('\n')
    for (const secret of listAppSecrets(project, wrongKey)) expect(logs).not.toContain(secret)
    project.github.assertNoViolations()
  }, 400_000)
})
