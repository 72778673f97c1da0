/** What only a person can do, in GitHub's settings: the names the starters read. */
export function formatChecklist(options: { repo?: string; registry: string }): string {
  const where = options.repo
    ? ` (https://github.com/${options.repo}/settings)`
    : ' (the repository settings)'
  const password =
    options.registry === 'ghcr.io'
      ? '    [ ] IMAGE_REGISTRY_PASSWORD: not needed for ghcr.io (the job token pushes)'
      : `    [ ] IMAGE_REGISTRY_PASSWORD: a ${options.registry} token with push rights`
  return [
    `Left to do in GitHub${where}:`,
    '  Secrets (Secrets and variables → Actions → Secrets):',
    '    [ ] SLACK_WEBHOOK_URL: an incoming webhook for the release channel (without it, no notices)',
    password,
    '  Environments (Environments):',
    '    [ ] staging, with the environment secret DEPLOY_DOCKER_HOST (where deploy/deploy.sh deploys)',
    '    [ ] production, with the environment secret DEPLOY_DOCKER_HOST (and required reviewers if',
    '        deploys need an approval)',
    '  Variables (Secrets and variables → Actions → Variables):',
    "    [ ] PRODUCTION_URL: production's base URL (https://…); without it the load checks skip",
    '    [ ] LOAD_CHECK_RUN_TIME (optional): how long each load check runs (default 30s)',
    '    [ ] ROLLBACK_ON_FAILED_LOAD_CHECK (optional): true rolls back a release that fails its check',
    '    [ ] RELEASE_APP_ID (recommended), with the secret RELEASE_APP_PRIVATE_KEY: a GitHub App',
    '        opens the sync and release pull requests, so their required checks start',
    '  Settings:',
    '    [ ] Actions → General: "Allow GitHub Actions to create and approve pull requests"',
    '    [ ] branches development and security/hotfix (merge-main syncs main into both)',
    '    [ ] labels release:major, release:minor, release:patch, release:skip (or conventional',
    '        commits), and security-exception for reviewed allowlist entries',
    '    [ ] protect main: require the status check pr-security (the job of pr-security.yml that',
    '        passes only when the scan, the plan, the SARIF upload and every unit-tests leg did),',
    '        and keep v* tags for the release workflow (Rules → Rulesets)',
    ''
  ].join('\n')
}
