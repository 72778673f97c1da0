// docker-push-operators on a repository of 20 operators, the real bundle with engine: podman
// against a real local registry: the first production release 1.0.0 of all 20, then one operator
// changed and release 1.1.0 from v1.0.0 (one build, nineteen promotions by a registry-side
// manifest copy), next to building all 20 for that same commit (changed-only: false, into a
// fresh namespace). Also the planning time (mode: plan) of the 1.1.0 release.
import { createGitRepo, type GitRepo } from '../harness/git-repo.js'
import { createPodmanEnvironment, type PodmanEnvironment } from '../harness/podman.js'
import { startRegistry, type Registry } from '../harness/registry.js'
import { runAction, type ActionResult } from '../harness/run-action.js'
import { loadWebhookExample } from '../harness/webhook-events.js'

const OPERATORS = 20
const CHANGED = 'op7'
const NO_COMMIT = '0'.repeat(40)

interface ImageOutput {
  operator: string
  status: 'built' | 'promoted' | 'unchanged'
  'promoted-from'?: string
}

interface Measured {
  result: ActionResult
  images: ImageOutput[]
  blobUploads: number
  ms: number
}

export async function measureOperatorBuilds(): Promise<string[][]> {
  let registry: Registry | undefined
  let sandbox: PodmanEnvironment | undefined
  let repo: GitRepo | undefined
  try {
    registry = await startRegistry()
    sandbox = await createPodmanEnvironment({ insecureRegistries: [registry.host] })
    repo = await createGitRepo()
    const run = runner(registry, sandbox, repo)

    const files: Record<string, string> = {}
    for (let i = 0; i < OPERATORS; i++) {
      files[`operators/op${i}/Dockerfile`] = 'FROM scratch\nCOPY app.txt /app.txt\n'
      files[`operators/op${i}/app.txt`] = `${i}\n`
    }
    await repo.commit({ message: `feat: ${OPERATORS} operators`, files })
    await repo.tag('v1.0.0')
    const first = await run('first release 1.0.0', {
      environment: 'production',
      version: '1.0.0'
    })

    await repo.commit({
      message: `fix: ${CHANGED}`,
      files: { [`operators/${CHANGED}/app.txt`]: 'changed\n' }
    })
    await repo.tag('v1.1.0')
    const release = { environment: 'production', version: '1.1.0', base: 'v1.0.0' }
    const plan = await run('plan of 1.1.0', { ...release, mode: 'plan' })
    const changed = await run('release 1.1.0', release)
    const all = await run('all 20 for 1.1.0', {
      environment: 'production',
      version: '1.1.0',
      'changed-only': 'false',
      namespace: 'bench-all'
    })

    const row = (what: string, built: number, promoted: string, m: Measured) => [
      what,
      String(built),
      promoted,
      String(m.blobUploads),
      `${(m.ms / 1000).toFixed(1)} s`,
      `${(m.ms / all.ms).toFixed(2)}x`
    ]
    const measuredRow = (what: string, m: Measured) => {
      const promoted = m.images.filter((image) => image.status === 'promoted')
      const from = [...new Set(promoted.map((image) => image['promoted-from']))].join(', ')
      return row(
        what,
        m.images.filter((image) => image.status === 'built').length,
        promoted.length > 0 ? `${promoted.length} (from ${from})` : '0',
        m
      )
    }
    // Plan mode builds nothing: what it would do is in its summary.
    const wouldPromote = plan.result.summary.match(/\| would promote from /g)?.length ?? 0
    const wouldBuild = plan.result.summary.match(/\| selected /g)?.length ?? 0
    return [
      ['docker-push-operators run', 'built', 'promoted', 'blob uploads', 'wall time', 'vs all 20'],
      measuredRow('1.0.0, first release (all 20)', first),
      measuredRow(`1.1.0, ${CHANGED} changed, base v1.0.0`, changed),
      measuredRow('1.1.0, changed-only: false (new namespace)', all),
      row('1.1.0, base v1.0.0, mode: plan (would)', wouldBuild, String(wouldPromote), plan)
    ]
  } finally {
    await Promise.allSettled([repo?.cleanup(), registry?.stop(), sandbox?.cleanup()])
  }
}

/** Runs the bundle as the end-to-end tests do, for a push of HEAD; fails the bench on exit ≠ 0. */
function runner(registry: Registry, sandbox: PodmanEnvironment, repo: GitRepo) {
  return async (what: string, inputs: Record<string, string>): Promise<Measured> => {
    const sha = await repo.head()
    const before = registry.requests().length
    const started = process.hrtime.bigint()
    const result = await runAction('docker-push-operators', {
      inputs: { registry: registry.host, namespace: 'bench', engine: 'podman', ...inputs },
      workspace: repo.dir,
      sha,
      event: {
        name: 'push',
        payload: loadWebhookExample('push', { overrides: { before: NO_COMMIT, after: sha } })
      },
      env: { ...sandbox.env, BUILDAH_ISOLATION: 'chroot', HOME: repo.root },
      timeoutMs: 300_000
    })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (result.exitCode !== 0) {
      const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message)
      throw new Error(
        `docker-push-operators (${what}) exited ${result.exitCode}: ${errors.join('\n') || result.stderr}`
      )
    }
    // The access log is read as the registry writes it: let its last lines arrive.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const blobUploads = registry
      .requests()
      .slice(before)
      .filter((r) => r.method === 'POST' && /\/blobs\/uploads\/(\?|$)/.test(r.path)).length
    const images = JSON.parse(result.outputs.images ?? '[]') as ImageOutput[]
    return { result, images, blobUploads, ms }
  }
}
