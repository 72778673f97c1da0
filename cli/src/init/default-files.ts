// The two files a team owns from the start: written by init only when absent.

export const ALLOWLIST = `# Findings the security gate (pr-security's scan job) lets pass. An entry:
#
# - id: B602                 # the finding: a bandit test id or a vulnerability id
#   path: operators/api/*.py # optional: the files it covers (a glob), or
#   package: urllib3         # optional: the package it covers
#   reason: why it is accepted
#   expires: 2026-06-30      # YYYY-MM-DD, at most a year ahead: then it blocks again
#
# On a pull request only the entries of its base commit count, unless a maintainer who reviewed
# the new ones labels the pull request security-exception.
[]
`

export const LOCUSTFILE = `"""The load check of production: merge-main runs it after each production deploy and
production-monitor every 30 minutes, against the PRODUCTION_URL repository variable. A request
that fails or answers an error status counts as a failure. Add the pages your users load.
"""

from locust import HttpUser, between, task


class VisitorUser(HttpUser):
    wait_time = between(0.5, 2)

    @task
    def home(self):
        self.client.get("/", name="GET /")
`
