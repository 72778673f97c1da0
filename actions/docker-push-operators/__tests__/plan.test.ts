import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createBareRemote, createGitRepo } from '../../../test/harness/git-repo.js'
import { runCommand } from '../../../src/lib/exec.js'
import { createGit } from '../../../src/lib/git.js'
import { detectChanges, readEventBase } from '../src/detect-changes.js'
import {
  discoverOperators,
  imageBaseName,
  MAX_DOCKERFILE_BYTES,
  pickOperators,
  readFromImages
} from '../src/discover-operators.js'
import {
  buildDockerArgv,
  buildLoginArgv,
  buildPodmanArgv,
  buildPodmanPushArgv
} from '../src/engine-argv.js'
import type { DockerPushInputs } from '../src/inputs.js'
import { computeTags, planImage } from '../src/plan-images.js'
import { selectOperators, sortByDependencies, type Changes } from '../src/select-operators.js'
import type { Operator } from '../src/discover-operators.js'

const SHA = 'abc1234def5678abc1234def5678abc1234def56'
const inputs = (overrides: Partial<DockerPushInputs> = {}): DockerPushInputs => ({
  registry: 'ghcr.io',
  namespace: 'acme',
  username: '',
  password: '',
  operators: 'auto',
  operatorsDir: 'operators',
  imagePrefix: '',
  environment: 'staging',
  version: '',
  devRequirementsArg: 'INSTALL_DEV',
  buildArgs: [],
  context: 'operator',
  changedOnly: true,
  base: '',
  sharedPaths: [],
  platforms: [],
  engine: 'docker',
  cache: 'gha',
  push: true,
  maxParallel: 2,
  mode: 'build',
  dryRun: false,
  requireVersionTag: true,
  ...overrides
})
const run = {
  sha: SHA,
  serverUrl: 'https://github.com',
  repository: 'acme/ops',
  committedAt: '2026-11-26T10:00:00.000Z'
}
const op = (
  name: string,
  dependsOn: string[] = [],
  references: Operator['references'] = []
): Operator => ({
  name,
  fromByTag: [],
  dir: `operators/${name}`,
  dockerfile: `operators/${name}/Dockerfile`,
  dependsOn,
  references
})
const LABELS = (version: string) => [
  '--label',
  'org.opencontainers.image.source=https://github.com/acme/ops',
  '--label',
  `org.opencontainers.image.revision=${SHA}`,
  '--label',
  `org.opencontainers.image.version=${version}`,
  '--label',
  'org.opencontainers.image.created=2026-11-26T10:00:00.000Z',
  '--label',
  'org.opencontainers.image.title=api'
]

describe('the engine argv', () => {
  it('docker, staging: dev tags, dev requirements on, its own cache scope, push', () => {
    const plan = planImage(
      op('api'),
      'changed',
      inputs({ buildArgs: ['PIP_INDEX=https://pypi.example'] }),
      run
    )
    expect(
      buildDockerArgv(plan, { cache: 'gha', push: true, metadataFile: '/tmp/m.json' })
    ).toEqual([
      'buildx',
      'build',
      '--file',
      'operators/api/Dockerfile',
      '--tag',
      'ghcr.io/acme/api:dev',
      '--tag',
      'ghcr.io/acme/api:dev-abc1234',
      '--build-arg',
      'INSTALL_DEV=true',
      '--build-arg',
      'PIP_INDEX=https://pypi.example',
      ...LABELS('dev-abc1234'),
      '--build-arg',
      'SOURCE_DATE_EPOCH=1795687200',
      '--cache-from',
      'type=gha,scope=api-staging',
      '--cache-to',
      'type=gha,mode=max,scope=api-staging,ignore-error=true',
      '--metadata-file',
      '/tmp/m.json',
      '--push',
      'operators/api'
    ])
  })

  it('docker, production: version tags, dev requirements off, platforms, repository context, no cache', () => {
    const plan = planImage(
      op('api'),
      'changed',
      inputs({
        environment: 'production',
        version: '1.4.2',
        platforms: ['linux/amd64', 'linux/arm64'],
        context: 'repository',
        imagePrefix: 'ops-'
      }),
      run
    )
    expect(buildDockerArgv(plan, { cache: 'none', push: false, metadataFile: 'm' })).toEqual([
      'buildx',
      'build',
      '--file',
      'operators/api/Dockerfile',
      '--tag',
      'ghcr.io/acme/ops-api:1.4.2',
      '--tag',
      'ghcr.io/acme/ops-api:1.4',
      '--tag',
      'ghcr.io/acme/ops-api:latest',
      '--build-arg',
      'INSTALL_DEV=false',
      ...LABELS('1.4.2'),
      '--platform',
      'linux/amd64,linux/arm64',
      '--build-arg',
      'SOURCE_DATE_EPOCH=1795687200',
      '--metadata-file',
      'm',
      '.'
    ])
  })

  it.each([
    ['staging', '', ['dev', 'dev-abc1234'], 'INSTALL_DEV=true'],
    ['production', '2.0.0', ['2.0.0', '2.0', 'latest'], 'INSTALL_DEV=false']
  ] as const)('podman, %s: build then one push per tag', (environment, version, tags, devArg) => {
    const plan = planImage(
      op('api'),
      'changed',
      inputs({ engine: 'podman', cache: 'none', environment, version }),
      run
    )
    expect(buildPodmanArgv(plan)).toEqual([
      'build',
      '--file',
      'operators/api/Dockerfile',
      ...tags.flatMap((tag) => ['--tag', `ghcr.io/acme/api:${tag}`]),
      '--build-arg',
      devArg,
      ...LABELS(version || 'dev-abc1234'),
      '--timestamp',
      '1795687200',
      '--layers=false',
      'operators/api'
    ])
    expect(buildPodmanPushArgv(`ghcr.io/acme/api:${tags[0]}`, '/tmp/d')).toEqual([
      'push',
      '--digestfile',
      '/tmp/d',
      `ghcr.io/acme/api:${tags[0]}`
    ])
  })

  it('logs in with the password on stdin, never in argv', () => {
    expect(buildLoginArgv('ghcr.io', 'bot')).toEqual([
      'login',
      '--username',
      'bot',
      '--password-stdin',
      'ghcr.io'
    ])
  })

  it.each([
    ['staging', '', ['dev', 'dev-abc1234']],
    ['production', '1.4.2', ['1.4.2', '1.4', 'latest']],
    ['production', '2.0.0-rc.1', ['2.0.0-rc.1']]
  ] as const)('computeTags %s %s', (environment, version, expected) => {
    expect(computeTags(environment, SHA, version)).toEqual(expected)
  })

  it.each(['Bad_Name', 'x--', 'UPPER'])(
    'an operator folder %j that makes no valid image name is refused or lowered',
    (name) => {
      const attempt = () => planImage(op(name), 'r', inputs(), run)
      if (/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(name.toLowerCase()))
        expect(attempt().image).toBe(`ghcr.io/acme/${name.toLowerCase()}`)
      else expect(attempt).toThrow(/not a valid OCI name/)
    }
  )
})

describe('discovery', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'release-actions-operators-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const files: Record<string, string> = {
    'operators/base/Dockerfile': 'FROM python:3.12-slim\n',
    'operators/api/Dockerfile':
      'ARG R=ghcr.io\nFROM --platform=$BUILDPLATFORM ${R}/acme/ops-base:dev AS build\nFROM scratch\n',
    'operators/worker/Containerfile': 'FROM python:3.12\n',
    'operators/worker/requirements.txt': '-e ../common-lib\n',
    'operators/report/Dockerfile': 'FROM python:3.12\n',
    'operators/report/requirements-dev.txt': 'pytest==8\n../worker\n',
    'operators/common-lib/setup.py': '',
    'operators/notes/README.md': '',
    'operators/jobs/Dockerfile': 'ARG BASE_IMAGE=ghcr.io/acme/ops-base:dev\nFROM ${BASE_IMAGE}\n'
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }

  it('finds folders with a Dockerfile or Containerfile, and what each builds on', () => {
    expect(discoverOperators(root, 'operators', 'ops-')).toEqual([
      {
        name: 'api',
        dir: 'operators/api',
        dockerfile: 'operators/api/Dockerfile',
        dependsOn: ['base'],
        fromByTag: ['base'],
        references: []
      },
      {
        name: 'base',
        dir: 'operators/base',
        dockerfile: 'operators/base/Dockerfile',
        dependsOn: [],
        fromByTag: [],
        references: []
      },
      {
        name: 'jobs',
        dir: 'operators/jobs',
        dockerfile: 'operators/jobs/Dockerfile',
        dependsOn: ['base'],
        fromByTag: [],
        references: []
      },
      {
        name: 'report',
        dir: 'operators/report',
        dockerfile: 'operators/report/Dockerfile',
        dependsOn: ['worker'],
        fromByTag: [],
        references: [
          { path: 'operators/worker', from: 'operators/report/requirements-dev.txt', folder: true }
        ]
      },
      {
        name: 'worker',
        dir: 'operators/worker',
        dockerfile: 'operators/worker/Containerfile',
        dependsOn: [],
        fromByTag: [],
        references: [
          { path: 'operators/common-lib', from: 'operators/worker/requirements.txt', folder: true }
        ]
      }
    ])
  })

  it('an explicit list keeps those; an unknown name lists the known ones', () => {
    const all = discoverOperators(root, 'operators', '')
    expect(pickOperators(all, ['worker', 'api']).map((o) => o.name)).toEqual(['api', 'worker'])
    expect(() => pickOperators(all, ['web'])).toThrow(
      'accepted: auto, or some of api, base, jobs, report, worker.'
    )
  })

  it.each([
    ['FROM python:3.12\n', ['python:3.12']],
    ['from --platform=linux/amd64 a/b:c as x\nFROM x\n', ['a/b:c', 'x']],
    ['# FROM commented\nRUN echo FROM x\n', []]
  ])('readFromImages %j', (text, expected) => {
    expect(readFromImages(text)).toEqual(expected)
  })

  it.each([
    ['registry:5000/acme/api:dev', 'api'],
    ['acme/api@sha256:abc', 'api'],
    ['api', 'api'],
    ['${REG}/acme/API:1', 'api']
  ])('imageBaseName %s → %s', (image, expected) => {
    expect(imageBaseName(image)).toBe(expected)
  })
})

describe('discovery reads each Dockerfile only as a regular file in the repository, capped', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'release-actions-dockerfiles-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }

  it.each([
    [
      'over the cap',
      'big',
      () => write('big/a/Dockerfile', 'x'.repeat(MAX_DOCKERFILE_BYTES + 1)),
      /is 1048577 bytes, over the 1048576 \(1 MiB\)/
    ],
    [
      'a link to /dev/zero',
      'zero',
      () => {
        mkdirSync(path.join(root, 'zero/a'), { recursive: true })
        symlinkSync('/dev/zero', path.join(root, 'zero/a/Dockerfile'))
      },
      /is a link to \/dev\/zero, outside the repository/
    ],
    [
      'a folder',
      'folder',
      () => mkdirSync(path.join(root, 'folder/a/Dockerfile'), { recursive: true }),
      /is not a regular file/
    ]
  ])('%s is refused, naming the file', (_, dir, create, message) => {
    create()
    const attempt = () => discoverOperators(root, dir, '')
    expect(attempt).toThrow(message)
    expect(attempt).toThrow(`The repository's ${dir}/a/Dockerfile`)
  })

  it('a Dockerfile at the cap, or linked inside the repository, is read', () => {
    write('fine/a/Dockerfile', `FROM scratch\n${'#'.repeat(MAX_DOCKERFILE_BYTES - 13)}`)
    write('shared/Dockerfile', 'ARG A_IMAGE=x\nFROM ${A_IMAGE}\n')
    mkdirSync(path.join(root, 'fine/b'), { recursive: true })
    symlinkSync('../../shared/Dockerfile', path.join(root, 'fine/b/Dockerfile'))
    expect(discoverOperators(root, 'fine', '').map((op) => [op.name, op.dependsOn])).toEqual([
      ['a', []],
      ['b', ['a']]
    ])
  })
})

describe('selectOperators', () => {
  const all = [op('api', ['base']), op('base'), op('report', ['api']), op('worker')]
  const files = (...list: string[]): Changes => ({ kind: 'files', base: SHA, files: list })
  const select = (changes: Changes, options = {}) =>
    selectOperators(all, all, changes, {
      changedOnly: true,
      sharedPaths: ['shared', 'pyproject.toml'],
      ...options
    })

  it.each([
    ['one operator changed', files('operators/worker/app.py'), ['worker']],
    [
      'a base changed: its dependents follow, after it',
      files('operators/base/Dockerfile'),
      ['base', 'api', 'report']
    ],
    ['a middle one changed', files('operators/api/x.py'), ['api', 'report']],
    ['a shared path changed: all', files('shared/util.py'), ['base', 'api', 'report', 'worker']],
    ['a shared file changed: all', files('pyproject.toml'), ['base', 'api', 'report', 'worker']],
    ['nothing of theirs changed', files('README.md', 'operators.md'), []],
    ['a similar prefix is not a change', files('operators/workers/x'), []],
    [
      'cannot compare: all',
      { kind: 'all', reason: 'a new branch' } as Changes,
      ['base', 'api', 'report', 'worker']
    ]
  ])('%s', (_name, changes, expected) => {
    expect(select(changes).selected.map((s) => s.operator.name)).toEqual(expected)
  })

  it('says why each was selected or skipped', () => {
    const selection = select(files('operators/base/a', 'operators/base/b'))
    expect(selection.selected.map((s) => s.reason)).toEqual([
      'changed: operators/base/a and 1 more',
      'builds on base, which is rebuilt',
      'builds on api, which is rebuilt'
    ])
    expect(selection.skipped).toEqual([
      { operator: 'worker', reason: 'nothing under operators/worker/ changed since abc1234' }
    ])
  })

  describe('a path the requirements name', () => {
    const ref = (path: string, folder = true) => ({
      path,
      from: 'operators/x/requirements.txt',
      folder
    })
    const withRefs = [
      op('api', [], [ref('shared'), ref('operators/common.txt', false)]),
      op('worker', [], [ref('operators/common.txt', false)]),
      op('report', ['api']),
      op('solo')
    ]
    const pick = (changes: Changes, sharedPaths: string[] = []) =>
      selectOperators(withRefs, withRefs, changes, { changedOnly: true, sharedPaths })

    it.each([
      ['only the shared package changed', files('shared/util.py'), ['api', 'report']],
      ['the common file changed', files('operators/common.txt'), ['api', 'worker', 'report']],
      ['a similar name is not it', files('shared-old/x.py', 'operators/common.txt.bak'), []],
      ['shared-paths still select all', files('libs/x.py'), ['api', 'worker', 'report', 'solo']]
    ])('%s', (name, changes, expected) => {
      const sharedPaths = name.startsWith('shared-paths') ? ['libs'] : []
      expect(pick(changes, sharedPaths).selected.map((s) => s.operator.name)).toEqual(expected)
    })

    it('says which path and which change, and what a skipped one watches', () => {
      const selection = pick(files('shared/util.py', 'shared/io.py', 'README.md'))
      expect(selection.selected.map((s) => [s.operator.name, s.reason])).toEqual([
        ['api', 'requirements reference shared/ (changed: shared/util.py and 1 more)'],
        ['report', 'builds on api, which is rebuilt']
      ])
      expect(selection.skipped).toEqual([
        {
          operator: 'worker',
          reason:
            'nothing under operators/worker/ or operators/common.txt (named by its requirements) changed since abc1234'
        },
        { operator: 'solo', reason: 'nothing under operators/solo/ changed since abc1234' }
      ])
    })

    it('a change in its own folder is named first', () => {
      const selection = pick(files('operators/api/app.py', 'shared/util.py'))
      expect(selection.selected[0]?.reason).toBe('changed: operators/api/app.py')
    })
  })

  it('changed-only false selects everything', () => {
    expect(select(files(), { changedOnly: false }).selected).toHaveLength(4)
  })

  it('a circle is an error naming it', () => {
    expect(() => sortByDependencies([op('a', ['b']), op('b', ['a'])])).toThrow('a → b → a')
  })
})

describe('change detection with real git', () => {
  it.each([
    ['push', { before: SHA }, { base: SHA }],
    [
      'push',
      { before: '0'.repeat(40) },
      { why: 'a new branch: there is no earlier commit to compare with' }
    ],
    ['pull_request', { pull_request: { base: { sha: SHA } } }, { base: SHA }],
    ['workflow_dispatch', {}, { why: 'workflow_dispatch builds every operator' }]
  ])('the base of a %s event %j', (event, payload, expected) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-event-'))
    writeFileSync(path.join(dir, 'event.json'), JSON.stringify(payload))
    expect(readEventBase(event, path.join(dir, 'event.json'))).toEqual(expected)
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists the files changed since the base, and falls back to all when the base is missing', async () => {
    const repo = await createGitRepo()
    try {
      const first = await repo.commit({
        message: 'a',
        files: { 'operators/a/Dockerfile': 'x', 'README.md': 'r' }
      })
      await repo.commit({ message: 'b', files: { 'operators/a/app.py': 'y', 'docs/ü.md': 'z' } })
      const git = createGit({ cwd: repo.dir, runner: runCommand })
      expect(await detectChanges(git, first, undefined)).toEqual({
        kind: 'files',
        base: first,
        files: ['docs/ü.md', 'operators/a/app.py']
      })
      // A clone of depth 1, as actions/checkout makes: the base is fetched, as GitHub allows.
      const remote = await createBareRemote(repo)
      await repo.git(['config', 'uploadpack.allowReachableSHA1InWant', 'true'], { cwd: remote })
      const shallow = path.join(repo.root, 'shallow')
      await repo.git(['clone', '-q', '--depth', '1', `file://${remote}`, shallow])
      const shallowGit = createGit({ cwd: shallow, runner: runCommand })
      expect(await shallowGit.tryRead(['cat-file', '-e', `${first}^{commit}`])).toBeUndefined()
      expect(await detectChanges(shallowGit, first, undefined)).toEqual({
        kind: 'files',
        base: first,
        files: ['docs/ü.md', 'operators/a/app.py']
      })
      const missing = 'f'.repeat(40)
      const fallback = await detectChanges(git, missing, undefined)
      expect(fallback).toMatchObject({
        kind: 'all',
        reason: expect.stringContaining('fetch-depth: 0')
      })
    } finally {
      await repo.cleanup()
    }
  })
})
