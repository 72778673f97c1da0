// `release-actions plan` on a generated repository of 10,000 commits, 2,000 tags and 50
// operators, next to the bare git commands such a plan needs on the same repository.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../harness/run-action.js'
import { runProcess } from '../harness/run-process.js'

const COMMITS = 10_000
const TAG_EVERY = 5
const OPERATORS = 50
const RUNS = 3

export async function measurePlan(): Promise<string[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-plan-bench-'))
  try {
    await generateRepository(dir)
    const cli = path.join(REPO_ROOT, 'cli', 'bin', 'release-actions.js')
    const plan = await medianMs(async () => {
      const result = await runProcess(process.execPath, [
        cli,
        'plan',
        '--repo',
        dir,
        '--from',
        'development',
        '--json'
      ])
      if (result.exitCode !== 0) throw new Error(result.stderr)
    })
    const lastTag = `v1.${Math.floor((COMMITS / TAG_EVERY - 1) / 100)}.${(COMMITS / TAG_EVERY - 1) % 100}`
    const bare = await medianMs(async () => {
      await runProcess('git', ['tag'], { cwd: dir })
      await runProcess('git', ['log', `${lastTag}..development`], { cwd: dir })
      await runProcess('git', ['diff', '--name-only', 'main...development'], { cwd: dir })
    })
    return [
      ['repository', 'plan', 'git tag + git log + git diff --name-only', 'ratio'],
      [
        `${COMMITS} commits, ${COMMITS / TAG_EVERY} tags, ${OPERATORS} operators`,
        `${plan.toFixed(0)} ms`,
        `${bare.toFixed(0)} ms`,
        `${(plan / bare).toFixed(2)}x`
      ]
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One `git fast-import` stream: main with every commit touching one operator, a tag every fifth. */
export async function generateRepository(dir: string): Promise<void> {
  await runProcess('git', ['init', '-q', '--initial-branch=main', dir])
  const chunks: string[] = []
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`
  const commit = (
    ref: string,
    mark: number,
    message: string,
    files: Record<string, string>,
    from?: number
  ) => {
    chunks.push(
      `commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> ${1_700_000_000 + mark * 60} +0000\n${data(message)}`
    )
    if (from) chunks.push(`from :${from}\n`)
    for (const [file, content] of Object.entries(files))
      chunks.push(`M 100644 inline ${file}\n${data(content)}`)
    chunks.push('\n')
  }
  const first: Record<string, string> = {}
  for (let op = 0; op < OPERATORS; op++) {
    first[`operators/op${op}/Dockerfile`] = 'FROM scratch\nCOPY app.txt /app.txt\n'
    first[`operators/op${op}/app.txt`] = '0\n'
  }
  commit('refs/heads/main', 1, 'feat: operators', first)
  let tag = 0
  for (let i = 2; i <= COMMITS; i++) {
    commit('refs/heads/main', i, `fix(op${i % OPERATORS}): change ${i}`, {
      [`operators/op${i % OPERATORS}/app.txt`]: `${i}\n`
    })
    if (i % TAG_EVERY === 0) {
      chunks.push(`reset refs/tags/v1.${Math.floor(tag / 100)}.${tag % 100}\nfrom :${i}\n\n`)
      tag++
    }
  }
  commit(
    'refs/heads/development',
    COMMITS + 1,
    'feat(op7): a feature',
    { 'operators/op7/app.txt': 'feature\n' },
    COMMITS
  )
  commit(
    'refs/heads/security/hotfix',
    COMMITS + 2,
    'fix(op7): a hotfix',
    { 'operators/op7/app.txt': 'hotfix\n' },
    COMMITS
  )
  const imported = await runProcess('git', ['fast-import', '--quiet'], {
    cwd: dir,
    input: chunks.join('')
  })
  if (imported.exitCode !== 0) throw new Error(`git fast-import failed: ${imported.stderr}`)
  await runProcess('git', ['checkout', '-q', 'development'], { cwd: dir })
}

async function medianMs(task: () => Promise<void>): Promise<number> {
  await task()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint()
    await task()
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? NaN
}
