/** What GitHub code scanning relies on beyond the schema: relative URIs, declared rules, a start line. */
export function checkSarif(sarif: unknown): string[] {
  const problems: string[] = []
  const doc = sarif as { version?: string; runs?: unknown[] }
  if (doc.version !== '2.1.0') problems.push('version is not 2.1.0')
  if (!Array.isArray(doc.runs)) return [...problems, 'no runs']
  doc.runs.forEach((raw, r) => {
    const run = raw as {
      tool?: { driver?: { name?: string; rules?: { id?: string }[] } }
      results?: unknown[]
    }
    if (!run.tool?.driver?.name) problems.push(`run ${r} has no tool.driver.name`)
    const ruleIds = new Set((run.tool?.driver?.rules ?? []).map((rule) => rule.id))
    if (!Array.isArray(run.results)) return problems.push(`run ${r} has no results`)
    run.results.forEach((rawResult, i) => {
      const result = rawResult as {
        ruleId?: string
        level?: string
        message?: { text?: string }
        locations?: {
          physicalLocation?: {
            artifactLocation?: { uri?: string }
            region?: { startLine?: number }
          }
        }[]
      }
      const where = `run ${r} result ${i}`
      if (!result.ruleId) problems.push(`${where} has no ruleId`)
      else if (ruleIds.size > 0 && !ruleIds.has(result.ruleId))
        problems.push(`${where} has an undeclared rule`)
      if (!result.message?.text) problems.push(`${where} has no message.text`)
      if (result.level && !['error', 'warning', 'note', 'none'].includes(result.level)) {
        problems.push(`${where} has level ${result.level}`)
      }
      const location = result.locations?.[0]?.physicalLocation
      if (!location?.artifactLocation?.uri) problems.push(`${where} has no location uri`)
      else if (/^(\/|\.\/|file:)/.test(location.artifactLocation.uri)) {
        problems.push(`${where} has a uri that is not relative to the repository`)
      }
      if (!(Number(location?.region?.startLine) >= 1)) problems.push(`${where} has no startLine`)
    })
  })
  return problems
}
