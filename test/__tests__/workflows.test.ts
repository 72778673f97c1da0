import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  lintRepositoryWorkflows,
  lintWorkflows,
  listWorkflowFiles
} from '../harness/lint-workflows.js'
import { readExampleBlocks, toWorkflowExample } from '../harness/readme-examples.js'
import { REPO_ROOT } from '../harness/run-action.js'
import {
  checkPullRequestCodeIsReadOnly,
  checkWorkflowContract,
  checkWorkflowPolicy,
  parseWorkflow
} from '../harness/workflow-policy.js'

const files = listWorkflowFiles().map((file) => ({
  file,
  text: readFileSync(path.join(REPO_ROOT, file), 'utf8')
}))
// The READMEs' complete workflows (readme-examples.test.ts lints and checks every block).
const examples = readExampleBlocks(REPO_ROOT).flatMap((block) =>
  toWorkflowExample(block)?.kind === 'workflow'
    ? [{ path: `${block.readme}:${block.line}`, text: block.text }]
    : []
)

describe('actionlint', () => {
  it('finds this repository’s workflows and the starters', () => {
    expect(listWorkflowFiles()).toEqual(expect.arrayContaining(['.github/workflows/ci.yml']))
  })

  it('passes every workflow file', async () => {
    expect(await lintRepositoryWorkflows()).toEqual([])
  })

  it('knows the vars context, and still reports the rest of an expression that uses it', async () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      "    if: vars.PRODUCTION_URL != '' && needs.missing.result == 'success'",
      '    steps:',
      '      - run: echo "$URL"',
      '        env:',
      '          URL: ${{ vars.PRODUCTION_URL }}'
    ].join('\n')
    const problems = await lintWorkflows([{ path: 'vars.yml', text }])
    expect(problems.map((p) => p.message)).toEqual([
      'property "missing" is not defined in object type {}'
    ])
  })

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

describe('no pull request code runs where a token can write', () => {
  const readOnly = (text: string) => checkPullRequestCodeIsReadOnly(parseWorkflow(text))
  const prSecurity = files.find((f) => f.file === 'workflows/pr-security.yml')?.text ?? ''

  it.each(files.map((f) => [f.file, f.text]))('%s follows it', (_file, text) => {
    expect(readOnly(text)).toEqual([])
  })

  it.each(examples.map((e) => [e.path, e.text]))(
    'the README example %s follows it',
    (_file, text) => {
      expect(readOnly(text)).toEqual([])
    }
  )

  it('pr-security writes only from a job that downloads and uploads, and the rule sees it', () => {
    const jobs = parseWorkflow(prSecurity).jobs ?? {}
    expect(jobs.upload?.permissions).toMatchObject({ 'security-events': 'write' })
    expect(jobs.upload?.steps?.map((s) => s.uses?.replace(/@.*$/, ''))).toEqual([
      'actions/download-artifact',
      'github/codeql-action/upload-sarif'
    ])
    expect(jobs.scan?.permissions).toEqual({ contents: 'read' })
    // Given the upload's permission back, the scan job is what the rule exists to catch.
    const writableScan = parseWorkflow(prSecurity)
    writableScan.jobs!.scan!.permissions = { contents: 'read', 'security-events': 'write' }
    expect(checkPullRequestCodeIsReadOnly(writableScan)).toEqual([
      expect.stringMatching(
        /^job scan runs pull request code \(step 1 checks out code\) on pull_request with security-events: write/
      )
    ])
  })

  const workflow = (on: string, permissions: string[], steps: string[], top = 'read') =>
    [
      `on: ${on}`,
      'permissions:',
      `  contents: ${top}`,
      'jobs:',
      '  gate:',
      '    runs-on: ubuntu-latest',
      '    timeout-minutes: 5',
      ...permissions,
      '    steps:',
      ...steps
    ].join('\n')
  const securityEventsWrite = ['    permissions:', '      security-events: write']
  const checkout = [
    '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
  ]
  const downloadAndUpload = [
    '      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0',
    '        with:',
    '          name: report',
    '      - uses: github/codeql-action/upload-sarif@f443b600d91635bebf5b0d9ebc620189c0d6fba5 # v4.30.8',
    '        with:',
    '          sarif_file: report.sarif'
  ]

  it('fails a checkout with security-events: write on pull_request', () => {
    const text = workflow('pull_request', securityEventsWrite, checkout)
    expect(readOnly(text)).toEqual([
      'job gate runs pull request code (step 1 checks out code) on pull_request with security-events: write: give it read permissions only, and do the write in a job of actions/download-artifact, actions/upload-artifact, github/codeql-action/upload-sarif steps alone'
    ])
    expect(checkWorkflowPolicy(text)).toEqual(readOnly(text))
  })

  it('passes a job with security-events: write that only downloads and uploads', () => {
    const text = workflow('pull_request', securityEventsWrite, downloadAndUpload)
    expect(readOnly(text)).toEqual([])
    expect(checkWorkflowPolicy(text)).toEqual([])
  })

  it.each([
    [
      'a run: step',
      'pull_request',
      securityEventsWrite,
      ['      - run: make test'],
      'step 1 is a run: step'
    ],
    [
      'the data-only steps, then a run: step',
      'pull_request',
      securityEventsWrite,
      [...downloadAndUpload, '      - run: cat report.sarif'],
      'step 3 is a run: step'
    ],
    [
      'our security-gate (pip resolves requirements)',
      '[pull_request]',
      securityEventsWrite,
      ['      - uses: org/release-actions/actions/security-gate@v1'],
      'step 1 uses org/release-actions/actions/security-gate@v1'
    ],
    [
      "the pull request's own local action",
      'pull_request_review',
      securityEventsWrite,
      ['      - uses: ./actions/security-gate'],
      'step 1 uses ./actions/security-gate'
    ],
    [
      'the workflow-level write inherited',
      'pull_request',
      [],
      checkout,
      'contents: write',
      'write'
    ],
    [
      'write-all',
      'pull_request',
      ['    permissions: write-all'],
      checkout,
      'permissions: write-all'
    ],
    [
      'a workflow_run after a pull request',
      '{workflow_run: {workflows: [CI], types: [completed]}}',
      securityEventsWrite,
      checkout,
      'on workflow_run'
    ],
    [
      'pull_request_target',
      'pull_request_target',
      ['    permissions:', '      pull-requests: write'],
      checkout,
      'pull-requests: write'
    ]
  ])('fails %s', (_name, on, permissions, steps, problem, top?: string) => {
    expect(readOnly(workflow(on, permissions, steps, top)).join('\n')).toContain(problem)
  })

  it('fails a job with no permissions anywhere (the default token may write)', () => {
    const text = workflow('pull_request', [], checkout).replace(
      'permissions:\n  contents: read\n',
      ''
    )
    expect(readOnly(text).join('\n')).toContain('no permissions: set (the default token may write)')
  })

  it('fails a reusable workflow called with a write permission', () => {
    const text = [
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  gate:',
      '    uses: ./.github/workflows/gate.yml',
      '    permissions:',
      '      security-events: write'
    ].join('\n')
    expect(readOnly(text).join('\n')).toContain('calls ./.github/workflows/gate.yml')
  })

  it.each([
    [
      'a push may check out and write',
      'push',
      ['    permissions:', '      contents: write'],
      checkout
    ],
    ['a pull request job that reads only', 'pull_request', [], checkout],
    [
      'a pull request job with none',
      'pull_request',
      ['    permissions: {}'],
      ['      - run: make test']
    ],
    ['read-all', 'pull_request', ['    permissions: read-all'], checkout]
  ])('passes %s', (_name, on, permissions, steps) => {
    expect(readOnly(workflow(on, permissions, steps))).toEqual([])
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
