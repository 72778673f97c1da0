import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// No git identity and no system or user git config: every test must pass on a fresh machine.
const NO_IDENTITY = fileURLToPath(new URL('./test/config/no-identity.gitconfig', import.meta.url))

export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/closing-line.ts'],
    include: [
      'src/**/__tests__/**/*.test.ts',
      'actions/*/__tests__/**/*.test.ts',
      'cli/__tests__/**/*.test.ts',
      'test/**/*.test.ts'
    ],
    env: { GIT_CONFIG_GLOBAL: NO_IDENTITY, GIT_CONFIG_NOSYSTEM: '1' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Podman and the registry are heavy on a 2-core machine; files still run in parallel.
    maxWorkers: 2,
    // The workflow parser imports its JSON schemas without import attributes, which Node refuses
    // (actions/languageservices#387); transformed by Vite, the imports load.
    server: { deps: { inline: ['@actions/workflow-parser'] } }
  }
})
