#!/usr/bin/env bash
# Installs the real components the tests drive (Debian/Ubuntu packages), skipping what is there:
# podman (image builds), docker-registry (an OCI registry), bandit (the security gate's scanner),
# the example deploy script's tools (shellcheck, jq), docker.io (dockerd, which the tests start
# on a private socket), docker-compose (compose v1, only when `docker compose` v2 is not there),
# busybox-static (the static binary the test images are made of) and python3-locust (locust, the
# load generator load-check drives); and the Python packages
# bandit 1.9.4 runs on in the tests' virtualenv (venv, yaml, stevedore, rich), since its wheel in
# ../shared/tools is installed without an index.
set -euo pipefail

# command → the package that provides it
declare -A packages=(
  [podman]=podman
  [docker-registry]=docker-registry
  [bandit]=bandit
  [locust]=python3-locust
  [git]=git
  [shellcheck]=shellcheck
  [jq]=jq
  [dockerd]=docker.io
  [docker-compose]=docker-compose
  [busybox]=busybox-static
  [python3-venv]=python3-venv
  [python3-yaml]=python3-yaml
  [python3-stevedore]=python3-stevedore
  [python3-rich]=python3-rich
)

installed() {
  case $1 in
    # The test images need the static build; Debian's `busybox` package is dynamically linked.
    busybox) dpkg-query -W -f '${Status}' busybox-static 2>/dev/null | grep -q 'ok installed' ;;
    python3-*) dpkg-query -W -f '${Status}' "$1" 2>/dev/null | grep -q 'ok installed' ;;
    # The deploy script runs either compose: with v2 (as on GitHub's runners) v1 is not needed.
    docker-compose) command -v docker-compose >/dev/null || docker compose version >/dev/null 2>&1 ;;
    *) command -v "$1" >/dev/null ;;
  esac
}

missing=()
for tool in "${!packages[@]}"; do
  installed "$tool" || missing+=("${packages[$tool]}")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "Nothing to install: $(printf '%s\n' "${!packages[@]}" | sort | paste -sd ' ' -) are there."
  exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}"
