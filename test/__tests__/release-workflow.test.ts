// This repository's own release workflow: v1 and the version tags move only onto a commit whose
// CI passed, and onto that commit exactly.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../harness/run-action.js'
import { checkWorkflowPolicy, parseWorkflow } from '../harness/workflow-policy.js'

const RELEASE = '.github/workflows/release.yml'
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  if?: string
  uses?: string
  needs?: string | string[]
  permissions?: Record<string, string>
  steps?: Step[]
}

describe('release.yml', () => {
  const release = parseWorkflow(read(RELEASE)) as unknown as {
    on: Record<string, unknown>
    permissions: Record<string, string>
    jobs: Record<string, Job>
  }
  const ci = parseWorkflow(read('.github/workflows/ci.yml')) as unknown as {
    on: Record<string, unknown>
    jobs: Record<string, Job>
  }

  it('runs on a push to main, and is the only workflow that does: CI on main runs inside it', () => {
    expect(release.on).toEqual({ push: { branches: ['main'] } })
    expect(Object.keys(ci.on).sort()).toEqual([
      'pull_request',
      'workflow_call',
      'workflow_dispatch'
    ])
  })

  it('calls the whole of ci.yml read-only, and releases only when it passed', () => {
    expect(release.jobs.ci).toMatchObject({
      uses: './.github/workflows/ci.yml',
      permissions: { contents: 'read' }
    })
    expect(Object.keys(ci.jobs).length).toBeGreaterThan(0)
    const job = release.jobs.release!
    // needs without if: any CI job that fails or is cancelled skips the release.
    expect([job.needs].flat()).toEqual(['ci'])
    expect(job.if).toBeUndefined()
    expect(Object.keys(release.jobs).sort()).toEqual(['ci', 'release'])
  })

  it('checks out and tags exactly the commit CI ran on, with the least permissions', () => {
    const job = release.jobs.release!
    expect(release.permissions).toEqual({ contents: 'read' })
    expect(job.permissions).toEqual({ contents: 'write' })
    const checkout = job.steps?.find((step) => step.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with).toMatchObject({ ref: '${{ github.sha }}', 'persist-credentials': false })
    const tag = job.steps?.find((step) => step.uses === './actions/tag-release')
    expect(tag?.with).toEqual({ sha: '${{ github.sha }}', 'major-tag': true })
    expect(checkWorkflowPolicy(read(RELEASE))).toEqual([])
  })

  it('would be refused by the policy as a workflow_run of CI that checks out with contents: write', () => {
    const asWorkflowRun = read(RELEASE)
      .replace(
        'on:\n  push:\n    branches: [main]',
        'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]'
      )
      .replace(/ {2}ci:\n[\s\S]*?\n\n/, '')
      .replace('    needs: ci # every job of ci.yml\n', '')
    expect(asWorkflowRun).toContain('workflow_run')
    expect(checkWorkflowPolicy(asWorkflowRun).join('\n')).toContain('runs pull request code')
  })
})
