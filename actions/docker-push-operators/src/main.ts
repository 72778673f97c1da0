import os from 'node:os'
import path from 'node:path'
import { defaultActionDeps, type ActionDeps } from '../../../src/lib/action-deps.js'
import { defaultStateDeps, type StateDeps } from '../../../src/lib/action-state.js'
import { formatFailure } from '../../../src/lib/errors.js'
import { runCommand, type CommandRunner } from '../../../src/lib/exec.js'
import { createInputReader } from '../../../src/lib/inputs.js'
import { setOutputs } from '../../../src/lib/outputs.js'
import {
  joinSections,
  renderCodeBlock,
  renderHeading,
  renderTable
} from '../../../src/lib/summary.js'
import type { PushResult } from './docker-push-operators.js'
import { readDockerPushInputs, type DockerPushInputs } from './inputs.js'

export interface DockerPushDeps extends ActionDeps, StateDeps {
  run: CommandRunner
  sleep: (ms: number) => Promise<void>
  now: () => Date
}

const defaultDeps: DockerPushDeps = {
  ...defaultActionDeps,
  ...defaultStateDeps,
  run: runCommand,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => new Date()
}

export async function run(deps: DockerPushDeps = defaultDeps): Promise<void> {
  try {
    const workspace = deps.env.GITHUB_WORKSPACE || process.cwd()
    const inputs = readDockerPushInputs(createInputReader(deps.inputs), workspace)
    // Loaded once the inputs are good: a rejected input never pays for them.
    const { pushOperators } = await import('./docker-push-operators.js')
    const result = await pushOperators(inputs, {
      run: deps.run,
      workspace,
      tempDir: deps.env.RUNNER_TEMP || os.tmpdir(),
      dockerConfigDir:
        deps.env.DOCKER_CONFIG || path.join(deps.env.HOME || os.homedir(), '.docker'),
      podmanAuthFile: locatePodmanAuthFile(deps.env),
      saveState: deps.saveState,
      eventName: deps.env.GITHUB_EVENT_NAME ?? '',
      eventPath: deps.env.GITHUB_EVENT_PATH,
      facts: {
        sha: deps.env.GITHUB_SHA ?? '',
        serverUrl: deps.env.GITHUB_SERVER_URL || 'https://github.com',
        repository: deps.env.GITHUB_REPOSITORY ?? '',
        committedAt: deps.now().toISOString()
      },
      sleep: deps.sleep,
      log: deps.info
    })
    for (const warning of result.warnings) deps.warning(warning)
    setOutputs(formatPushOutputs(result), deps.setOutput)
    await deps.writeSummary(renderPushSummary(inputs, result))
    const failed = result.built.filter((b) => b.error)
    if (failed.length > 0) {
      deps.setFailed(
        `docker-push-operators: ${failed.length} of ${result.built.length} operator(s) failed: ${failed.map((f) => `${f.operator} (${f.error})`).join('; ')}`
      )
    }
  } catch (error) {
    deps.setFailed(formatFailure('docker-push-operators', error))
  }
}

export function formatPushOutputs(result: PushResult) {
  return {
    operators: result.plans.map((p) => p.operator),
    'has-changes': result.plans.length > 0,
    // Builds only: a promotion is a registry-side copy, not a job's work.
    matrix: {
      include: result.plans
        .filter((p) => p.action === 'build')
        .map((p) => ({
          operator: p.operator,
          image: p.image,
          tags: p.tags.join(','),
          context: p.context,
          dockerfile: p.dockerfile
        }))
    },
    images: result.built
      .filter((b) => !b.error)
      .map((b) => ({
        operator: b.operator,
        image: b.image,
        tags: b.tags,
        digest: b.digest,
        status: b.status,
        ...(b.promotedFrom ? { 'promoted-from': b.promotedFrom } : {})
      })),
    // Names without registry or namespace: a job output holding a secret (a namespace kept in
    // one) is dropped by the runner, so deploys read this one.
    digests: Object.fromEntries(
      result.built.filter((b) => !b.error && b.digest).map((b) => [b.operator, b.digest])
    ),
    skipped: result.skipped.map((s) => ({ operator: s.operator, reason: s.reason }))
  }
}

function renderPushSummary(inputs: DockerPushInputs, result: PushResult): string {
  const mode =
    inputs.mode === 'plan'
      ? 'plan: nothing built'
      : inputs.dryRun
        ? 'dry run: nothing built or pushed'
        : inputs.environment
  const built = new Map(result.built.map((b) => [b.operator, b]))
  const rows = [
    ...result.plans.map((p) => {
      const b = built.get(p.operator)
      const state = b
        ? b.error
          ? `failed: ${b.error}`
          : b.status === 'unchanged'
            ? "unchanged (already in place from this run's commit)"
            : b.status === 'promoted'
              ? `promoted from ${b.promotedFrom} (no rebuild)`
              : inputs.push
                ? 'pushed'
                : 'built'
        : inputs.mode === 'plan'
          ? p.action === 'promote'
            ? `would promote from ${p.promoteFrom}`
            : 'selected'
          : p.action === 'promote'
            ? `would promote from ${p.promoteFrom}`
            : 'would build'
      const tags = b
        ? [...b.tags, ...b.floating.filter((f) => !f.move).map((f) => `${f.tag} (${f.why})`)]
        : p.tags
      return [p.operator, state, p.reason, tags.join(', '), b?.digest ? `\`${b.digest}\`` : '']
    }),
    ...result.skipped.map((s) => [s.operator, 'skipped', s.reason, '', ''])
  ]
  return joinSections(
    renderHeading(`docker-push-operators (${mode})`),
    `Selection: ${result.basis}.`,
    ...result.warnings.map((warning) => `> [!WARNING]\n> ${warning}`),
    rows.length > 0
      ? renderTable(['operator', 'result', 'why', 'tags', 'digest'], rows)
      : 'No operators found.',
    result.commands.length > 0 ? renderCodeBlock(result.commands.join('\n'), 'sh') : undefined
  )
}

/** Where podman keeps logins: `$REGISTRY_AUTH_FILE`, else `$XDG_RUNTIME_DIR/containers/auth.json`. */
function locatePodmanAuthFile(env: NodeJS.ProcessEnv): string {
  if (env.REGISTRY_AUTH_FILE) return env.REGISTRY_AUTH_FILE
  const uid = process.getuid?.() ?? 0
  const runtime = env.XDG_RUNTIME_DIR || (uid === 0 ? '/run/containers/0' : `/run/user/${uid}`)
  return path.join(runtime, env.XDG_RUNTIME_DIR ? 'containers' : '', 'auth.json')
}
