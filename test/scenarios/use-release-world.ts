import { afterAll, afterEach, beforeAll } from 'vitest'
import type { WorkflowRun } from '../workflow-runner/run-workflow.js'
import { startReleaseWorld, type ReleaseWorld } from './release-world.js'

/**
 * One world for the test file that calls it: started before its tests, each test's projects
 * closed after it, stopped after the file. Its members are read once the world has started.
 */
export function useReleaseWorld(): ReleaseWorld {
  let world: ReleaseWorld | undefined
  beforeAll(async () => {
    world = await startReleaseWorld()
  }, 180_000)
  afterEach(async () => {
    await world?.closeProjects()
  }, 120_000)
  afterAll(async () => {
    await world?.stop()
  }, 120_000)
  return new Proxy({} as ReleaseWorld, {
    get(_, key) {
      if (!world)
        throw new Error('The release world is used before it started (use it inside a test).')
      return world[key as keyof ReleaseWorld]
    }
  })
}

/** Each job's result by its display name. */
export function jobResults(run: WorkflowRun): Record<string, string> {
  return Object.fromEntries(run.jobs.map((j) => [j.name, j.result]))
}
