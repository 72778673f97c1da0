import { existsSync, readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../../../src/lib/errors.js'
import { readRepositoryFile } from './read-repository-file.js'
import {
  isUnderPath,
  readRequirementReferences,
  type RequirementReference
} from './requirement-references.js'

export interface Operator {
  name: string
  /** The operator's folder, relative to the workspace (posix). */
  dir: string
  /** Its Dockerfile or Containerfile, relative to the workspace. */
  dockerfile: string
  /**
   * Other operators it builds on: its Dockerfile `FROM`s their image or uses their build argument
   * (`BASE_IMAGE` for `base`), or its requirements name their folder (or a file in it).
   */
  dependsOn: string[]
  /** Of those, the ones its Dockerfile names by a tag (`FROM …/base:dev`), not `ARG BASE_IMAGE`. */
  fromByTag: string[]
  /**
   * Paths outside its folder that its requirements name (`-e ../../shared`, `-r ../common.txt`):
   * a change under one selects it.
   */
  references: RequirementReference[]
}

const BUILD_FILES = ['Dockerfile', 'Containerfile']
/** A Dockerfile larger than this is refused: real ones are a few KiB. */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024

/** Every direct subfolder of `operatorsDir` with a Dockerfile or Containerfile, by name. */
export function discoverOperators(
  workspace: string,
  operatorsDir: string,
  imagePrefix: string
): Operator[] {
  const root = path.join(workspace, operatorsDir)
  const found: Omit<Operator, 'dependsOn' | 'fromByTag' | 'references'>[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const file = BUILD_FILES.find((name) => existsSync(path.join(root, entry.name, name)))
    if (!file) continue
    found.push({
      name: entry.name,
      dir: toPosix(path.join(operatorsDir, entry.name)),
      dockerfile: toPosix(path.join(operatorsDir, entry.name, file))
    })
  }
  // Code-unit order: the same on every runner whatever its locale, and no ICU collator to load.
  found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const dirs = new Map(found.map((operator) => [operator.name, operator.dir]))
  return found.map((operator) => {
    const references = readRequirementReferences(workspace, operator.dir)
    return {
      ...operator,
      ...readDependencies(workspace, operator, dirs, references, imagePrefix),
      references
    }
  })
}

/** The operators to consider: all, or the ones named (an unknown name is an error listing the known). */
export function pickOperators(all: Operator[], requested: 'auto' | string[]): Operator[] {
  if (requested === 'auto') return all
  const known = all.map((operator) => operator.name)
  const unknown = requested.filter((name) => !known.includes(name))
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Input "operators" names ${unknown.join(', ')}, which has no Dockerfile; accepted: auto, or some of ${known.join(', ') || '(none found)'}.`
    )
  }
  return all.filter((operator) => requested.includes(operator.name))
}

function readDependencies(
  workspace: string,
  operator: { name: string; dir: string; dockerfile: string },
  dirs: Map<string, string>,
  references: RequirementReference[],
  imagePrefix: string
): { dependsOn: string[]; fromByTag: string[] } {
  const others = [...dirs.keys()].filter((name) => name !== operator.name)
  const dockerfile = readDockerfile(workspace, operator.dockerfile)
  const fromNames = readFromImages(dockerfile).map(imageBaseName)
  const byArg = others.filter((name) => new RegExp(`\\b${nameImageArg(name)}\\b`).test(dockerfile))
  const byTag = others.filter(
    (name) =>
      !byArg.includes(name) &&
      (fromNames.includes(`${imagePrefix}${name}`.toLowerCase()) ||
        fromNames.includes(name.toLowerCase()))
  )
  // Requirements that name another operator's folder (`-e ../base`, `-r ../base/requirements.txt`).
  const byRequirements = others.filter((name) =>
    references.some((reference) => isUnderPath(reference.path, dirs.get(name)!))
  )
  return {
    dependsOn: [...new Set([...byArg, ...byTag, ...byRequirements])].sort(),
    fromByTag: byTag
  }
}

/** A Dockerfile's text: a regular file inside the repository, at most MAX_DOCKERFILE_BYTES. */
function readDockerfile(workspace: string, file: string): string {
  const read = readRepositoryFile(realpathSync(workspace), workspace, file, MAX_DOCKERFILE_BYTES)
  if (read.kind === 'text') return read.bytes.toString('utf8')
  const problem =
    read.kind === 'outside'
      ? `is a link to ${read.target}, outside the repository`
      : read.kind === 'too-large'
        ? `is ${read.size} bytes, over the ${MAX_DOCKERFILE_BYTES} (1 MiB) the action reads`
        : read.kind === 'missing'
          ? 'is gone'
          : 'is not a regular file (a folder, pipe or device)'
  throw new ConfigurationError(
    `The repository's ${file} ${problem}: the action reads an operator's Dockerfile to plan, and only a regular file inside the repository of at most 1 MiB.`,
    `Make ${file} a regular file in the repository (not a link out of it), or remove the operator's folder.`
  )
}

/** The build argument that carries an operator's image to those built on it: `my-lib` → `MY_LIB_IMAGE`. */
export function nameImageArg(operator: string): string {
  return `${operator.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_IMAGE`
}

/** The images a Dockerfile builds `FROM` (options such as `--platform` skipped). */
export function readFromImages(dockerfile: string): string[] {
  return [...dockerfile.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)/gim)].map((match) => match[1] ?? '')
}

/** `registry:5000/acme/api:dev@sha256:…` → `api`. */
export function imageBaseName(image: string): string {
  const withoutDigest = image.split('@')[0] ?? ''
  const last = withoutDigest.split('/').pop() ?? ''
  return last.split(':')[0]?.toLowerCase() ?? ''
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
