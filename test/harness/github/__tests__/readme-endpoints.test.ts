import { expect, it } from 'vitest'
import { listServedEndpoints } from '../routes/index.js'
import { readReadmeEndpoints } from './helpers.js'

// Each *-endpoints.test.ts file checks it drives every endpoint of its README section.
const SECTIONS = [
  'Repository, commits and merges',
  'Git references and tags',
  'Pull requests and labels',
  'Releases',
  'Workflow runs',
  'GitHub Apps'
]

it('the README lists exactly the endpoints the stand-in serves', () => {
  expect(readReadmeEndpoints()).toEqual(listServedEndpoints())
})

it('every listed endpoint is in exactly one section, tested by one file', () => {
  const bySection = SECTIONS.flatMap((section) => readReadmeEndpoints(section))
  expect(bySection.sort()).toEqual(readReadmeEndpoints())
})
