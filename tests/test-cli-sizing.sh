#!/bin/sh
# test-cli-sizing.sh PODLIFT — `podlift sizing BUNDLE [--k6-summary FILE]`
# as a user runs it, on a copy of the example bundle and the k6 outputs
# of tests/data/k6. TAP.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
here=$(cd "$(dirname "$0")" && pwd)
k6="$here/data/k6"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fresh () {
  rm -rf "$tmp/shop" "$tmp/before"
  cp -r "$PODLIFT_EXAMPLES_DIR/shopfront" "$tmp/shop"
  cp -r "$tmp/shop" "$tmp/before"
}

fresh
"$podlift" sizing "$tmp/shop" >"$tmp/out" 2>&1
status=$?
grep -q "Sizing from the VMs' figures" "$tmp/out" &&
  grep -q "Pods the peak needs: 6 at 70 % of a 1750 m request" "$tmp/out" &&
  grep -q "Replicas: 2; autoscaler: 2 to 6" "$tmp/out" &&
  grep -q "Requests: 1750m CPU, 3904 MiB; limits: 4000m CPU, 6528 MiB" "$tmp/out"
ok $(( status + $? )) "the VMs' sizing, with the numbers it used"
diff -r "$tmp/before" "$tmp/shop" >/dev/null
ok $? "showing the sizing writes nothing"

for bad in empty.json:1:the-file-is-empty text-summary.txt:2:not-JSON other-tool.json:1:JSON,-but-not-k6\'s; do
  file=${bad%%:*}
  rest=${bad#*:}
  line=${rest%%:*}
  message=$(echo "${rest#*:}" | tr '-' ' ')
  fresh
  "$podlift" sizing "$tmp/shop" --k6-summary "$k6/$file" >"$tmp/out" 2>&1
  status=$?
  [ $status = 2 ] && grep -qF "$file:$line: $message" "$tmp/out"
  ok $? "$file: exit 2 and “$file:$line: $message”"
  diff -r "$tmp/before" "$tmp/shop" >/dev/null
  ok $? "$file: the bundle is unchanged"
done

fresh
"$podlift" sizing "$tmp/shop" --k6-summary "$k6/summary-steps.json" >"$tmp/out" 2>&1
status=$?
grep -q "Load test held: 206 req/s on 1 pod(s) at p95 412 ms, 0.11 % errors" "$tmp/out" &&
  grep -q "One pod serves: 206.0 req/s" "$tmp/out" &&
  grep -q "Replicas: 2; autoscaler: 2 to 4" "$tmp/out"
ok $(( status + $? )) "k6's summary: the rate held and the numbers used"
grep -q '"sizing-source" : "load-test"' "$tmp/shop/podlift.json" &&
  grep -q '"load-test-rate" : 206.0' "$tmp/shop/podlift.json" &&
  grep -q '"max-replicas" : 4' "$tmp/shop/podlift.json"
ok $? "the result and the counts are saved in the bundle"
grep -q "maxReplicas: 4" "$tmp/shop/deploy/base/horizontalpodautoscaler.yaml"
ok $? "the manifests on disk follow: maxReplicas 4"

fresh
"$podlift" sizing "$tmp/shop" --k6-summary "$k6/results.jsonl" --pods 1 >"$tmp/out" 2>&1
status=$?
grep -q "Load test held: 4 req/s" "$tmp/out"
ok $(( status + $? )) "k6's JSON lines: the busiest window within the objectives"

"$podlift" sizing "$tmp/shop" --k6-summary "$tmp/missing.json" >"$tmp/out" 2>&1
ok $(( $? != 2 )) "a missing file: exit 2"

echo "1..$n"
exit $failed
