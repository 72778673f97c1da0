#!/usr/bin/env bash
# Deploys operator images by digest with docker compose, and rolls back when they are unhealthy.
#
#   IMAGES='[{"operator":"api","image":"ghcr.io/acme/api","digest":"sha256:…"}]' ./deploy.sh production
#
# IMAGES is docker-push-operators' `images` output. Each operator is a compose service of the same
# name whose image is ${<OPERATOR>_IMAGE} (api → API_IMAGE). Operators not in IMAGES keep the
# image they run now. DOCKER_HOST (e.g. ssh://deploy@host) says where; COMPOSE_FILE which file.
# This is the part a team adapts: the health checks live in the compose file (`healthcheck:`).
set -euo pipefail

environment=${1:?usage: deploy.sh <environment>}
compose_file=${COMPOSE_FILE:-$(dirname "$0")/compose.yaml}
wait_timeout=${DEPLOY_WAIT_TIMEOUT:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

compose() {
  docker compose --file "$compose_file" --project-name "${COMPOSE_PROJECT_NAME:-operators-$environment}" "$@"
}

# What runs now, as NAME_IMAGE=image@digest lines: the rollback target.
compose ps --all --format '{{.Service}}={{.Image}}' | while IFS='=' read -r service image; do
  [ -n "$service" ] && printf '%s_IMAGE=%s\n' "$(echo "$service" | tr '[:lower:]-.' '[:upper:]__')" "$image"
done >"$work/previous.env"

# The new set: what runs now, with every image in IMAGES replaced by its digest.
IMAGES=${IMAGES:?IMAGES must hold docker-push-operators images output} python3 - "$work/previous.env" >"$work/next.env" <<'PY'
import json, os, re, sys
current = dict(line.rstrip("\n").split("=", 1) for line in open(sys.argv[1]) if "=" in line)
for entry in json.loads(os.environ["IMAGES"]):
    if not entry.get("digest"):
        sys.exit(f"deploy: {entry.get('operator')} has no digest; refusing to deploy by tag")
    name = re.sub(r"[^A-Z0-9]", "_", entry["operator"].upper()) + "_IMAGE"
    current[name] = f"{entry['image']}@{entry['digest']}"
for name, ref in sorted(current.items()):
    print(f"{name}={ref}")
PY

echo "Deploying to $environment:"
sed 's/^/  /' "$work/next.env"
compose --env-file "$work/next.env" pull
if compose --env-file "$work/next.env" up --detach --wait --wait-timeout "$wait_timeout"; then
  echo "Deployed to $environment."
  exit 0
fi

echo "::error::The new images did not become healthy on $environment; rolling back."
if [ -s "$work/previous.env" ]; then
  compose --env-file "$work/previous.env" up --detach --wait --wait-timeout "$wait_timeout" ||
    echo "::error::The rollback did not become healthy either; look at $environment now."
else
  echo "::warning::Nothing ran before this deploy, so there is nothing to roll back to."
fi
exit 1
