#!/bin/bash
# bench-startup.sh BUILD — how fast the command line starts, against peers
# measured in the same run: the GTK program (what `podlift` would cost if
# it linked GTK) and kubectl, the command-line tool SREs already run.
#
# Reports ratios, never absolute pass/fail thresholds.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
build=${1:-_build}
runs=${RUNS:-200}

# measure COUNT COMMAND…: mean microseconds per run
measure () {
  local count=$1 start end
  shift
  start=$(date +%s%N)
  for ((i = 0; i < count; i++)); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  echo $(( (end - start) / count / 1000 ))
}

cli=$(measure "$runs" "$build/app/podlift" --version)
echo "podlift --version            ${cli} µs per start ($runs runs)"

if [ -x "$build/app/podlift-gui" ]; then
  gui=$(measure "$runs" "$build/app/podlift-gui" --version)
  echo "podlift-gui --version        ${gui} µs per start (links GTK)"
  awk -v a="$gui" -v b="$cli" 'BEGIN { printf "ratio gui/cli                %.1f×\n", a / b }'
fi

if command -v kubectl >/dev/null; then
  kube=$(measure $((runs / 10)) kubectl version --client)
  echo "kubectl version --client     ${kube} µs per start ($((runs / 10)) runs)"
  awk -v a="$kube" -v b="$cli" 'BEGIN { printf "ratio kubectl/podlift        %.1f×\n", a / b }'
fi
