/**
 * Parses a runner file command (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE): `name=value` lines
 * and the `name<<DELIMITER` … `DELIMITER` form that @actions/core writes.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const end = lines.indexOf(delimiter ?? '', i + 1)
      if (end === -1) throw new Error(`Unterminated ${name}<<${delimiter} in command file.`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`Malformed command file line: ${JSON.stringify(line)}`)
    values[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return values
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

/** Workflow commands (`::error file=x::message`) printed on stdout, decoded as the runner does. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const [, command = '', props = '', message = ''] = match
    const properties: Record<string, string> = {}
    for (const pair of props ? props.split(',') : []) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = decodeProperty(pair.slice(eq + 1))
    }
    commands.push({ command, properties, message: decodeData(message) })
  }
  return commands
}

function decodeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function decodeProperty(text: string): string {
  return decodeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',')
}
