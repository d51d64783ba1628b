#!/bin/sh
# test-cli-render.sh PODLIFT — `podlift render` and `podlift check` on
# bundles, as a user runs them. TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
example="$PODLIFT_EXAMPLES_DIR/shopfront"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check FILE PYTHON-EXPRESSION : the expression holds for the JSON in FILE (`j`)
check () {
  python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)
' "$1" "$2"
}

copy_example () {
  rm -rf "$tmp/b"
  cp -r "$example" "$tmp/b"
}

# render

run 0 render "$example" --format helm --out "$tmp/helm"
ok $? "render --format helm exits 0"
[ -f "$tmp/helm/chart/shopfront/Chart.yaml" ] && [ -f "$tmp/helm/chart/shopfront/templates/deployment.yaml" ] &&
  grep -q "chart/shopfront/values.yaml" "$tmp/out"
ok $? "render --format helm writes the chart and lists its files"

run 0 render "$example" --out "$tmp/default"
[ -f "$tmp/default/base/kustomization.yaml" ] && [ -f "$tmp/default/overlays/production/kustomization.yaml" ]
ok $? "render without --format writes the bundle's choice (Kustomize)"

run 0 render "$example" --format yaml --out "$tmp/plain"
[ "$(ls "$tmp/plain/manifests" | head -n 1)" = "01-namespace.yaml" ]
ok $? "render --format yaml writes one numbered file per resource, the namespace first"

run 2 render "$example" --format xml --out "$tmp/x" && grep -q "yaml, kustomize or helm" "$tmp/err"
ok $? "render with an unknown format is bad usage"

run 2 render "$tmp/nothing-here"
ok $? "render of a missing bundle exits 2"

copy_example
run 0 render "$tmp/b" && cmp -s "$tmp/b/deploy/base/service.yaml" "$example/deploy/base/service.yaml"
ok $? "render into the bundle's own deploy/ rewrites what is there identically"

# A hand edit in the repository is kept: it becomes the resource's
# customisation, never overwritten.
copy_example
sed -i 's/port: 80$/port: 8080/' "$tmp/b/deploy/base/service.yaml"
run 0 render "$tmp/b" && grep -q "port: 8080" "$tmp/b/deploy/base/service.yaml"
ok $? "render keeps a resource file edited by hand"
run 0 render "$tmp/b" --format yaml --out "$tmp/edited" && grep -q "port: 8080" "$tmp/edited/manifests/"*-service.yaml
ok $? "the hand edit goes into the other layouts too"

# check

run 0 check "$example"
ok $? "check of the example exits 0"

run 0 check "$example" --format json && check "$tmp/out" 'j == []'
ok $? "check --format json of the example is an empty list"

copy_example
sed -i '/^        resources:$/,/^            memory: [0-9]*Mi$/d; s/imagePullPolicy: Always/imagePullPolicy: Alwayz\n        replica: 2/' \
  "$tmp/b/deploy/base/deployment.yaml"
run 1 check "$tmp/b" --format json
ok $? "check of a bundle with a broken Deployment exits 1"
check "$tmp/out" 'any(f["code"] == "container-resources" and f["file"] == "deploy/base/deployment.yaml" and f["object"] == "Deployment/shopfront" for f in j)'
ok $? "the Deployment without resources is reported, with its file and object"
check "$tmp/out" 'any(f["code"] == "schema" and "replica" in f["message"] and f["line"] > 1 for f in j)'
ok $? "an unknown field is a schema finding on its line"

copy_example
sed -i 's/^FROM python:3.11.*-slim.* AS build/FROM python:latest AS build/' "$tmp/b/Dockerfile"
run 1 check "$tmp/b" --format json && check "$tmp/out" 'any(f["code"] == "DL3007" and f["file"] == "Dockerfile" for f in j)'
ok $? "check lints the Dockerfile too"
run 0 check "$tmp/b" --failure-threshold error
ok $? "--failure-threshold error lets warnings pass"

run 2 check "$tmp/nothing-here"
ok $? "check of a missing bundle exits 2"

echo "1..$n"
exit $failed
