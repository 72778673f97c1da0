import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ALLOWLIST, LOCUSTFILE } from './default-files.js'

/** A file init writes, by its path in the target repository. */
export interface PlannedFile {
  path: string
  text: string
  executable?: boolean
  /** The team's own file once it exists: written only when absent, never compared. */
  onlyIfAbsent?: boolean
}

export interface StarterSettings {
  usesRepo: string
  sha: string
  ref: string
  registry: string
  /** Undefined keeps the starters' `${{ github.repository_owner }}`. */
  namespace?: string
}

const OWN_USES = /^(\s*(?:-\s*)?uses:\s*)org\/release-actions\/actions\/([a-z0-9-]+)@v1[ \t]*$/gm

/** Every file init writes, rendered from the package's starters and deploy example. */
export function renderFiles(root: string, settings: StarterSettings): PlannedFile[] {
  const starters = readdirSync(path.join(root, 'workflows'))
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({
      path: `.github/workflows/${name}`,
      text: renderStarter(readFileSync(path.join(root, 'workflows', name), 'utf8'), settings)
    }))
  const deploy = (name: string) => readFileSync(path.join(root, 'examples', 'deploy', name), 'utf8')
  return [
    ...starters,
    { path: 'deploy/compose.yaml', text: deploy('compose.yaml') },
    { path: 'deploy/deploy.sh', text: deploy('deploy.sh'), executable: true },
    { path: '.security-allowlist.yml', text: ALLOWLIST, onlyIfAbsent: true },
    { path: 'locustfile.py', text: LOCUSTFILE, onlyIfAbsent: true }
  ]
}

/** One starter with our actions pinned to `settings.sha` and the image settings filled in. */
export function renderStarter(text: string, settings: StarterSettings): string {
  let pinned = text.replace(
    OWN_USES,
    (_line, prefix: string, name: string) =>
      `${prefix}${settings.usesRepo}/actions/${name}@${settings.sha} # ${settings.ref}`
  )
  pinned = replaceEnv(pinned, 'IMAGE_REGISTRY', settings.registry)
  if (settings.namespace) pinned = replaceEnv(pinned, 'IMAGE_NAMESPACE', settings.namespace)
  // A starter that names the collection some other way would ship an unpinned placeholder.
  if (pinned.includes('org/release-actions'))
    throw new Error('a starter names org/release-actions in a form init does not pin')
  return pinned
}

function replaceEnv(text: string, name: string, value: string): string {
  return text.replace(new RegExp(`^(  ${name}:) .*$`, 'm'), `$1 ${value}`)
}
