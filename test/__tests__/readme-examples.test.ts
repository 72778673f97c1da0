// The workflow examples in the READMEs, checked as the starters are: actionlint, our actions used
// as declared, third-party actions pinned, and the rules the hand-corrected examples of issue #18
// broke (packages: write for ghcr.io, a checkout before a repository file, the version guard).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { listWorkflowFiles } from '../harness/lint-workflows.js'
import {
  checkExample,
  checkReadmeExamples,
  lintExamples,
  listExampleReadmes,
  readExampleBlocks,
  readYamlBlocks,
  toWorkflowExample,
  type WorkflowExample
} from '../harness/readme-examples.js'
import { REPO_ROOT } from '../harness/run-action.js'

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')
const parsed = readExampleBlocks(REPO_ROOT).map((block) => {
  try {
    return { block, example: toWorkflowExample(block) }
  } catch (error) {
    return { block, error: (error as Error).message }
  }
})
const examples = parsed.flatMap(({ example }) => example ?? [])
const named = (example: WorkflowExample) =>
  [`${example.readme}:${example.line} (${example.kind})`, example] as const

/** A planted example, checked as a README block. */
const check = (text: string) =>
  checkExample(toWorkflowExample({ readme: 'planted.md', line: 1, text })!, REPO_ROOT)

describe('the yaml blocks of the READMEs', () => {
  it('are found in the root README and every action README', () => {
    const withExamples = new Set(examples.map((example) => example.readme))
    for (const readme of listExampleReadmes(REPO_ROOT).filter((file) =>
      /^(README\.md|actions\/[^/]+\/README\.md)$/.test(file)
    ))
      expect([...withExamples], readme).toContain(readme)
  })

  it('all parse', () => {
    expect(parsed.flatMap(({ error }) => error ?? [])).toEqual([])
  })

  it('are all workflows, jobs or steps but the security-gate allowlist entries', () => {
    const others = parsed.filter(({ example, error }) => !example && !error)
    expect(others.map(({ block }) => block.readme)).toEqual(['actions/security-gate/README.md'])
    for (const entry of YAML.parse(others[0]!.block.text) as object[])
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['id', 'reason', 'expires']))
  })

  it.each(listExampleReadmes(REPO_ROOT))('%s: its examples pass actionlint', async (readme) => {
    expect(await lintExamples(examples.filter((example) => example.readme === readme))).toEqual([])
  })

  it.each(examples.map(named))('%s follows the rules', (_name, example) => {
    expect(checkExample(example, REPO_ROOT)).toEqual([])
  })
})

describe('the starters follow the same rules', () => {
  it.each(listWorkflowFiles(REPO_ROOT).filter((file) => file.startsWith('workflows/')))(
    '%s',
    (file) => {
      const example = toWorkflowExample({ readme: file, line: 1, text: read(file) })!
      expect(example.kind).toBe('workflow')
      expect(checkExample(example, REPO_ROOT)).toEqual([])
    }
  )
})

describe('reading the blocks', () => {
  it('finds indented and yml fences, with the line each starts on', () => {
    const markdown = [
      '# x',
      '',
      '```yml',
      'a: 1',
      '```',
      '',
      '- item',
      '  ```yaml',
      '  b: 2',
      '  ```'
    ]
    expect(readYamlBlocks(markdown.join('\n'), 'x.md')).toEqual([
      { readme: 'x.md', line: 4, text: 'a: 1\n' },
      { readme: 'x.md', line: 9, text: 'b: 2\n' }
    ])
  })

  it('wraps a fragment with a stub job for each needs output it reads, and nothing else', () => {
    const example = toWorkflowExample({
      readme: 'x.md',
      line: 1,
      text: '- run: echo "$D"\n  env:\n    D: ${{ needs.images.outputs.digests }}\n'
    })!
    expect(example.kind).toBe('steps')
    expect(example.workflow.jobs?.images?.outputs).toEqual({ digests: 'stub' })
    expect(example.workflow.jobs?.example?.needs).toEqual(['images'])
  })

  it('reports a block that is not valid YAML with its README line', async () => {
    const markdown = 'text\n\n```yaml\n- run: echo "load check: done"\n```\n'
    const problems = await checkReadmeExamples(markdown, 'x.md', REPO_ROOT)
    expect(problems).toEqual([expect.stringMatching(/^x\.md:4: the yaml block does not parse/)])
  })
})

const workflow = (job: string[], top = ['permissions:', '  contents: read']) =>
  ['on: push', ...top, 'jobs:', '  a:', '    runs-on: ubuntu-latest', ...job].join('\n')
const checkout = [
  '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'
]
const pushGhcr = [
  '      - uses: org/release-actions/actions/docker-push-operators@v1',
  '        with:',
  '          registry: ghcr.io',
  '          namespace: acme'
]

describe('each rule catches a planted bad example', () => {
  it.each([
    [
      'a staging push to ghcr.io with only contents: read',
      workflow(['    steps:', ...checkout, ...pushGhcr]),
      "job a: step 2 pushes images to ghcr.io, but the job's token has no packages: write"
    ],
    [
      'the registry through env:',
      workflow(['    steps:', ...checkout, ...pushGhcr]).replace(
        'registry: ghcr.io',
        'registry: ${{ env.REGISTRY }}'
      ),
      'pushes images to ghcr.io',
      ['env:', '  REGISTRY: ghcr.io']
    ],
    [
      'packages: write at the top but the job narrowing it',
      workflow(
        ['    permissions:', '      contents: read', '    steps:', ...checkout, ...pushGhcr],
        ['permissions:', '  packages: write']
      ),
      'pushes images to ghcr.io'
    ],
    [
      'docker push in a run: step',
      workflow(['    steps:', '      - run: docker push ghcr.io/acme/api:1.0']),
      'step 1 pushes images to ghcr.io'
    ],
    [
      './deploy.sh without a checkout',
      workflow(['    steps:', '      - run: ./deploy.sh']),
      'job a: step 1 runs `./deploy.sh`, which reads the repository, with no actions/checkout step before it'
    ],
    [
      'bash scripts/x.sh after another command, checkout after it',
      workflow(['    steps:', '      - run: cd tools && bash scripts/x.sh', ...checkout]),
      'runs `bash scripts/x.sh`'
    ],
    [
      'make without a checkout',
      workflow(['    steps:', '      - run: make release']),
      '`make release`'
    ],
    [
      'security-gate without a checkout',
      workflow(['    steps:', '      - uses: org/release-actions/actions/security-gate@v1']),
      'runs security-gate, which reads the repository'
    ],
    [
      'a weekly sync without the guard',
      workflow([
        '    steps:',
        '      - id: next',
        '        uses: org/release-actions/actions/tag-release@v1',
        '        with:',
        '          dry-run: true',
        '      - uses: org/release-actions/actions/sync-branches@v1',
        '        with:',
        '          mode: pull-request',
        '          pr-title: Release v${{ steps.next.outputs.version }}'
      ]),
      "job a: step 2 passes steps.next.outputs.version to sync-branches without if: steps.next.outputs.version != ''"
    ],
    [
      "another job's version to docker-push-operators, guarded by the wrong output",
      workflow([
        '    outputs:',
        '      v: ${{ steps.tag.outputs.version }}',
        '      latest: ${{ steps.tag.outputs.latest }}',
        '    steps:',
        '      - id: tag',
        '        uses: org/release-actions/actions/tag-release@v1',
        '  b:',
        '    needs: a',
        "    if: needs.a.outputs.created == 'true'",
        '    runs-on: ubuntu-latest',
        '    steps:',
        ...checkout,
        '      - uses: org/release-actions/actions/docker-push-operators@v1',
        '        with:',
        '          namespace: acme',
        '          environment: production',
        '          version: ${{ needs.a.outputs.v }}'
      ]),
      'job b: step 2 passes needs.a.outputs.v to docker-push-operators'
    ],
    [
      'an unpinned third-party action (the load-check README had it)',
      workflow(['    steps:', '      - uses: actions/checkout@v4']),
      'actions/checkout@v4 is not pinned to a full commit SHA'
    ],
    [
      'a SHA without its version comment',
      workflow(['    steps:', checkout[0]!.replace(' # v5.0.0', '')]),
      'has no version comment'
    ],
    [
      'an unknown action of ours (any owner)',
      workflow(['    steps:', '      - uses: acme/release-actions/actions/tag-relase@v1']),
      'acme/release-actions/actions/tag-relase@v1 names no action'
    ],
    [
      'an undeclared input',
      workflow([
        '    steps:',
        '      - uses: org/release-actions/actions/tag-release@v1',
        '        with:',
        '          dryrun: true'
      ]),
      'tag-release has no input "dryrun"'
    ],
    [
      'an undeclared output',
      workflow([
        '    steps:',
        '      - id: tag',
        '        uses: org/release-actions/actions/tag-release@v1',
        '      - run: echo "$V"',
        '        env:',
        '          V: ${{ steps.tag.outputs.versoin }}'
      ]),
      'tag-release (step tag) has no output "versoin"'
    ]
  ])('%s', (_name, text, problem, env: string[] = []) => {
    const planted = env.length ? text.replace('jobs:', `${env.join('\n')}\njobs:`) : text
    expect(check(planted).join('\n')).toContain(problem)
  })

  it.each([
    [
      'packages: write',
      workflow([
        '    permissions:',
        '      packages: write',
        '    steps:',
        ...checkout,
        ...pushGhcr
      ])
    ],
    [
      'Docker Hub (no packages: write needed)',
      workflow(['    steps:', ...checkout, ...pushGhcr]).replace('ghcr.io', 'docker.io')
    ],
    ['plan mode', workflow(['    steps:', ...checkout, ...pushGhcr, '          mode: plan'])],
    ['dry-run', workflow(['    steps:', ...checkout, ...pushGhcr, '          dry-run: true'])],
    [
      'a login to ghcr.io only (pulls need it too)',
      workflow([
        '    steps:',
        '      - run: echo "$T" | docker login ghcr.io -u x --password-stdin'
      ])
    ],
    [
      'scripts that run nothing of the repository',
      workflow(['    steps:', '      - run: echo ./x && bash -c "true" && python -m pip list'])
    ],
    [
      "merge-main's guard: the needed job's latest",
      workflow([
        '    outputs:',
        '      version: ${{ steps.tag.outputs.version }}',
        '      latest: ${{ steps.tag.outputs.latest }}',
        '    steps:',
        '      - id: tag',
        '        uses: org/release-actions/actions/tag-release@v1',
        '  b:',
        '    needs: a',
        '    if: "needs.a.outputs.latest == \'true\'"',
        '    runs-on: ubuntu-latest',
        '    steps:',
        ...checkout,
        '      - uses: org/release-actions/actions/docker-push-operators@v1',
        '        with:',
        '          namespace: acme',
        '          environment: production',
        '          version: ${{ needs.a.outputs.version }}'
      ])
    ]
  ])('passes %s', (_name, text) => {
    expect(check(text)).toEqual([])
  })

  it.each([
    [
      'a workflow',
      workflow(['    needs: missing', '    steps:', '      - run: echo hi']),
      'planted.md:10: job "a" needs job "missing" which does not exist in this workflow [job-needs] (line 14)'
    ],
    [
      'a steps fragment',
      '- run: echo "$E"\n  env:\n    E: ${{ github.evnt.name }}\n',
      'property "evnt" is not defined in object type'
    ]
  ])('actionlint reports a mistake in %s', async (_name, text, problem) => {
    const example = toWorkflowExample({ readme: 'planted.md', line: 10, text })!
    expect((await lintExamples([example])).join('\n')).toContain(problem)
  })
})

describe('the mistakes issue #18 found, planted back into the READMEs', () => {
  it.each([
    [
      'docker-push-operators: the staging example pushes to ghcr.io with contents: read only',
      'actions/docker-push-operators/README.md',
      '  packages: write # push to ghcr.io with GITHUB_TOKEN\n',
      '',
      "actions/docker-push-operators/README.md:11: job images: step 3 pushes images to ghcr.io, but the job's token has no packages: write (add it to the job's permissions)"
    ],
    [
      'notify-slack: the deploy example runs ./deploy.sh without a checkout',
      'actions/notify-slack/README.md',
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - run: ./deploy.sh',
      '      - run: ./deploy.sh',
      'actions/notify-slack/README.md:45: job deploy: step 2 runs `./deploy.sh`, which reads the repository, with no actions/checkout step before it'
    ],
    [
      "sync-branches: the weekly example lacks the starter's version guard",
      'actions/sync-branches/README.md',
      "      - if: steps.next.outputs.version != ''\n        uses:",
      '      - uses:',
      "actions/sync-branches/README.md:48: job release-pr: step 2 passes steps.next.outputs.version to sync-branches without if: steps.next.outputs.version != '' (tag-release leaves it empty when nothing is released, and it would open or update the release pull request all the same)"
    ],
    [
      'load-check: the example pinned checkout to a tag',
      'actions/load-check/README.md',
      'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      'actions/checkout@v4',
      'actions/load-check/README.md:16: actions/checkout@v4 is not pinned to a full commit SHA'
    ],
    [
      'load-check: the example was not valid YAML',
      'actions/load-check/README.md',
      '  run: |\n    echo "load check: $OUTCOME ($REQUESTS requests)"',
      '  run: echo "load check: $OUTCOME ($REQUESTS requests)"',
      'actions/load-check/README.md:16: the yaml block does not parse: YAMLParseError: Nested mappings are not allowed in compact mappings'
    ]
  ])('%s', async (_name, readme, from, to, problem) => {
    const text = read(readme)
    expect(text, `${readme} holds the corrected form`).toContain(from)
    const problems = await checkReadmeExamples(text.replace(from, to), readme, REPO_ROOT)
    expect(problems.join('\n')).toContain(problem)
    expect(await checkReadmeExamples(text, readme, REPO_ROOT)).toEqual([])
  })
})
