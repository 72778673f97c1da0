// `release-actions plan` on a generated repository of 10,000 commits, 2,000 tags and 50
// operators, next to the bare git commands such a plan needs on the same repository.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../harness/run-action.js'
import { runProcess } from '../harness/run-process.js'

const COMMITS = 10_000
const TAG_EVERY = 5
const OPERATORS = 50
// Interleaved rounds: a slow moment on the machine slows every measure alike, not just one.
const ROUNDS = 15

export async function measurePlan(): Promise<string[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-actions-plan-bench-'))
  try {
    await generateRepository(dir)
    const cli = path.join(REPO_ROOT, 'cli', 'bin', 'release-actions.js')
    const planArgs = [cli, 'plan', '--repo', dir, '--from', 'development', '--json']
    const lastTag = `v1.${Math.floor((COMMITS / TAG_EVERY - 1) / 100)}.${(COMMITS / TAG_EVERY - 1) % 100}`
    const named: string[][] = [
      ['tag'],
      ['log', `${lastTag}..development`],
      ['diff', '--name-only', 'main...development']
    ]
    const everyCall = await recordGitCalls(dir, planArgs)
    const tasks = {
      nodeAlone: () => run(process.execPath, ['-e', '0']),
      nodeThenTags: async () => {
        await run(process.execPath, ['-e', '0'])
        await runEach(dir, [['tag']])
      },
      named: () => runEach(dir, named),
      everyCall: () => runEach(dir, everyCall),
      plan: () => run(process.execPath, planArgs)
    }
    const times = await timeInRounds(tasks)
    const row = (what: string, ms: number, ratio = '') => [what, `${ms.toFixed(0)} ms`, ratio]
    const versus = (ms: number) => `plan is ${(times.plan / ms).toFixed(2)}x`
    return [
      [`${COMMITS} commits, ${COMMITS / TAG_EVERY} tags, ${OPERATORS} operators`, 'median', ''],
      row('release-actions plan --json', times.plan),
      row('git tag + git log + git diff --name-only', times.named, versus(times.named)),
      row(
        `the ${everyCall.length} git calls plan makes, one after another`,
        times.everyCall,
        versus(times.everyCall)
      ),
      row('node -e 0 (any Node program starts here)', times.nodeAlone, versus(times.nodeAlone)),
      row(
        'node -e 0, then git tag (the least a plan in Node does)',
        times.nodeThenTags,
        versus(times.nodeThenTags)
      )
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The git commands a plan runs, from git's own trace of one run. */
async function recordGitCalls(dir: string, planArgs: string[]): Promise<string[][]> {
  const trace = path.join(dir, '..', `${path.basename(dir)}.trace.json`)
  try {
    await run(process.execPath, planArgs, { GIT_TRACE2_EVENT: trace })
    return readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; argv?: string[] })
      .filter((event) => event.event === 'start' && event.argv)
      .map((event) => event.argv!.slice(1))
  } finally {
    rmSync(trace, { force: true })
  }
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com'
}

async function runEach(dir: string, calls: string[][]): Promise<void> {
  for (const args of calls) {
    const result = await runProcess('git', args, { cwd: dir, env: { ...process.env, ...IDENTITY } })
    // merge-tree exits 1 for a conflict, which is an answer, not a failure.
    if (result.exitCode > 1) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  }
}

async function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = await runProcess(command, args, { env: { ...process.env, ...env } })
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`)
}

async function timeInRounds<K extends string>(
  tasks: Record<K, () => Promise<void>>
): Promise<Record<K, number>> {
  const names = Object.keys(tasks) as K[]
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >
  for (const name of names) await tasks[name]()
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      const started = process.hrtime.bigint()
      await tasks[name]()
      samples[name].push(Number(process.hrtime.bigint() - started) / 1e6)
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = samples[name].sort((a, b) => a - b)
      return [name, sorted[Math.floor(sorted.length / 2)] ?? NaN]
    })
  ) as Record<K, number>
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
