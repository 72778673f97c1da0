#!/usr/bin/env bash
# Deploys operator images by digest with docker compose, and rolls back when they are unhealthy.
#
#   IMAGES='[{"operator":"api","image":"ghcr.io/acme/api","digest":"sha256:…"}]' ./deploy.sh staging
#   DIGESTS='{"api":"sha256:…"}' IMAGE_BASE=ghcr.io/acme/ ./deploy.sh staging
#
# Each operator is a compose service of the same name whose image is ${<OPERATOR>_IMAGE}
# (api → API_IMAGE). Services not given keep the image they run now; services that neither run
# nor are given are left alone. See README.md for every variable and output.
set -euo pipefail

name_pattern='^[a-z0-9][a-z0-9_.-]*$'
slug_pattern='^[a-z0-9][a-z0-9_-]*$'
digest_pattern='^sha256:[0-9a-f]{64}$'
image_pattern='^[A-Za-z0-9][A-Za-z0-9._/:-]*$'

error() { printf '::error::%s\n' "$*"; }
# Bad input or configuration: nothing was changed.
refuse() {
  error "deploy: $*"
  exit 2
}

environment=${1:-}
[[ $environment =~ $slug_pattern ]] || refuse "usage: deploy.sh <environment> (a-z, 0-9, _ and -)"
compose_file=${COMPOSE_FILE:-$(dirname "$0")/compose.yaml}
project=${COMPOSE_PROJECT_NAME:-operators-$environment}
wait_timeout=${DEPLOY_WAIT_TIMEOUT:-300}
[[ $project =~ $slug_pattern ]] || refuse "COMPOSE_PROJECT_NAME may hold a-z, 0-9, _ and - only"
[[ $wait_timeout =~ ^[0-9]+$ ]] || refuse "DEPLOY_WAIT_TIMEOUT must be a number of seconds"
[ -f "$compose_file" ] || refuse "no compose file at $compose_file (set COMPOSE_FILE)"
command -v jq >/dev/null || refuse "jq is not installed"

# --- The images to deploy, from exactly one of IMAGES or DIGESTS + IMAGE_BASE -------------------
# jq checks the shape and every value, and prints "operator image@digest" lines; names are printed
# with tojson in messages, so nothing from the input can start a line of its own.
checks='
  .[]
  | if (.operator | type) != "string" or (.operator | test("\\A[a-z0-9][a-z0-9_.-]*\\z") | not)
    then error("operator \(.operator | tojson) is not a valid name ([a-z0-9][a-z0-9_.-]*)")
    elif (.digest // "") == "" then error("\(.operator) has no digest; refusing to deploy by tag")
    elif (.digest | type) != "string" or (.digest | test("\\Asha256:[0-9a-f]{64}\\z") | not)
    then error("\(.operator): digest \(.digest | tojson) is not sha256:<64 hex digits>")
    elif (.image | type) != "string" or (.image | test("\\A[A-Za-z0-9][A-Za-z0-9._/:-]*\\z") | not)
    then error("\(.operator): image \(.image | tojson) is not an image name")
    else "\(.operator) \(.image)@\(.digest)" end'
if [ -n "${IMAGES:-}" ] && [ -n "${DIGESTS:-}" ]; then
  refuse "give IMAGES or DIGESTS, not both"
elif [ -n "${IMAGES:-}" ]; then
  input_name=IMAGES
  program='if type != "array" then error("not a JSON array of {operator, image, digest}") else . end
    | map(if type != "object" then error("an entry is not an object {operator, image, digest}") else . end)'
  input=$IMAGES
elif [ -n "${DIGESTS:-}" ]; then
  [ -n "${IMAGE_BASE:-}" ] || refuse "DIGESTS needs IMAGE_BASE (<registry>/<namespace>/<image-prefix>)"
  input_name=DIGESTS
  # shellcheck disable=SC2016 # $base is jq's
  program='if type != "object" then error("not a JSON object {\"<operator>\": \"sha256:…\"}") else . end
    | to_entries | map({operator: .key, image: ($base + .key), digest: .value})'
  input=$DIGESTS
else
  refuse "set IMAGES (docker-push-operators' images output) or DIGESTS and IMAGE_BASE"
fi
if ! given=$(jq -r --arg base "${IMAGE_BASE:-}" "$program | $checks" <<<"$input" 2>&1); then
  refuse "$input_name: ${given#jq: error (at <stdin>:*): }"
fi

declare -A new=() previous=() next=()
while read -r operator ref; do
  [ -n "$operator" ] || continue
  # Checked again here: these become variable and service names.
  [[ $operator =~ $name_pattern && ${ref%@*} =~ $image_pattern && ${ref##*@} =~ $digest_pattern ]] ||
    refuse "invalid entry: $(printf '%q' "$operator")"
  [ -z "${new[$operator]:-}" ] || refuse "$operator is given twice"
  new[$operator]=$ref
done <<<"$given"

# --- Compose: v2 (`docker compose`) when there, else v1 (`docker-compose`) -----------------------
if docker compose version >/dev/null 2>&1; then
  compose_command=(docker compose)
elif command -v docker-compose >/dev/null; then
  compose_command=(docker-compose)
else
  refuse "neither \`docker compose\` nor \`docker-compose\` is installed"
fi

# The variable holding a service's image: api → API_IMAGE, report-builder → REPORT_BUILDER_IMAGE.
variable_for() {
  local name=${1^^}
  printf '%s_IMAGE' "${name//[-.]/_}"
}
# Runs compose with <OPERATOR>_IMAGE set for every service of the set named by $1.
compose_with() {
  local -n _set=$1
  local service assignments=()
  shift
  for service in "${!_set[@]}"; do
    assignments+=("$(variable_for "$service")=${_set[$service]}")
  done
  env "${assignments[@]}" "${compose_command[@]}" --file "$compose_file" --project-name "$project" "$@"
}

# --- What runs now (the rollback target), read from the containers' labels -----------------------
# No compose call: that would interpolate the file before we know what to set. `docker ps` shows
# the repository without the digest, so the reference comes from the container's .Config.Image.
project_containers() {
  docker ps --all --quiet --filter "label=com.docker.compose.project=$project" \
    --filter label=com.docker.compose.oneoff=False
}
# Prints "service image state health" for the project's containers.
inspect_containers() {
  local ids
  ids=$(project_containers) || return 1
  [ -n "$ids" ] || return 0
  # shellcheck disable=SC2086 # container ids, one word each
  docker inspect --format '{{index .Config.Labels "com.docker.compose.service"}} {{.Config.Image}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' $ids
}

declare -A current_state=()
running=$(inspect_containers) || refuse "cannot list the containers of $project (is DOCKER_HOST right?)"
while read -r service ref state health; do
  [ -n "$service" ] || continue
  if ! [[ $service =~ $name_pattern ]]; then
    echo "::warning::Leaving alone a container of service $(printf '%q' "$service"): not an operator name."
    continue
  fi
  previous[$service]=$ref
  # One not ready is enough to make the service not ready.
  [ "${current_state[$service]:-ok}" = ok ] || continue
  if [ "$state" = running ] && [[ $health = healthy || $health = none ]]; then
    current_state[$service]=ok
  else
    current_state[$service]="$state/$health"
  fi
done <<<"$running"

# --- A guarded deploy (a rollback): only while what runs is what the caller expects -------------
# EXPECT_RUNNING_DIGESTS='{"api":"sha256:…"}': each service listed must run that digest now, else
# nothing changes (exit 2). A rollback passes the release's own digests, so it never replaces a
# newer release deployed since (a late re-run of an older release's failed jobs).
if [ -n "${EXPECT_RUNNING_DIGESTS:-}" ]; then
  expected=$(jq -r 'if type != "object" then error("not a JSON object {\"<operator>\": \"sha256:…\"}") else . end
    | to_entries[] | "\(.key) \(.value)"' <<<"$EXPECT_RUNNING_DIGESTS" 2>&1) ||
    refuse "EXPECT_RUNNING_DIGESTS: ${expected#jq: error (at <stdin>:*): }"
  while read -r service digest; do
    [ -n "$service" ] || continue
    [[ $service =~ $name_pattern && $digest =~ $digest_pattern ]] ||
      refuse "EXPECT_RUNNING_DIGESTS: invalid entry $(printf '%q' "$service")"
    running_digest=${previous[$service]:-}
    running_digest=${running_digest##*@}
    [ "$running_digest" = "$digest" ] ||
      refuse "$service runs ${running_digest:-nothing}, not the expected $digest (a newer release since?): nothing changed on $environment"
  done <<<"$expected"
fi

# Services of the compose file, with every image set, so that interpolation cannot fail here.
for service in "${!previous[@]}"; do next[$service]=${previous[$service]}; done
for operator in "${!new[@]}"; do next[$operator]=${new[$operator]}; done
# api-x and api_x would both set API_X_IMAGE.
declare -A variable_of=()
for service in "${!next[@]}"; do
  variable=$(variable_for "$service")
  [ -z "${variable_of[$variable]:-}" ] || refuse "$service and ${variable_of[$variable]} would both set $variable"
  variable_of[$variable]=$service
done
services_in_file=$(compose_with next config --services) || refuse "compose cannot read $compose_file"
for operator in "${!new[@]}"; do
  grep -qxF -- "$operator" <<<"$services_in_file" ||
    refuse "$operator has no service in $compose_file: add one whose image is \${$(variable_for "$operator")}"
done
for service in "${!previous[@]}"; do
  if ! grep -qxF -- "$service" <<<"$services_in_file"; then
    echo "::warning::$service runs in $project but is not in $compose_file: left alone."
    unset "previous[$service]" "next[$service]"
  fi
done

# Sorted "service=image" lines of a set, to print and compare.
lines() {
  local -n _set=$1
  local service
  for service in "${!_set[@]}"; do printf '%s=%s\n' "$service" "${_set[$service]}"; done | sort
}
to_json() { lines "$1" | jq -Rnc '[inputs | capture("^(?<key>[^=]+)=(?<value>.*)$")] | from_entries'; }
# {"<service>": "sha256:…"} of a set: digests only (no names), for a job output and a rollback.
to_digests() { to_json "$1" | jq -c 'with_entries(select(.value | test("@sha256:")) | .value |= sub("^.*@"; ""))'; }
write_outputs() {
  [ -z "${GITHUB_OUTPUT:-}" ] ||
    printf 'changed=%s\ndeployed=%s\nprevious-digests=%s\n' "$1" "$(to_json next)" "$(to_digests previous)" >>"$GITHUB_OUTPUT"
}
service_list() {
  local -n _set=$1
  printf '%s\n' "${!_set[@]}" | sort
}

# --- Waiting for health (compose v1 has no --wait) ------------------------------------------------
# Waits until every container of the given services runs and is healthy (or has no health check).
# Fails early (1) on an unhealthy or exited container, else (2) after DEPLOY_WAIT_TIMEOUT seconds.
wait_healthy() {
  local deadline=$((SECONDS + wait_timeout)) service ref state health report pending failed
  local -A seen
  while :; do
    report='' pending=0 failed=0 seen=()
    while read -r service ref state health; do
      [[ -n $service && " $* " == *" $service "* ]] || continue
      seen[$service]=1
      if [ "$state" = running ] && [[ $health = healthy || $health = none ]]; then
        continue
      elif [[ $state = exited || $state = dead || $health = unhealthy ]]; then
        failed=1
      else
        pending=1
      fi
      report+="  $service ($ref): $state, health $health"$'\n'
    done < <(inspect_containers)
    for service in "$@"; do
      [ -n "${seen[$service]:-}" ] || {
        pending=1
        report+="  $service: no container"$'\n'
      }
    done
    if [ "$failed" = 0 ] && [ "$pending" = 0 ]; then
      return 0
    elif [ "$failed" = 1 ] || [ "$SECONDS" -ge "$deadline" ]; then
      printf '%s' "$report"
      [ "$failed" = 1 ] && return 1
      return 2
    fi
    sleep 1
  done
}

# --- Deploy ---------------------------------------------------------------------------------------
if [ ${#next[@]} -eq 0 ]; then
  echo "Nothing to deploy to $environment: no images given and nothing runs in $project."
  write_outputs false
  exit 0
fi
changed=true
[ "$(lines previous)" != "$(lines next)" ] || changed=false
all_ready=true
for service in "${!next[@]}"; do [ "${current_state[$service]:-}" = ok ] || all_ready=false; done
if [ "$changed" = false ] && [ "$all_ready" = true ]; then
  echo "Already deployed to $environment, and healthy:"
  lines next | sed 's/^/  /'
  write_outputs false
  exit 0
fi

echo "Deploying to $environment (project $project, ${compose_command[*]}):"
for service in $(service_list next); do
  if [ "${previous[$service]:-}" = "${next[$service]}" ]; then
    echo "  $service=${next[$service]} (runs now)"
  else
    echo "  $service=${next[$service]} (was: ${previous[$service]:-not running})"
  fi
done

mapfile -t next_services < <(service_list next)
mapfile -t previous_services < <(service_list previous)
mapfile -t pulled < <(for service in "${next_services[@]}"; do
  [ "${previous[$service]:-}" = "${next[$service]}" ] || echo "$service"
done)
if [ ${#pulled[@]} -gt 0 ] && ! compose_with next pull "${pulled[@]}"; then
  error "Could not pull the new images; nothing was changed on $environment."
  exit 1
fi
outcome=1
if compose_with next up --detach "${next_services[@]}"; then
  outcome=0
  wait_healthy "${next_services[@]}" || outcome=$?
fi
if [ "$outcome" = 0 ]; then
  write_outputs "$changed"
  if [ "$changed" = true ]; then
    echo "Deployed to $environment; every service is healthy."
  else
    echo "Already deployed to $environment; every service is healthy now."
  fi
  exit 0
fi

# --- Roll back ------------------------------------------------------------------------------------
if [ "$outcome" = 2 ]; then
  error "The new images did not become healthy on $environment within ${wait_timeout}s."
else
  error "The new images did not become healthy on $environment: a container is unhealthy, exited or did not start (above)."
fi
if [ "$changed" = false ]; then
  error "These are the images that ran before: there is nothing else to roll back to; look at $environment now."
  exit 1
fi
if [ ${#previous[@]} -eq 0 ]; then
  compose_with next down || echo "::warning::compose down failed; look at $project on $environment."
  error "Nothing ran before this deploy, so there is nothing to roll back to: removed what it started."
  exit 1
fi
# Remove the services this deploy added, bring back the previous images, and check them too.
for service in "${next_services[@]}"; do
  [ -n "${previous[$service]:-}" ] && continue
  ids=$(docker ps --all --quiet --filter "label=com.docker.compose.project=$project" \
    --filter "label=com.docker.compose.service=$service")
  # shellcheck disable=SC2086 # container ids, one word each
  [ -z "$ids" ] || docker rm --force $ids >/dev/null
done
if compose_with previous up --detach "${previous_services[@]}" && wait_healthy "${previous_services[@]}"; then
  error "Rolled back $environment to the images that ran before: $(lines previous | paste -sd ' ' -)."
else
  error "The rollback did not become healthy either; look at $environment now."
fi
exit 1
