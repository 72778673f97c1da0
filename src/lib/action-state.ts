import * as core from '@actions/core'

/** The runner's state between an action's main and post steps (`core.saveState`, `core.getState`). */
export interface StateDeps {
  saveState: (name: string, value: string) => void
  getState: (name: string) => string
}

// Its own module, not action-deps.ts: only the actions with a post step bundle it.
export const defaultStateDeps: StateDeps = {
  saveState: core.saveState,
  getState: core.getState
}
