#!/usr/bin/env bash
# Starts Chromium (PASSERELLE_CHROMIUM) with its --disable-features switches merged into one. Chromium keeps only
# the last one it is given, and playwright puts its own list before the harness's (chromium-features.ts): without
# this, the harness's list would silently replace playwright's.
set -euo pipefail
disabled=()
args=()
for arg in "$@"; do
  case "$arg" in
    --disable-features=*) disabled+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if [ "${#disabled[@]}" -gt 0 ]; then
  args+=("--disable-features=$(IFS=,; echo "${disabled[*]}")")
fi
exec "${PASSERELLE_CHROMIUM:?the harness sets the Chromium to start}" "${args[@]}"
