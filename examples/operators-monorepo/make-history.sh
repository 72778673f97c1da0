#!/usr/bin/env bash
# Turns tree/ into a git repository with a scripted history, in the folder given:
#
#   main               v1.2.0 (annotated), then a fix tagged v1.2.1
#   development        feat(worker), fix(base) (so api, built FROM base, must rebuild), docs
#   security/hotfix    a hotfix to operators/worker/app.py that conflicts with development's
#
# The same script gives the same commits (fixed identity and dates) on every machine.
set -euo pipefail

dest=${1:?usage: make-history.sh <empty folder>}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dest"
cd "$dest"
[ -z "$(ls -A .)" ] || { echo "make-history.sh: $dest is not empty" >&2; exit 2; }

export GIT_AUTHOR_NAME='Ada Operator' GIT_AUTHOR_EMAIL='ada@example.com'
export GIT_COMMITTER_NAME='Ada Operator' GIT_COMMITTER_EMAIL='ada@example.com'
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
clock=1767225600 # 2026-01-01T00:00:00Z
commit() {
  clock=$((clock + 3600))
  GIT_AUTHOR_DATE="@$clock +0000" GIT_COMMITTER_DATE="@$clock +0000" git commit -q "$@"
}

git init -q --initial-branch=main
cp -R "$here/tree/." .
git add -A
commit -m 'feat: three operators and the shared package'
clock=$((clock + 60))
GIT_COMMITTER_DATE="@$clock +0000" git tag -a v1.2.0 -m 'Release v1.2.0'

printf 'BATCH_SIZE = 10\n\n\ndef run(items):\n    return [item * 2 for item in items if item is not None]\n' >operators/worker/app.py
git add -A
commit -m 'fix(worker): skip empty items'
git tag v1.2.1

git branch development
git branch security/hotfix

git checkout -q development
printf 'BATCH_SIZE = 50\n\n\ndef run(items):\n    return [item * 2 for item in items if item is not None]\n' >operators/worker/app.py
git add -A
commit -m 'feat(worker): bigger batches'
printf 'requests==2.32.3\nurllib3==2.2.3\n' >operators/base/requirements.txt
git add -A
commit -m 'fix(base): urllib3 2.2.3 for CVE-2024-37891'
printf '# acme operators\n\nbase, api (built FROM base), worker, and a shared package.\n' >README.md
git add -A
commit -m 'docs: describe the operators'

git checkout -q security/hotfix
printf 'BATCH_SIZE = 5\n\n\ndef run(items):\n    return [item * 2 for item in items if item is not None]\n' >operators/worker/app.py
git add -A
commit -m 'fix(worker): smaller batches under load'

git checkout -q development
