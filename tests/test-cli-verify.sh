#!/bin/sh
# test-cli-verify.sh PODLIFT — `podlift verify` as a user runs it, on a
# bundle whose checks point at a web server this test starts on
# 127.0.0.1 (python3 -m http.server), a closed port and localhost. TAP.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
tmp=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT

# check FILE PYTHON-EXPRESSION : the expression holds for the JSON in FILE (`j`)
check () {
  python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
by = {r["id"]: r for r in j} if isinstance(j, list) else {}
items = {i["id"]: i for i in j["cutover"]["items"]} if isinstance(j, dict) else {}
sys.exit(0 if eval(sys.argv[2]) else 1)
' "$1" "$2"
}

free_port () {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

port=$(free_port)
closed=$(free_port)
mkdir -p "$tmp/www"
echo ready >"$tmp/www/readyz"
echo alive >"$tmp/www/healthz"
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/www" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
  sleep 0.1
done

base="http://127.0.0.1:$port"
"$podlift" new "$tmp/b" >/dev/null
python3 - "$tmp/b/podlift.json" "$base" "$closed" <<'PY'
import json, sys
path, base, closed = sys.argv[1:]
j = json.load(open(path))
j.setdefault("knowledge", {}).update({"liveness-path": "/healthz", "readiness-path": "/readyz"})
def item(id, kind, target, **kw):
    d = {"id": id, "title": id.capitalize(), "phase": "switch", "state": "todo",
         "check-kind": kind, "check-target": target}
    d.update(kw)
    return d
j["cutover"] = {"items": [
    {"id": "talk", "title": "Tell the support team", "phase": "prepare", "state": "todo", "check-kind": "none"},
    item("web", "http", base + "/readyz", **{"check-max-latency-ms": 5000}),
    item("missing", "http", base + "/missing"),
    item("tcp-open", "tcp", base[len("http://"):]),
    item("tcp-closed", "tcp", "127.0.0.1:" + closed),
    item("dns", "dns", "localhost", **{"check-expect": "127.0.0.1"}),
    item("probes", "probe", base),
    item("prod", "http", "https://shop.example.com/readyz"),
], "timeline": []}
json.dump(j, open(path, "w"))
PY
cp -r "$tmp/b" "$tmp/pristine"

# fresh NAME: a copy of the bundle as written above, at $tmp/NAME
fresh () {
  rm -rf "${tmp:?}/$1"
  cp -r "$tmp/pristine" "$tmp/$1"
}

# Two checks that pass: exit 0, both recorded, both items ticked.
run 0 verify "$tmp/b" --item web --item dns --format json &&
  check "$tmp/out" 'len(j) == 2 and [r["id"] for r in j] == ["web", "dns"] and all(r["ok"] for r in j)' &&
  check "$tmp/out" 'by["web"]["kind"] == "http" and by["web"]["target"].endswith("/readyz") and isinstance(by["web"]["latency_ms"], int)' &&
  check "$tmp/out" 'by["web"]["detail"].startswith("HTTP 200 in ") and by["dns"]["detail"].startswith("localhost → ")' &&
  check "$tmp/out" 'all(sorted(r.keys()) == ["detail", "id", "kind", "latency_ms", "ok", "target"] for r in j)'
ok $? "verify --item web --item dns: both pass, exit 0, JSON with id, kind, target, ok, detail, latency_ms"

check "$tmp/b/podlift.json" 'items["web"]["state"] == "done" and items["dns"]["state"] == "done" and items["missing"]["state"] == "todo"' &&
  check "$tmp/b/podlift.json" '[e["kind"] for e in j["cutover"]["timeline"]] == ["check", "state", "check", "state"] and j["cutover"]["timeline"][0]["passed"] is True' &&
  check "$tmp/b/podlift.json" 'items["web"]["check-passed"] is True and items["web"]["check-result"].startswith("HTTP 200") and "checked-at" in items["web"]' &&
  grep -q "Check passed: Web — HTTP 200 in " "$tmp/b/migration/CHECKLIST.md"
ok $? "the results are recorded in the bundle: timeline, ticks, last results, CHECKLIST.md"

# Every check: some fail, exit 1.
fresh all
run 1 verify "$tmp/all" --format json &&
  check "$tmp/out" '[r["id"] for r in j] == ["web", "missing", "tcp-open", "tcp-closed", "dns", "probes", "prod"]' &&
  check "$tmp/out" '[r["ok"] for r in j] == [True, False, True, False, True, True, False]' &&
  check "$tmp/out" 'by["missing"]["detail"].endswith("expected 2xx") and by["tcp-closed"]["detail"].endswith("connection refused")' &&
  check "$tmp/out" 'by["probes"]["kind"] == "probe" and "/healthz: HTTP 200" in by["probes"]["detail"] and "/readyz: HTTP 200" in by["probes"]["detail"]'
ok $? "verify: every check, in the checklist's order; failures make exit 1"

# The tty report.
fresh tty
run 1 verify "$tmp/tty" &&
  tail -n 1 "$tmp/out" | grep -qx "4 of 7 checks passed" &&
  grep -q "^FAIL tcp-closed" "$tmp/out" && grep -q "^ok   web" "$tmp/out"
ok $? "verify: the tty report, one line a check and the count"

# --base-url: the HTTP and probe checks go to another environment, and
# only record there: production's items are not ticked.
fresh c
run 0 verify "$tmp/c" --item prod --item probes --base-url "$base" --format json &&
  check "$tmp/out" 'by["prod"]["target"] == "'"$base"'/readyz" and by["probes"]["target"] == "'"$base"'"' &&
  check "$tmp/out" 'all(r["ok"] for r in j)' &&
  check "$tmp/c/podlift.json" 'items["prod"]["state"] == "todo" and items["probes"]["state"] == "todo"' &&
  check "$tmp/c/podlift.json" 'all("(against http://127.0.0.1:" in e["text"] for e in j["cutover"]["timeline"]) and len(j["cutover"]["timeline"]) == 2'
ok $? "verify --base-url: HTTP and probe checks sent elsewhere, recorded without ticking"

# Bad usage: exit 2, nothing recorded.
fresh clean
run 2 verify "$tmp/clean" --item nope && grep -q "no item “nope”" "$tmp/err" &&
  run 2 verify "$tmp/clean" --item talk && grep -q "“talk” has no live check" "$tmp/err" &&
  run 2 verify "$tmp/clean" --format xml &&
  run 2 verify "$tmp/clean" --base-url "ftp://example" --item web &&
  run 2 verify &&
  run 2 verify "$tmp/nothing-here" &&
  check "$tmp/clean/podlift.json" 'j["cutover"]["timeline"] == []'
ok $? "verify: an unknown item, an item without a check, a bad format or base URL, no bundle: exit 2"

# No checks at all.
"$podlift" new "$tmp/empty" >/dev/null
run 0 verify "$tmp/empty" && grep -q "no live checks" "$tmp/out" &&
  run 0 verify "$tmp/empty" --format json && check "$tmp/out" 'j == []'
ok $? "verify: a checklist without live checks passes"

echo "1..$n"
exit $failed
