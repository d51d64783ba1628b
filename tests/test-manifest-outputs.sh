#!/bin/sh
# test-manifest-outputs.sh PODLIFT — the manifests Podlift renders, judged
# by the tools their users run: every document against the upstream
# Kubernetes schema (npm kubernetes-models), `kubectl kustomize` on every
# overlay, `helm lint` and `helm template` on the chart, yamllint on the
# YAML files, and Podlift's own schema validation and checks. For the
# example project and for a bundle per branch of the generator. TAP.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The validators come from tests/k8s/setup-k8s-validators.sh (`make test`
# runs it). Without them the cases skip, unless PODLIFT_REQUIRE_VALIDATORS
# is set, as `make test` does: then a missing validator fails.

. "$(dirname "$0")/tap.sh"

podlift=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Shows what a failing tool said, as TAP comments.
show () {
  sed 's/^/# /' "$tmp/log" | head -n 40
}

tool () {
  "$here/k8s/k8s-tools.sh" "$1" 2>/dev/null
}

kubectl=$(tool kubectl)
helm=$(tool helm)
yamllint=$(tool yamllint)
validate=$(tool validate)

# Stricter than yamllint's "relaxed": the default rules, warnings fail
# (-s); libyaml writes sequences in mappings without indenting them, and
# an annotation's value can be one long word (an ALB attribute list).
yamllint_config="{extends: default, rules: {indentation: {spaces: 2, indent-sequences: consistent}, line-length: {max: 120, allow-non-breakable-inline-mappings: true}}}"

# check NAME COMMAND… : a case, with the command's output shown on failure
check () {
  label=$1; shift
  "$@" >"$tmp/log" 2>&1
  status=$?
  ok $status "$label"
  [ $status = 0 ] || show
}

schema () {
  node "$validate" "$@"
}

yaml_files () {
  find "$1" -name '*.yaml' | sort
}

lint_yaml () {
  # shellcheck disable=SC2046
  "$yamllint" -s -d "$yamllint_config" $(yaml_files "$1")
}

kustomize_all () {
  for overlay in "$1/base" "$1/overlays/preprod" "$1/overlays/production"; do
    "$kubectl" kustomize "$overlay" >"$tmp/built.yaml" || return 1
    schema "$tmp/built.yaml" || return 1
  done
}

helm_template () {
  "$helm" template release "$1" --namespace shop >"$tmp/rendered.yaml" || return 1
  schema "$tmp/rendered.yaml"
}

bundles="$PODLIFT_EXAMPLES_DIR/shopfront"
for b in stateless statefulset alb traefik no-ingress; do
  bundles="$bundles $here/fixtures/bundles/$b"
done

for bundle in $bundles; do
  name=$(basename "$bundle")
  out="$tmp/$name"

  for format in yaml kustomize helm; do
    check "$name: podlift render --format $format" \
      "$podlift" render "$bundle" --format "$format" --out "$out/$format"
  done

  # Podlift's own validation: no schema error and no check at error level
  check "$name: podlift lint finds no error in its own manifests" \
    "$podlift" lint --failure-threshold error "$out"/yaml/manifests/*.yaml

  if [ -n "$validate" ]; then
    check "$name: plain manifests pass the Kubernetes schema" schema "$out/yaml/manifests"
  else
    skip_validator "$name: plain manifests pass the Kubernetes schema" "kubernetes-models not installed"
  fi

  if [ -n "$kubectl" ] && [ -n "$validate" ]; then
    check "$name: kubectl kustomize builds base and both overlays, each valid" kustomize_all "$out/kustomize"
  else
    skip_validator "$name: kubectl kustomize builds every overlay" "kubectl 1.32 or kubernetes-models missing"
  fi

  if [ -n "$helm" ] && [ -n "$validate" ]; then
    chart=$(echo "$out"/helm/chart/*)
    check "$name: helm lint passes" "$helm" lint --strict "$chart"
    check "$name: helm template renders a valid release" helm_template "$chart"
  else
    skip_validator "$name: helm lint and helm template" "helm or kubernetes-models missing"
  fi

  if [ -n "$yamllint" ]; then
    check "$name: yamllint accepts the plain and Kustomize files" lint_yaml "$out/yaml"
    check "$name: yamllint accepts the Kustomize layout" lint_yaml "$out/kustomize"
    check "$name: yamllint accepts Chart.yaml and values.yaml" \
      "$yamllint" -s -d "$yamllint_config" "$out"/helm/chart/*/Chart.yaml "$out"/helm/chart/*/values.yaml
  else
    skip_validator "$name: yamllint" "yamllint not installed"
  fi
done

echo "1..$n"
exit $failed
