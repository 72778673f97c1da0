import { mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The environment variable that tells the hook where to write the final figures. */
export const STATS_PATH_VARIABLE = 'LOAD_CHECK_STATS_PATH'

/**
 * Loaded beside the user's locustfile. Locust rewrites its CSV files only about once a second,
 * so the figures the verdict rests on are taken from locust itself as it quits.
 */
export const HOOK_LOCUSTFILE = `# Written by release-actions load-check: dumps locust's final statistics as JSON.
import json
import os

import locust
from locust import events


def _load_check_row(entry):
    return {
        "method": entry.method or "",
        "name": entry.name,
        "num_requests": entry.num_requests,
        "num_failures": entry.num_failures,
        "median": entry.median_response_time,
        "p95": entry.get_response_time_percentile(0.95),
        "p99": entry.get_response_time_percentile(0.99),
        "total_rps": entry.total_rps,
        "total_fail_per_sec": entry.total_fail_per_sec,
    }


@events.quitting.add_listener
def _load_check_dump(environment, **_kwargs):
    target = os.environ.get("${STATS_PATH_VARIABLE}")
    if not target:
        return
    stats = environment.stats
    errors = [
        {
            "method": error.method or "",
            "name": error.name,
            "kind": type(error.error).__name__,
            "error": str(error.error),
            "occurrences": error.occurrences,
        }
        for error in stats.errors.values()
    ]
    data = {
        "locust_version": getattr(locust, "__version__", "") or "",
        "total": _load_check_row(stats.total),
        "entries": [_load_check_row(entry) for entry in stats.entries.values()],
        "errors": errors,
    }
    with open(target + ".part", "w", encoding="utf-8") as out:
        json.dump(data, out)
    os.replace(target + ".part", target)
`

/** Writes the hook into a fresh folder under `tempDir`; answers its path and the stats path. */
export function writeHookLocustfile(tempDir: string): { hook: string; stats: string; dir: string } {
  const dir = mkdtempSync(path.join(tempDir, 'load-check-'))
  const hook = path.join(dir, 'load_check_hook.py')
  writeFileSync(hook, HOOK_LOCUSTFILE, { mode: 0o644 })
  return { hook, stats: path.join(dir, 'stats.json'), dir }
}
