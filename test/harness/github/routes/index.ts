import type { RouteTable } from '../answers.js'
import { actionRoutes } from './action-routes.js'
import { appRoutes, type AppRouteTable } from './app-routes.js'
import { commitRoutes } from './commit-routes.js'
import { gitRoutes } from './git-routes.js'
import { pullRoutes } from './pull-routes.js'
import { releaseRoutes } from './release-routes.js'
import { repoRoutes } from './repo-routes.js'

/** Every endpoint the stand-in serves, keyed `METHOD /template`. */
export const SERVED_ROUTES: RouteTable = {
  ...repoRoutes,
  ...gitRoutes,
  ...commitRoutes,
  ...pullRoutes,
  ...releaseRoutes,
  ...actionRoutes
}

/** The GitHub Apps endpoints: no repository behind them, each authenticates its own caller. */
export const APP_ROUTES: AppRouteTable = appRoutes

export function listServedEndpoints(): string[] {
  return [...Object.keys(SERVED_ROUTES), ...Object.keys(APP_ROUTES)].sort()
}
