#!/bin/sh
# k8s-tools.sh
#
# Copyright 2026 The Podlift developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/k8s/k8s-tools.sh kubectl|helm|yamllint|validate
#
# Prints the path of an outside validator for the tests of generated
# manifests, or says on standard error what is missing and exits 1 (a
# test then skips):
#   kubectl   a kubectl of 1.32 or later: the system's, else the one that
#             tests/k8s/setup-k8s-validators.sh installed
#   helm      a helm 3: the system's, else the installed one
#   yamllint  the system's (Debian package yamllint)
#   validate  tests/k8s/k8s-validate.mjs, when node and the models are there
# The installed tools are in $PODLIFT_TOOLS_DIR (default: _tools at the
# top of the repository).

set -eu

here=$(cd "$(dirname "$0")" && pwd)
tools=${PODLIFT_TOOLS_DIR:-$(dirname "$(dirname "$here")")/_tools}

missing() {
  echo "k8s-tools.sh: $1 (run tests/k8s/setup-k8s-validators.sh)" >&2
  exit 1
}

kubectl_minor() {
  "$1" version --client -o json 2>/dev/null |
    sed -n 's/.*"minor": *"\([0-9]*\).*/\1/p' | head -n 1
}

find_kubectl() {
  for candidate in "$(command -v kubectl || true)" "$tools/bin/kubectl"; do
    if [ -z "$candidate" ] || [ ! -x "$candidate" ]; then continue; fi
    minor=$(kubectl_minor "$candidate")
    if [ -n "$minor" ] && [ "$minor" -ge 32 ]; then
      echo "$candidate"
      return
    fi
  done
  missing "no kubectl 1.32 or later"
}

find_helm() {
  for candidate in "$(command -v helm || true)" "$tools/bin/helm"; do
    if [ -z "$candidate" ] || [ ! -x "$candidate" ]; then continue; fi
    case $("$candidate" version --short 2>/dev/null) in
      v3.*) echo "$candidate"; return ;;
    esac
  done
  missing "no helm 3"
}

case ${1:-} in
  kubectl) find_kubectl ;;
  helm) find_helm ;;
  yamllint) command -v yamllint || missing "no yamllint (Debian package yamllint)" ;;
  validate)
    command -v node >/dev/null 2>&1 || missing "no node"
    [ -f "$tools/node_modules/kubernetes-models/package.json" ] ||
      missing "kubernetes-models is not in $tools"
    echo "$here/k8s-validate.mjs" ;;
  *)
    echo "usage: k8s-tools.sh kubectl|helm|yamllint|validate" >&2
    exit 2 ;;
esac
