import { afterEach, beforeEach } from 'vitest'
import { startGitHubStandIn, type GitHubStandIn, type GitHubStandInOptions } from './server.js'

/**
 * A fresh GitHub stand-in for each test of the calling file, closed after it; a test fails on
 * any contract violation it caused. Read it through `.current`, or take it in `onStart`.
 */
export function useGitHubStandIn(
  onStart?: (standIn: GitHubStandIn) => void,
  options?: GitHubStandInOptions
): { current: GitHubStandIn } {
  const holder = {} as { current: GitHubStandIn }
  beforeEach(async () => {
    holder.current = await startGitHubStandIn(options)
    onStart?.(holder.current)
  })
  afterEach(async () => {
    await holder.current.close()
    holder.current.assertNoViolations()
  })
  return holder
}
