"""The acme operators' load check: what production's front door serves.

Only `api` answers HTTP (operators/api/app.py, Flask: GET /health). `worker` runs batches and
`base` is the image api is built FROM, so neither is called here. merge-main's load-check job
runs this file against the PRODUCTION_URL repository variable after each production deploy, and
production-monitor every 30 minutes; a request that fails or answers anything but
{"status": "ok"} counts as a failure.
"""

from locust import HttpUser, between, task


class ApiUser(HttpUser):
    wait_time = between(0.5, 2)

    @task
    def health(self):
        with self.client.get("/health", name="GET /health", catch_response=True) as response:
            if not response.ok:
                response.failure(f"HTTP {response.status_code}")
            elif response.json().get("status") != "ok":
                response.failure("the status is not ok")
