#!/bin/sh
# test-k8s-validators.sh — the outside validators that the tests of
# generated manifests rely on (tests/k8s): kubernetes-models through
# k8s-validate.mjs, kubectl kustomize and helm. Each check skips when its
# tool is not installed (tests/k8s/setup-k8s-validators.sh). TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

srcdir=${G_TEST_SRCDIR:-$(dirname "$0")}
tools=$srcdir/k8s/k8s-tools.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/app"
cat >"$tmp/app/deployment.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: web
          image: registry.example.com/shop:1.0
          ports:
            - containerPort: 8080
          resources:
            requests: {cpu: 250m, memory: 256Mi}
---
apiVersion: cloud.google.com/v1
kind: BackendConfig
metadata:
  name: shop
spec:
  healthCheck:
    requestPath: /healthz
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: shop
YAML
printf 'resources:\n  - deployment.yaml\n' >"$tmp/app/kustomization.yaml"
sed 's/containerPort: 8080/containerPort: "8080"/' "$tmp/app/deployment.yaml" >"$tmp/bad.yaml"

validate=$("$tools" validate 2>"$tmp/why") || validate=
if [ -n "$validate" ]; then
  node "$validate" "$tmp/app/deployment.yaml" >"$tmp/out" 2>&1 &&
    grep -q "Deployment/shop: ok" "$tmp/out" &&
    grep -q "BackendConfig/shop: ok" "$tmp/out" &&
    grep -q "Widget/shop: skipped" "$tmp/out"
  ok $? "k8s-validate: a valid Deployment and BackendConfig pass, a custom resource is skipped"

  node "$validate" "$tmp/bad.yaml" >"$tmp/out" 2>&1
  status=$?
  [ "$status" = 1 ] && grep -q "containers/0/ports/0/containerPort must be integer" "$tmp/out"
  ok $? "k8s-validate: a string containerPort fails with its path (exit 1)"

  echo "a: [" | node "$validate" - >"$tmp/out" 2>&1
  status=$?
  [ "$status" = 2 ]
  ok $? "k8s-validate: malformed YAML on standard input is exit 2"
else
  for _ in 1 2 3; do skip "$(cat "$tmp/why")"; done
fi

if [ -z "$validate" ]; then
  skip "k8s-validate.mjs cannot run: no kubectl kustomize check"
elif kubectl=$("$tools" kubectl 2>"$tmp/why"); then
  "$kubectl" kustomize "$tmp/app" >"$tmp/out" 2>&1 &&
    node "$validate" - <"$tmp/out" >"$tmp/validated" 2>&1
  ok $? "kubectl kustomize builds the folder and its output validates"
else
  skip "$(cat "$tmp/why")"
fi

if [ -z "$validate" ]; then
  skip "k8s-validate.mjs cannot run: no helm check"
elif helm=$("$tools" helm 2>"$tmp/why"); then
  (cd "$tmp" && "$helm" create chart >/dev/null &&
    "$helm" lint chart >"$tmp/out" 2>&1 &&
    "$helm" template chart >"$tmp/rendered" 2>>"$tmp/out" &&
    node "$validate" "$tmp/rendered" >>"$tmp/out" 2>&1 &&
    grep -q "Deployment/release-name-chart: ok" "$tmp/out")
  ok $? "helm create, helm lint and helm template give documents that validate"
else
  skip "$(cat "$tmp/why")"
fi

echo "1..$n"
exit $failed
