import path from 'node:path'
import type { Git } from '../../src/lib/git.js'
import { describeBump } from '../../actions/tag-release/src/versions.js'
import { planRelease, type ReleasePlan } from '../../actions/tag-release/src/plan-release.js'
import { renderCommitNotes } from '../../actions/tag-release/src/release-notes.js'
import { discoverOperators } from '../../actions/docker-push-operators/src/discover-operators.js'
import type { DockerPushInputs } from '../../actions/docker-push-operators/src/inputs.js'
import { planImage } from '../../actions/docker-push-operators/src/plan-images.js'
import { selectOperators } from '../../actions/docker-push-operators/src/select-operators.js'
import { buildMessage, type SlackMessage } from '../../actions/notify-slack/src/build-message.js'
import { createLocalReleaseFacts } from './local-release-facts.js'
import { mergeTree, predictSync, type SyncPrediction } from './predict-sync.js'

export interface PlanOptions {
  repo: string
  from: string
  into: string
  tagPrefix: string
  registry: string
  namespace: string
  operatorsDir: string
  syncTargets: string[]
}

export interface Plan {
  repository: { path: string; from: string; fromSha: string; into: string; intoSha: string }
  release: {
    outcome: 'release' | 'already-tagged' | 'skip'
    previous: string | null
    next: string | null
    bump: string
    reason: string
    commits: { sha: string; subject: string }[]
    notes: string
  }
  images: {
    environment: 'staging' | 'production'
    build: { operator: string; image: string; tags: string[]; reason: string }[]
    skip: { operator: string; reason: string }[]
  }
  sync: { source: string; releaseMergeConflicts: string[]; targets: SyncPrediction[] }
  slack: { text: string; payload: SlackMessage }
}

export async function computePlan(git: Git, options: PlanOptions): Promise<Plan> {
  const [fromSha, intoSha] = await Promise.all([
    git.read(['rev-parse', `${options.from}^{commit}`]),
    git.read(['rev-parse', `${options.into}^{commit}`])
  ])
  const production = options.into === 'main' || options.into === 'master'
  const facts = createLocalReleaseFacts(git)
  // Independent reads of the repository, side by side.
  const [releasePlan, diff, merged] = await Promise.all([
    planRelease(
      {
        sha: fromSha,
        tagPrefix: options.tagPrefix,
        initialVersion: '0.1.0',
        bump: 'auto',
        defaultBump: 'patch',
        prerelease: ''
      },
      facts
    ),
    git.read(['diff', '--name-only', '-z', `${intoSha}...${fromSha}`]),
    mergeTree(git, intoSha, fromSha)
  ])
  const release = describeRelease(releasePlan)
  const files = diff.split('\0').filter(Boolean)
  const all = discoverOperators(options.repo, options.operatorsDir, '')
  const selection = selectOperators(
    all,
    all,
    { kind: 'files', base: intoSha, files },
    { changedOnly: true, sharedPaths: ['shared'] }
  )
  const dockerInputs = imageInputs(options, production, release.next ?? '0.0.0')
  const build = selection.selected.map(({ operator, reason }) => {
    const image = planImage(operator, reason, dockerInputs, {
      sha: fromSha,
      serverUrl: 'https://github.com',
      repository: options.namespace,
      now: ''
    })
    return { operator: image.operator, image: image.image, tags: image.tags, reason }
  })

  // After the release, main is the merge of the source into it: predict syncing that back.
  const source =
    merged.conflicts.length > 0 ? intoSha : await commitTree(git, merged.tree, intoSha, fromSha)
  const targets = await predictSync(
    git,
    source,
    options.syncTargets.filter((t) => t !== options.into)
  )

  const repoName = path.basename(options.repo)
  const payload = buildMessage(
    {
      status: 'success',
      title: release.next
        ? `Release ${options.tagPrefix}${release.next} of ${repoName}`
        : `Merge into ${options.into} of ${repoName}`,
      message: release.reason,
      fields: [
        { key: 'Version', value: release.next ?? 'none' },
        { key: 'Images', value: build.map((b) => b.operator).join(', ') || 'none' },
        {
          key: 'Sync',
          value: targets.map((t) => `${t.target}: ${t.outcome}`).join(', ') || 'nothing to sync'
        }
      ],
      link: ''
    },
    {
      repository: repoName,
      workflow: 'merge-main',
      runUrl: `https://github.com/${options.namespace}/${repoName}/actions`,
      actor: '',
      ref: options.into
    }
  )
  return {
    repository: { path: options.repo, from: options.from, fromSha, into: options.into, intoSha },
    release,
    images: {
      environment: production ? 'production' : 'staging',
      build,
      skip: selection.skipped.map((s) => ({ operator: s.operator, reason: s.reason }))
    },
    sync: { source: options.into, releaseMergeConflicts: merged.conflicts, targets },
    slack: { text: payload.text, payload }
  }
}

function describeRelease(plan: ReleasePlan): Plan['release'] {
  const previous = plan.previous?.version ?? null
  const commits = plan.commits.map((c) => ({
    sha: c.sha.slice(0, 7),
    subject: c.message.split('\n', 1)[0] ?? ''
  }))
  if (plan.kind === 'skip') {
    return {
      outcome: 'skip',
      previous,
      next: null,
      bump: 'none',
      reason: plan.reason,
      commits,
      notes: ''
    }
  }
  if (plan.kind === 'tagged') {
    return {
      outcome: 'already-tagged',
      previous,
      next: plan.version,
      bump: describeBump(previous ?? undefined, plan.version),
      reason: `already tagged ${plan.tag}`,
      commits,
      notes: ''
    }
  }
  const previousTag = plan.previous?.name
  const notes = renderCommitNotes({
    tag: plan.tag,
    sha: plan.sha,
    previousTag,
    commits: plan.commits,
    compareUrl: previousTag ? `compare ${previousTag}...${plan.tag}` : undefined
  })
  return {
    outcome: 'release',
    previous,
    next: plan.version,
    bump: plan.decision.bump,
    reason: plan.decision.reason,
    commits,
    notes
  }
}

function imageInputs(options: PlanOptions, production: boolean, version: string): DockerPushInputs {
  return {
    registry: options.registry,
    namespace: options.namespace,
    username: '',
    password: '',
    operators: 'auto',
    operatorsDir: options.operatorsDir,
    imagePrefix: '',
    environment: production ? 'production' : 'staging',
    version: production ? version : '',
    devRequirementsArg: 'INSTALL_DEV',
    buildArgs: [],
    context: 'operator',
    changedOnly: true,
    base: '',
    sharedPaths: ['shared'],
    platforms: [],
    engine: 'docker',
    cache: 'none',
    push: false,
    maxParallel: 1,
    mode: 'plan',
    dryRun: true
  }
}

/** A commit object for a merged tree (no ref, no work tree: it only lives in the object store). */
async function commitTree(git: Git, tree: string, ...parents: string[]): Promise<string> {
  const args = [
    'commit-tree',
    tree,
    ...parents.flatMap((p) => ['-p', p]),
    '-m',
    'release-actions plan: the release merge'
  ]
  const env = {
    GIT_AUTHOR_NAME: 'release-actions plan',
    GIT_AUTHOR_EMAIL: 'plan@release-actions.invalid',
    GIT_COMMITTER_NAME: 'release-actions plan',
    GIT_COMMITTER_EMAIL: 'plan@release-actions.invalid'
  }
  return (await git.run(args, { env })).stdout.trim()
}
