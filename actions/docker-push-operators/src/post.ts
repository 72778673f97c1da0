import path from 'node:path'
import { defaultActionDeps } from '../../../src/lib/action-deps.js'
import { defaultStateDeps, type StateDeps } from '../../../src/lib/action-state.js'
import { errorMessage } from '../../../src/lib/errors.js'
import { AUTH_DIR_PREFIX, AUTH_DIR_STATE, removeAuthDir } from './registry-auth.js'

export interface PostDeps extends StateDeps {
  info: (message: string) => void
  warning: (message: string) => void
}

const defaultDeps: PostDeps = {
  ...defaultStateDeps,
  info: defaultActionDeps.info,
  warning: defaultActionDeps.warning
}

/** The post step: removes the login folder main recorded, even when main was killed. Never fails the job. */
export function runPost(deps: PostDeps = defaultDeps): void {
  const dir = deps.getState(AUTH_DIR_STATE)
  if (!dir) return
  // rm -rf of a path from state: only ever a folder this action made.
  if (!path.basename(dir).startsWith(AUTH_DIR_PREFIX)) {
    deps.warning(`Not removing ${dir}: it is no registry login folder of this action.`)
    return
  }
  try {
    deps.info(
      removeAuthDir(dir)
        ? `Removed the registry login: ${dir}`
        : `The registry login was removed already: ${dir}`
    )
  } catch (error) {
    deps.warning(`Could not remove the registry login in ${dir}: ${errorMessage(error)}`)
  }
}
