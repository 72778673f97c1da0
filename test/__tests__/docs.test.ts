// The READMEs against the contract in each action.yml: every input and output documented, with
// the default and required-ness action.yml declares, and nothing documented that is not there.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { compareReadmeWithAction, readReadmeTable } from '../harness/action-docs.js'
import { listActionNames } from '../harness/lint-workflows.js'
import { REPO_ROOT } from '../harness/run-action.js'

const ACTIONS = [
  'docker-push-operators',
  'load-check',
  'notify-slack',
  'security-gate',
  'sync-branches',
  'tag-release'
]
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')
const readme = (name: string) => read(`actions/${name}/README.md`)
const actionYml = (name: string) => read(`actions/${name}/action.yml`)

describe('each action README matches its action.yml', () => {
  it('covers every action', () => {
    expect(listActionNames(REPO_ROOT)).toEqual(ACTIONS)
  })

  it.each(ACTIONS)('%s: inputs, defaults, required inputs and outputs', (name) => {
    expect(compareReadmeWithAction(readme(name), actionYml(name))).toEqual([])
  })

  it.each(ACTIONS)('%s: the tables are read, not skipped', (name) => {
    const inputs = readReadmeTable(readme(name), 'Inputs').flatMap((row) => row.names)
    const outputs = readReadmeTable(readme(name), 'Outputs').flatMap((row) => row.names)
    const manifest = YAML.parse(actionYml(name)) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    expect(inputs.sort()).toEqual(Object.keys(manifest.inputs).sort())
    expect(outputs.sort()).toEqual(Object.keys(manifest.outputs).sort())
  })
})

describe('the comparison catches a README that drifted', () => {
  const original = readme('tag-release')
  const yml = actionYml('tag-release')
  const mutate = (from: string, to: string) => {
    expect(original, `the README holds ${from}`).toContain(from)
    return compareReadmeWithAction(original.replace(from, to), yml).join('\n')
  }

  it.each([
    ['a changed default', '| `v`                   |', '| `w`                   |', 'tag-prefix'],
    ['a default left out', '| `0.1.0`               |', '|                       |', 'no default'],
    ['a renamed input', '| `major-tag`       |', '| `moving-tag`      |', 'moving-tag'],
    ['a missing input', '| `draft`           |', '| `dry-run`         |', '"draft" is not'],
    ['a wrong required', '| `auto`                |', '| (required)            |', 'required'],
    ['a renamed output', '| `release-url`      |', '| `release-link`     |', 'release-link'],
    [
      'a described default',
      '| `patch`               |',
      '| the usual bump        |',
      'write it out'
    ]
  ])('%s', (_name, from, to, problem) => {
    expect(mutate(from, to)).toContain(problem)
  })

  it('an input missing from the README, and a list default in another order', () => {
    const text = readme('sync-branches')
    const row = text.split('\n').find((line) => line.startsWith('| `pr-labels`'))!
    expect(
      compareReadmeWithAction(text.replace(`${row}\n`, ''), actionYml('sync-branches'))
    ).toEqual(['input "pr-labels" is not in the README\'s Inputs table'])
    const swapped = text.replace(
      '`development`, `security/hotfix`',
      '`security/hotfix`, `development`'
    )
    expect(compareReadmeWithAction(swapped, actionYml('sync-branches')).join('\n')).toContain(
      'input "targets"'
    )
  })

  it('a README without an Inputs table is an error, not a pass', () => {
    expect(() => compareReadmeWithAction('# x\n\nNo tables.\n', yml)).toThrow('## Inputs')
  })
})

describe('the root README on dry-run', () => {
  it('names exactly the actions that have a dry-run input, and the ones that have none', () => {
    const text = read('README.md')
    const bullet = /^- \*\*`dry-run: true`\*\*[\s\S]*?(?=\n- |\n\n)/m.exec(text)?.[0] ?? ''
    expect(bullet).not.toBe('')
    const withDryRun = ACTIONS.filter(
      (name) => 'dry-run' in (YAML.parse(actionYml(name)) as { inputs: object }).inputs
    )
    const without = ACTIONS.filter((name) => !withDryRun.includes(name))
    expect(without.length).toBeGreaterThan(0)
    const mentions = (name: string) => bullet.split(name).length - 1
    for (const name of withDryRun) {
      expect(bullet, name).toContain(name)
      expect(bullet, name).not.toContain(`${name} has no`)
    }
    for (const name of without) {
      expect(bullet, name).toContain(`${name} has no \`dry-run\``)
      expect(mentions(name), name).toBe(1)
    }
  })
})
