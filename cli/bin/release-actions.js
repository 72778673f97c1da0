#!/usr/bin/env node
// The `release-actions` command: the bundled CLI (cli/dist, built like the actions). Node's
// compile cache keeps the parsed bundle between runs, which is most of a plan's start-up.
import module from 'node:module'

module.enableCompileCache?.()
await import('../dist/index.js')
