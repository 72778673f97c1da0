import { existsSync } from 'node:fs'
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
import { readFirstRelease } from './read-first-release.js'
import { mergeTree, predictSync, type SyncPrediction } from './predict-sync.js'
import type { GitHubRepository } from './read-origin.js'
import type { RepositoryRefs } from './read-refs.js'

export interface PlanOptions {
  repo: string
  from: string
  into: string
  tagPrefix: string
  registry: string
  namespace: string
  operatorsDir: string
  syncTargets: string[]
  /** From the `origin` remote: the Slack notice's link. None: no link. */
  origin?: GitHubRepository
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
    /** Production: operators unchanged since the previous version get its image, retagged. */
    promote: { operator: string; image: string; tags: string[]; from: string; reason: string }[]
    skip: { operator: string; reason: string }[]
    /** Set when there is nothing to look at: no operators folder. */
    note?: string
  }
  sync: { source: string; releaseMergeConflicts: string[]; targets: SyncPrediction[] }
  /** Production only: merge-main's load-check job, after the deploy, with the team's locustfile. */
  loadCheck?: { locustfile: string; found: boolean }
  slack: {
    text: string
    payload: SlackMessage
    /** The run link's page, from `origin`; null (and a note) without a GitHub origin. */
    link: string | null
    note?: string
  }
}

// What merge-main's load-check job reads, at the released commit.
const LOCUSTFILE = 'locustfile.py'

/** The plan for merging `options.from` into `options.into`, both branches among `refs`. */
export async function computePlan(
  git: Git,
  refs: RepositoryRefs,
  options: PlanOptions
): Promise<Plan> {
  const fromSha = branchTip(refs, options.from)
  const intoSha = branchTip(refs, options.into)
  const production = options.into === 'main' || options.into === 'master'
  const facts = createLocalReleaseFacts(git, refs)
  // After the release, `into` is the merge of `from` into it: predict syncing that back. The
  // merge is read side by side with the rest, as are the targets' comparisons with it.
  const merged = mergeTree(git, intoSha, fromSha)
  const changed = git.read(['diff', '--name-only', '-z', `${intoSha}...${fromSha}`])
  const syncing = merged.then((merge) => {
    const targets = options.syncTargets
      .filter((target) => target !== options.into)
      .map((target) => ({ target, tip: refs.branches.get(target) }))
    if (merge.conflicts.length > 0) {
      return predictSync(git, { commit: Promise.resolve(intoSha) }, targets)
    }
    // Written while the targets are compared with it; a target that needs no merge never waits.
    const commit = commitTree(git, merge.tree, intoSha, fromSha)
    commit.catch(() => undefined)
    return predictSync(git, { commit, mergeOf: [intoSha, fromSha] }, targets)
  })
  const releasing = planRelease(
    {
      sha: fromSha,
      tagPrefix: options.tagPrefix,
      initialVersion: '0.1.0',
      bump: 'auto',
      defaultBump: 'patch',
      prerelease: ''
    },
    facts
  )
  // The work tree is read while git works, once the git reads above have started.
  const hasOperators = existsSync(path.resolve(options.repo, options.operatorsDir))
  const discovering = Promise.resolve().then(() =>
    hasOperators ? discoverOperators(options.repo, options.operatorsDir, '') : []
  )
  const locustfile = production
    ? git.tryRead(['cat-file', '-t', `${fromSha}:${LOCUSTFILE}`])
    : Promise.resolve(undefined)
  const [releasePlan, diff, merge, targets, all, locustfileType] = await Promise.all([
    releasing,
    changed,
    merged,
    syncing,
    discovering,
    locustfile
  ])
  const first =
    releasePlan.kind === 'release' && !releasePlan.previous
      ? await readFirstRelease(git, fromSha)
      : undefined
  const release = describeRelease(releasePlan, first)
  const files = diff.split('\0').filter(Boolean)
  const selection = selectOperators(
    all,
    all,
    { kind: 'files', base: intoSha, files },
    { changedOnly: true, sharedPaths: ['shared'] }
  )
  const dockerInputs = imageInputs(options, production, release.next ?? '0.0.0')
  const runFacts = {
    sha: fromSha,
    serverUrl: 'https://github.com',
    repository: options.namespace,
    committedAt: ''
  }
  const build = selection.selected.map(({ operator, reason }) => {
    const image = planImage(operator, reason, dockerInputs, runFacts)
    return { operator: image.operator, image: image.image, tags: image.tags, reason }
  })
  const previous = production ? release.previous?.replace(/^\D*/, '') : undefined
  const promote = previous
    ? selection.skipped.map(({ operator, reason }) => {
        const image = planImage(
          all.find((op) => op.name === operator)!,
          reason,
          dockerInputs,
          runFacts
        )
        return { operator, image: image.image, tags: image.tags, from: previous, reason }
      })
    : []

  const repoName = options.origin?.name ?? path.basename(options.repo)
  const announced = release.outcome === 'release'
  const link = options.origin
    ? `${options.origin.serverUrl}/${options.origin.owner}/${options.origin.name}/actions`
    : null
  const message = buildMessage(
    {
      status: 'success',
      // Only a release to make is announced as one: a tagged version is not released again.
      title: announced
        ? `Release ${options.tagPrefix}${release.next} of ${repoName}`
        : `Merge into ${options.into} of ${repoName}`,
      message: release.reason,
      fields: [
        { key: 'Version', value: announced ? (release.next ?? 'none') : 'none' },
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
      runUrl: link ?? 'about:blank',
      actor: '',
      ref: options.into
    }
  )
  const payload = link ? message : dropRunLink(message)
  return {
    repository: { path: options.repo, from: options.from, fromSha, into: options.into, intoSha },
    release,
    images: {
      environment: production ? 'production' : 'staging',
      build,
      promote,
      skip:
        promote.length > 0
          ? []
          : selection.skipped.map((s) => ({ operator: s.operator, reason: s.reason })),
      ...(hasOperators ? {} : { note: `no operators folder: no images (${options.operatorsDir})` })
    },
    sync: { source: options.into, releaseMergeConflicts: merge.conflicts, targets },
    ...(production
      ? { loadCheck: { locustfile: LOCUSTFILE, found: locustfileType === 'blob' } }
      : {}),
    slack: {
      text: payload.text,
      payload,
      link,
      ...(link ? {} : { note: 'no GitHub origin remote: no link to the run' })
    }
  }
}

/** The notice without its run link (the context line keeps the workflow's name as text). */
function dropRunLink(message: SlackMessage): SlackMessage {
  const blocks = (message.blocks as { type: string; elements?: { text: string }[] }[]).map(
    (block) =>
      block.type === 'context' && block.elements
        ? {
            ...block,
            elements: block.elements.map((e) => ({
              ...e,
              text: e.text.replace(/^<[^|>]*\|([^>]*)>/, '$1')
            }))
          }
        : block
  )
  return { ...message, blocks }
}

function branchTip(refs: RepositoryRefs, branch: string): string {
  const sha = refs.branches.get(branch)
  if (!sha) throw new Error(`no branch "${branch}"`)
  return sha
}

function describeRelease(
  plan: ReleasePlan,
  first?: Awaited<ReturnType<typeof readFirstRelease>>
): Plan['release'] {
  const previous = plan.previous?.version ?? null
  const commits = (first?.commits ?? plan.commits).map((c) => ({
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
  const rest = first ? first.total - first.commits.length : 0
  const notes = renderCommitNotes({
    tag: plan.tag,
    sha: plan.sha,
    previousTag,
    commits: first?.commits ?? plan.commits,
    compareUrl: previousTag ? `compare ${previousTag}...${plan.tag}` : undefined
  })
  return {
    outcome: 'release',
    previous,
    next: plan.version,
    // A first release is no step from a version: it starts at initial-version.
    bump: first ? 'first release' : plan.decision.bump,
    reason: plan.decision.reason,
    commits,
    notes: rest > 0 ? `${notes}\n- … and ${rest} earlier commit(s)` : notes
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
    dryRun: true,
    requireVersionTag: false
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
