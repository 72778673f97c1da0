#!/usr/bin/env bash
# npm run demo: builds the example repository (examples/operators-monorepo) with its scripted
# history in a temporary folder, and runs `release-actions plan` on it: development into main.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/release-actions-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
repo=$work/operators-monorepo
bash "$here/make-history.sh" "$repo"
node "$here/../../cli/bin/release-actions.js" plan --repo "$repo" --from development --into main --namespace acme "$@"
