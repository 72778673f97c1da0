#!/usr/bin/env bash
# Installs the real components the tests drive (Debian/Ubuntu packages), skipping what is there:
# podman (image builds), docker-registry (an OCI registry), bandit (the security gate's scanner),
# shellcheck (the example deploy script).
set -euo pipefail

missing=()
for tool in podman docker-registry bandit git shellcheck; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "podman, docker-registry, bandit, git and shellcheck are installed."
  exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}"
