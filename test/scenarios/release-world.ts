import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  BUSYBOX_HEALTHCHECK,
  writeBusyboxOperator,
  type BusyboxOperatorOptions
} from '../harness/busybox-image.js'
import { startDockerDaemon, type DockerDaemon } from '../harness/docker-daemon.js'
import { createBareRemote, createGitRepo, type GitRepo } from '../harness/git-repo.js'
import { generateAppKeyPair } from '../harness/github/github-apps.js'
import { startGitHubStandIn, type GitHubStandIn } from '../harness/github/server.js'
import { findFreePort } from '../harness/loopback-server.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../harness/podman.js'
import { startRegistry, type Registry } from '../harness/registry.js'
import { REPO_ROOT } from '../harness/run-action.js'
import { startSlackStandIn, type SlackMessage, type SlackStandIn } from '../harness/slack/server.js'
import { loadWebhookExample } from '../harness/webhook-events.js'
import {
  runWorkflow,
  type RunWorkflowOptions,
  type WorkflowRun
} from '../workflow-runner/run-workflow.js'

/**
 * Everything the starters touch, real where it runs here: a registry, podman, a Docker daemon
 * with compose, git; GitHub and Slack as loopback stand-ins. One per test file; each scenario
 * gets its own project (repository, image namespace, compose project) inside it.
 */
export interface ReleaseWorld {
  registry: Registry
  podman: PodmanEnvironment
  docker: DockerDaemon
  slack: SlackStandIn
  webhookUrl: string
  createProject(name: string): Promise<Project>
  /** Closes every project made so far: its containers stop (health checks load the machine). */
  closeProjects(): Promise<void>
  stop(): Promise<void>
}

export const ACTOR = 'release-bot'
export const REPOSITORY = 'octo-org/octo-repo'
export const TOKEN = 'ghs_scenario_token_0123456789abcdef'
export const REGISTRY_PASSWORD = 'registry-Pa55word-scenario'

export async function startReleaseWorld(): Promise<ReleaseWorld> {
  const registry = await startRegistry()
  const podman = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
  const docker = await startDockerDaemon()
  const slack = await startSlackStandIn()
  const webhookUrl = slack.createWebhook({ channel: 'C0RELEASES' })
  const projects: Project[] = []
  const world: ReleaseWorld = {
    registry,
    podman,
    docker,
    slack,
    webhookUrl,
    async createProject(name) {
      const project = await createProject(world, name)
      projects.push(project)
      return project
    },
    async closeProjects() {
      await Promise.all(projects.splice(0).map((p) => p.close()))
    },
    async stop() {
      await world.closeProjects()
      await docker.stop()
      await slack.close()
      await registry.stop()
      await podman.cleanup()
    }
  }
  return world
}

/** The team's release App (README adoption step 6), as registered on a project's GitHub. */
export interface ReleaseApp {
  id: number
  slug: string
  /** The PEM a person downloads from the App's settings and stores as a secret. */
  privateKey: string
  publicKey: string
  installationId: number
}

export type StarterName =
  | 'merge-main'
  | 'merge-development'
  | 'weekly-release'
  | 'docker-push-staging'
  | 'pr-security'
  | 'production-monitor'

export interface Project {
  name: string
  repo: GitRepo
  remote: string
  github: GitHubStandIn
  /** The image namespace of this project in the shared registry. */
  namespace: string
  /** The compose project its deploys run as. */
  composeProject(environment: string): string
  /**
   * Production's front door: the api service's port 8080, published on 127.0.0.1 by compose
   * (a free port chosen for this project), for `vars.PRODUCTION_URL`.
   */
  productionUrl: string
  /** Merges `branch` into `into` on "GitHub" (a real merge in the bare repository) through a pull request. */
  mergePullRequest(options: {
    branch: string
    into: string
    title: string
    labels?: string[]
    files: Record<string, string | null>
  }): Promise<{ number: number; before: string; after: string }>
  /** Runs a starter for a push to `branch` from `before` to its tip (or to `options.sha`). */
  runPush(
    workflow: StarterName,
    branch: string,
    before: string,
    options?: Partial<RunWorkflowOptions>
  ): Promise<WorkflowRun>
  run(
    workflow: StarterName,
    options: Pick<RunWorkflowOptions, 'event' | 'sha' | 'ref'> & Partial<RunWorkflowOptions>
  ): Promise<WorkflowRun>
  /** What runs in an environment now: service → image reference (`image@digest`). */
  running(environment: string): Promise<Record<string, string>>
  /** Every GITHUB_TOKEN issued to this project's jobs so far (secrets: never in a log). */
  tokens: string[]
  /** Each token with the job it was issued to and the permissions granted on the GitHub stand-in. */
  grants: { job: string; token: string; permissions: Record<string, string> }[]
  /**
   * Creates the release App and installs it on the repository with the README's permissions
   * (Contents and Pull requests: read and write), as adoption step 6 asks.
   */
  installApp(): ReleaseApp
  /**
   * Run options with the App configured: the variable `RELEASE_APP_ID` and the secret
   * `RELEASE_APP_PRIVATE_KEY` (this key, default the App's), on top of the usual secrets.
   */
  withApp(app: ReleaseApp, privateKey?: string): Partial<RunWorkflowOptions>
  /** Slack messages posted since the last call. */
  takeSlackMessages(): SlackMessage[]
  close(): Promise<void>
}

// Other starters or another deploy example can be put through the same scenarios (say, an older
// release's, to see which scenarios it fails): SCENARIO_STARTERS_DIR, SCENARIO_DEPLOY_DIR.
const STARTERS_DIR = process.env.SCENARIO_STARTERS_DIR || path.join(REPO_ROOT, 'workflows')
const DEPLOY_EXAMPLE_DIR =
  process.env.SCENARIO_DEPLOY_DIR || path.join(REPO_ROOT, 'examples', 'deploy')
const OPERATORS = ['api', 'worker'] as const
const PUSHES_IMAGES = new Set<StarterName>([
  'merge-main',
  'merge-development',
  'docker-push-staging'
])

async function createProject(world: ReleaseWorld, name: string): Promise<Project> {
  const repo = await createGitRepo()
  await writeProjectFiles(repo.dir)
  await repo.git(['add', '-A'])
  await repo.git(['commit', '-q', '-m', 'feat: api and worker operators, deploy by digest'])
  await repo.tag('v1.2.0', { message: 'v1.2.0' })
  await repo.branch('development')
  await repo.branch('security/hotfix')
  const remote = await createBareRemote(repo)
  const github = await startGitHubStandIn({
    gitDir: remote,
    repository: REPOSITORY,
    actor: 'github-actions[bot]'
  })
  let slackSeen = world.slack.messages.length
  let issued = 0
  const tokens: string[] = []
  const grants: Project['grants'] = []
  const namespace = `scenario-${name}`
  const composeProject = (environment: string) => `${namespace}-${environment}`
  const productionPort = await findFreePort()
  const secrets = {
    SLACK_WEBHOOK_URL: world.webhookUrl,
    IMAGE_REGISTRY_PASSWORD: REGISTRY_PASSWORD
  }

  const run: Project['run'] = (workflow, { env, ...options }) =>
    runWorkflow({
      workflow: path.join(STARTERS_DIR, `${workflow}.yml`),
      remote,
      apiUrl: github.url,
      repository: REPOSITORY,
      actor: ACTOR,
      // Each job's token may write only what its permissions: say, as on GitHub.
      issueToken: ({ name: job, permissions }) => {
        const token = `${TOKEN}_${++issued}`
        github.grantToken(token, permissions)
        tokens.push(token)
        grants.push({ job, token, permissions })
        return token
      },
      secrets,
      environments: {
        production: { secrets: { DEPLOY_DOCKER_HOST: world.docker.host } },
        staging: { secrets: { DEPLOY_DOCKER_HOST: world.docker.host } }
      },
      env: {
        ...world.podman.env,
        BUILDAH_ISOLATION: 'chroot',
        PATH: world.docker.env.PATH ?? '',
        DOCKER_CONFIG: world.docker.env.DOCKER_CONFIG ?? '',
        DEPLOY_WAIT_TIMEOUT: '60',
        // One daemon serves every scenario: each project deploys as its own compose project.
        COMPOSE_PROJECT_NAME: composeProject(workflow === 'merge-main' ? 'production' : 'staging'),
        // Production publishes the api on its own port; staging on any free one.
        API_PUBLISH: workflow === 'merge-main' ? `127.0.0.1:${productionPort}:8080` : '',
        ...env
      },
      // The "adapt once" block of the starters that push images; podman builds here (no buildx).
      envOverrides: PUSHES_IMAGES.has(workflow)
        ? {
            IMAGE_REGISTRY: world.registry.host,
            IMAGE_NAMESPACE: namespace,
            IMAGE_ENGINE: 'podman'
          }
        : {},
      // Each run is reported to the GitHub stand-in, for the runs API (production-monitor).
      recordRun: (record) => github.state.recordWorkflowRun(record),
      ...options
    })

  const project: Project = {
    name,
    repo,
    remote,
    github,
    namespace,
    composeProject,
    productionUrl: `http://127.0.0.1:${productionPort}`,
    tokens,
    grants,
    async mergePullRequest({ branch, into, title, labels = [], files }) {
      await repo.checkout(into)
      await repo.git(['pull', '-q', 'origin', into])
      await repo.branch(branch)
      await repo.checkout(branch)
      await repo.commit({ message: title, files })
      await repo.git(['push', '-q', 'origin', branch])
      const before = (await repo.git(['rev-parse', `origin/${into}`])).trim()
      github.state.syncFromGit()
      const pull = github.state.openPullRequest({ head: branch, base: into, title, labels })
      const after = github.state.mergePullRequest(pull.number)
      await repo.checkout(into)
      await repo.git(['pull', '-q', 'origin', into])
      return { number: pull.number, before, after }
    },
    async runPush(workflow, branch, before, options = {}) {
      // `sha` replays an older push (a rerun of its run); by default the branch's tip was pushed.
      const after =
        options.sha ?? (await repo.git(['rev-parse', `origin/${branch}`], { cwd: repo.dir })).trim()
      return run(workflow, {
        event: pushEvent(branch, before, after),
        sha: after,
        ref: `refs/heads/${branch}`,
        ...options
      })
    },
    run,
    async running(environment) {
      const listed = await world.docker.docker([
        'ps',
        '--filter',
        `label=com.docker.compose.project=${composeProject(environment)}`,
        '--format',
        '{{.Label "com.docker.compose.service"}} {{.ID}}'
      ])
      const services: Record<string, string> = {}
      for (const line of listed.stdout.trim().split('\n').filter(Boolean)) {
        const [service = '', id = ''] = line.split(' ')
        const inspected = await world.docker.docker([
          'inspect',
          '--format',
          '{{.Config.Image}}',
          id
        ])
        services[service] = inspected.stdout.trim()
      }
      return services
    },
    installApp() {
      const keys = generateAppKeyPair()
      const registered = github.registerApp({
        id: 1_204_101,
        slug: 'octo-release',
        publicKey: keys.publicKey,
        installations: [
          {
            repositories: [REPOSITORY],
            permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' }
          }
        ]
      })
      const installationId = registered.installations[0]?.id ?? 0
      return { id: registered.id, slug: registered.slug, ...keys, installationId }
    },
    withApp(app, privateKey = app.privateKey) {
      return {
        vars: { RELEASE_APP_ID: String(app.id) },
        secrets: { ...secrets, RELEASE_APP_PRIVATE_KEY: privateKey }
      }
    },
    takeSlackMessages() {
      const fresh = world.slack.messages.slice(slackSeen)
      slackSeen = world.slack.messages.length
      return fresh
    },
    async close() {
      for (const environment of ['production', 'staging']) {
        const ids = await world.docker.docker([
          'ps',
          '-aq',
          '--filter',
          `label=com.docker.compose.project=${composeProject(environment)}`
        ])
        const list = ids.stdout.trim().split('\n').filter(Boolean)
        if (list.length > 0) await world.docker.docker(['rm', '-f', ...list])
      }
      await github.close()
      await repo.cleanup()
    }
  }
  return project
}

/** A user's repository as the README's adoption steps leave it: operators, deploy/ from the example. */
async function writeProjectFiles(dir: string): Promise<void> {
  for (const operator of OPERATORS) {
    const operatorDir = path.join(dir, 'operators', operator)
    await writeBusyboxOperator(operatorDir, { index: `${operator} 1\n` })
    await writeFile(path.join(operatorDir, 'app.py'), `def handler():\n    return "${operator}"\n`)
    await writeFile(
      path.join(operatorDir, 'Makefile'),
      `test:\n\tpython -c "print('${operator} tests pass')"\n`
    )
  }
  await mkdir(path.join(dir, 'deploy'), { recursive: true })
  await copyFile(path.join(DEPLOY_EXAMPLE_DIR, 'deploy.sh'), path.join(dir, 'deploy', 'deploy.sh'))
  await chmod(path.join(dir, 'deploy', 'deploy.sh'), 0o755)
  await writeFile(path.join(dir, 'deploy', 'compose.yaml'), renderCompose())
  await writeFile(path.join(dir, 'README.md'), '# operators\n')
  await writeFile(path.join(dir, 'locustfile.py'), LOCUSTFILE)
}

/** The team's load test: its home page, as a visitor opens it. */
const LOCUSTFILE = [
  'from locust import HttpUser, between, task',
  '',
  '',
  'class Visitor(HttpUser):',
  '    wait_time = between(0.05, 0.1)',
  '',
  '    @task',
  '    def home(self):',
  '        self.client.get("/", name="home")',
  ''
].join('\n')

/**
 * The example's compose file adapted to the busybox operators. The api is published on
 * 127.0.0.1 at `API_PUBLISH` (production's port: its front door for the load check), else on a
 * free port the daemon picks (one daemon, many projects); the worker is not published.
 */
function renderCompose(): string {
  const services = OPERATORS.map((operator) => {
    const variable = `${operator.toUpperCase()}_IMAGE`
    return [
      `  ${operator}:`,
      `    image: \${${variable}:-not-set.invalid/${operator}_image}`,
      ...(operator === 'api' ? ['    ports:', "      - '${API_PUBLISH:-127.0.0.1::8080}'"] : []),
      '    restart: unless-stopped',
      '    healthcheck:',
      `      test: ${JSON.stringify(BUSYBOX_HEALTHCHECK)}`,
      '      interval: 1s',
      '      timeout: 2s',
      '      retries: 5',
      '      start_period: 1s'
    ].join('\n')
  })
  return `services:\n${services.join('\n')}\n`
}

export function pushEvent(branch: string, before: string, after: string) {
  return {
    name: 'push',
    payload: loadWebhookExample('push', {
      overrides: {
        ref: `refs/heads/${branch}`,
        before,
        after,
        repository: {
          full_name: REPOSITORY,
          name: 'octo-repo',
          owner: { login: 'octo-org', name: 'octo-org' }
        }
      }
    })
  }
}

/** Writes an operator change (e.g. an unhealthy image: `{ health: null }`) as files for a commit. */
export async function operatorFiles(
  operator: string,
  options: BusyboxOperatorOptions & { index: string }
): Promise<Record<string, string | null>> {
  const files: Record<string, string | null> = {
    [`operators/${operator}/www/index.html`]: options.index
  }
  if (options.health === null) files[`operators/${operator}/www/health`] = null
  return files
}
