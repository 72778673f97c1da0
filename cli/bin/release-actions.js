#!/usr/bin/env node
// The `release-actions` command: the bundled CLI (cli/dist, built like the actions).
import '../dist/index.js'
