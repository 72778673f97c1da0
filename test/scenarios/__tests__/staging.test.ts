import { describe, expect, it } from 'vitest'
import { loadWebhookExample } from '../../harness/webhook-events.js'
import { readNotice } from '../read-notice.js'
import { jobResults, useReleaseWorld } from '../use-release-world.js'
import { REPOSITORY, type Project } from '../release-world.js'

const world = useReleaseWorld()

const results = jobResults

async function mergeIntoDevelopment(
  project: Project,
  title: string,
  files: Record<string, string | null>
) {
  const merge = await project.mergePullRequest({
    branch: `feature/${title.replace(/\W+/g, '-')}`,
    into: 'development',
    title,
    files
  })
  return { merge, run: await project.runPush('merge-development', 'development', merge.before) }
}

async function containerOf(project: Project, service: string): Promise<string> {
  const listed = await world.docker.docker([
    'ps',
    '-q',
    '--filter',
    `label=com.docker.compose.project=${project.composeProject('staging')}`,
    '--filter',
    `label=com.docker.compose.service=${service}`
  ])
  return listed.stdout.trim()
}

describe('merge-development, run as GitHub runs it', () => {
  it('deploys only the operator that changed, says so once, and stays quiet for a push that changes no operator', async () => {
    const project = await world.createProject('staging')
    const first = await mergeIntoDevelopment(project, 'feat: both operators', {
      'operators/api/www/index.html': 'api 2\n',
      'operators/worker/www/index.html': 'worker 2\n'
    })
    expect(results(first.run)).toEqual({
      images: 'success',
      'deploy-staging': 'success',
      notify: 'success'
    })
    expect(first.run.job('deploy-staging').environment).toEqual({ name: 'staging' })
    const apiContainer = await containerOf(project, 'api')
    const apiImage = (await project.running('staging')).api
    project.takeSlackMessages()

    const { run, merge } = await mergeIntoDevelopment(project, 'fix: worker page', {
      'operators/worker/www/index.html': 'worker 3\n'
    })
    expect(results(run)).toEqual({
      images: 'success',
      'deploy-staging': 'success',
      notify: 'success'
    })
    const digests = JSON.parse(run.job('images').outputs.digests ?? '{}') as Record<string, string>
    expect(Object.keys(digests)).toEqual(['worker'])
    expect(await world.registry.listTags(`${project.namespace}/worker`)).toEqual(
      expect.arrayContaining(['dev', `dev-${merge.after.slice(0, 7)}`])
    )
    expect(await world.registry.readManifestDigest(`${project.namespace}/worker`, 'dev')).toBe(
      digests.worker
    )
    expect(await project.running('staging')).toEqual({
      api: apiImage,
      worker: `${world.registry.host}/${project.namespace}/worker@${digests.worker}`
    })
    expect(await containerOf(project, 'api')).toBe(apiContainer)
    const [notice, ...more] = project.takeSlackMessages().map(readNotice)
    expect(more).toEqual([])
    expect(notice).toMatchObject({
      header: ':white_check_mark: Staging from development',
      status: 'success',
      fields: { Operators: 'worker', Images: 'success', Deploy: 'success' }
    })

    const quiet = await mergeIntoDevelopment(project, 'docs: readme', {
      'README.md': '# operators, again\n'
    })
    expect(results(quiet.run)).toEqual({
      images: 'success',
      'deploy-staging': 'skipped',
      notify: 'skipped'
    })
    expect(quiet.run.job('images').outputs['has-changes']).toBe('false')
    expect(project.takeSlackMessages()).toEqual([])
    project.github.assertNoViolations()
  }, 400_000)
})

/** docker-push-staging dispatched with "Use workflow from" set to `branch`, at its tip `sha`. */
function dispatchFrom(
  project: Awaited<ReturnType<typeof world.createProject>>,
  branch: string,
  sha: string,
  inputs: Record<string, string>
) {
  return project.run('docker-push-staging', {
    event: {
      name: 'workflow_dispatch',
      payload: loadWebhookExample('workflow_dispatch', {
        overrides: { ref: `refs/heads/${branch}`, inputs, repository: { full_name: REPOSITORY } }
      })
    },
    sha,
    ref: `refs/heads/${branch}`,
    inputs
  })
}

describe('docker-push-staging, dispatched by hand', () => {
  it('pushes only the operators named, from the branch chosen in "Use workflow from"', async () => {
    const project = await world.createProject('dispatch')
    const { repo } = project
    await repo.branch('feature/try')
    await repo.checkout('feature/try')
    const sha = await repo.commit({
      message: 'wip: try the worker',
      files: { 'operators/worker/www/index.html': 'worker try\n' }
    })
    await repo.git(['push', '-q', 'origin', 'feature/try'])
    const run = await dispatchFrom(project, 'feature/try', sha, {
      operators: 'worker',
      environment: 'staging',
      version: ''
    })
    expect(results(run)).toEqual({ images: 'success' })
    expect(run.job('images').environment).toEqual({ name: 'staging' })
    expect(await world.registry.listTags(`${project.namespace}/worker`)).toEqual(
      expect.arrayContaining(['dev', `dev-${sha.slice(0, 7)}`])
    )
    expect(
      (await world.registry.readConfig(`${project.namespace}/worker`, 'dev')).config?.Labels?.[
        'org.opencontainers.image.revision'
      ]
    ).toBe(sha)
    expect(await world.registry.listTags(`${project.namespace}/api`)).toEqual([])
  }, 400_000)

  it("production from a feature branch builds the version tag's commit, and a version never tagged pushes nothing", async () => {
    const project = await world.createProject('dispatch-production')
    const { repo } = project
    const released = (await repo.git(['rev-parse', 'v1.2.0^{commit}'])).trim()
    await repo.branch('feature/try')
    await repo.checkout('feature/try')
    const sha = await repo.commit({
      message: 'wip: unreleased worker',
      files: { 'operators/worker/www/index.html': 'worker wip\n' }
    })
    await repo.git(['push', '-q', 'origin', 'feature/try'])
    const dispatch = (inputs: Record<string, string>) =>
      dispatchFrom(project, 'feature/try', sha, inputs)
    const run = await dispatch({ operators: 'worker', environment: 'production', version: '1.2.0' })
    expect(results(run)).toEqual({ images: 'success' })
    const labels = (await world.registry.readConfig(`${project.namespace}/worker`, '1.2.0')).config
      ?.Labels
    expect(labels?.['org.opencontainers.image.revision']).toBe(released)

    const never = await dispatch({
      operators: 'worker',
      environment: 'production',
      version: '9.9.9'
    })
    expect(results(never)).toEqual({ images: 'failure' })
    expect(await world.registry.listTags(`${project.namespace}/worker`)).not.toContain('9.9.9')
  }, 400_000)
})
