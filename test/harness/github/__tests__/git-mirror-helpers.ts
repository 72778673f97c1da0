import { getOctokit } from '@actions/github'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { createBareRemote, createGitRepo, type GitRepo } from '../../git-repo.js'
import { startGitHubStandIn, type GitHubStandIn } from '../server.js'
import type { Octokit } from './helpers.js'

export interface MirroredRepo {
  /** The work repository: commit here, then `push()`. */
  work: GitRepo
  /** The bare repository the stand-in mirrors (`origin` of `work`). */
  bare: string
  standIn: GitHubStandIn
  octokit: Octokit
  /** Runs git in the bare repository. */
  bareGit(args: string[]): Promise<string>
  /** Pushes every branch and tag of `work` to the bare repository, as `git push` to GitHub. */
  push(): Promise<void>
  /** `ref → sha` for every ref of the bare repository, as `git for-each-ref` lists them. */
  listBareRefs(): Promise<Array<[string, string]>>
}

/**
 * A work repository seeded by `seed`, pushed to a bare repository, and a stand-in mirroring
 * that: fresh for each test, or with `shared` one for all the tests of the calling block (for
 * tests that only read). Every test fails on a contract violation; all is removed at the end.
 */
export function useMirroredStandIn(
  seed: (work: GitRepo) => Promise<void>,
  { shared = false } = {}
): { current: MirroredRepo } {
  const holder = {} as { current: MirroredRepo }
  const start = async () => {
    holder.current = await startMirror(seed)
  }
  const stop = async () => {
    await holder.current.standIn.close()
    await holder.current.work.cleanup()
  }
  if (shared) {
    beforeAll(start)
    afterAll(stop)
    afterEach(() => holder.current.standIn.assertNoViolations())
  } else {
    beforeEach(start)
    afterEach(async () => {
      await stop()
      holder.current.standIn.assertNoViolations()
    })
  }
  return holder
}

async function startMirror(seed: (work: GitRepo) => Promise<void>): Promise<MirroredRepo> {
  const work = await createGitRepo()
  await seed(work)
  const bare = await createBareRemote(work)
  const standIn = await startGitHubStandIn({ gitDir: bare })
  const bareGit = (args: string[]) => work.git(args, { cwd: bare })
  return {
    work,
    bare,
    standIn,
    octokit: getOctokit('test-token', { baseUrl: standIn.url }),
    bareGit,
    async push() {
      await work.git(['push', '-q', '--force', 'origin', '--all'])
      await work.git(['push', '-q', '--force', 'origin', '--tags'])
    },
    async listBareRefs() {
      const listing = await bareGit(['for-each-ref', '--format=%(refname) %(objectname)'])
      return listing
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ') as [string, string])
    }
  }
}

/** Five numbered lines: edits to different lines merge cleanly, to the same line conflict. */
export const FIVE_LINES = 'one\ntwo\nthree\nfour\nfive\n'

/** `FIVE_LINES` with line `n` (1-based) replaced. */
export function replaceLine(n: number, text: string, content = FIVE_LINES): string {
  return content
    .split('\n')
    .map((line, i) => (i === n - 1 ? text : line))
    .join('\n')
}
