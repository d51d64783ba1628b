#!/bin/sh
# test-cli-scan.sh PODLIFT — `podlift scan` and `podlift new --from-source
# / --import`, as a user runs them. TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check FILE PYTHON-EXPRESSION : true when the expression holds for the
# JSON in FILE, bound to `j`.
check () {
  python3 -c '
import json, sys
j = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)
' "$1" "$2"
}

# A small Express application: the basics every scan must find.
mkdir -p "$tmp/shop/node_modules/express"
cat >"$tmp/shop/package.json" <<'EOF'
{
  "name": "shop",
  "version": "1.4.0",
  "private": true,
  "scripts": {
    "start": "node server.js"
  },
  "dependencies": {
    "express": "^4.18.2"
  }
}
EOF
cat >"$tmp/shop/server.js" <<'EOF'
const express = require('express');

const app = express();

app.get('/', (req, res) => res.send('Shop'));

app.listen(3000, () => {
  console.log('listening on 3000');
});
EOF
echo '{ "name": "express" }' >"$tmp/shop/node_modules/express/package.json"

# What the VM runs: a systemd unit and a crontab.
cat >"$tmp/shop.service" <<'EOF'
[Unit]
Description=Shop
After=network.target

[Service]
User=www-data
WorkingDirectory=/srv/shop
Environment=NODE_ENV=production
ExecStart=/usr/bin/node /srv/shop/server.js
Restart=always

[Install]
WantedBy=multi-user.target
EOF
cat >"$tmp/crontab" <<'EOF'
# m h dom mon dow command
MAILTO=""
15 3 * * * /usr/bin/node /srv/shop/scripts/cleanup.js
EOF
cat >"$tmp/broken.service" <<'EOF'
[Unit]
Description=Broken

[Service]
ExecStart /usr/bin/node server.js
EOF

keys="stack stack_version package_manager build_command start_command port env_vars
      database migration_command stateful_paths session_stickiness health_paths
      user working_dir cron_jobs ingress session_cookie dependencies not_carried_over"
keys_py=$(printf '"%s",' $keys)

echo "1..24"

run 0 scan --format json "$tmp/shop" && cp "$tmp/out" "$tmp/scan.json" &&
  check "$tmp/scan.json" "all(k in j for k in [$keys_py])"
ok $? "scan --format json prints every key of the schema"

check "$tmp/scan.json" 'j["stack"]["value"] == "node" and j["stack"]["source"].startswith("package.json")'
ok $? "scan finds the stack, with its source"

check "$tmp/scan.json" 'j["start_command"]["value"] == "node server.js" and j["start_command"]["source"] == "package.json:6"'
ok $? "scan finds the start script, with its line"

check "$tmp/scan.json" 'j["database"] is None and j["migration_command"] is None and j["user"] is None and j["cron_jobs"] == []'
ok $? "scan leaves null what the folder gives no evidence for"

run 0 scan "$tmp/shop" && grep -q "^stack: node (from package.json" "$tmp/out" &&
  grep -q "^start_command: node server.js (from package.json:6)" "$tmp/out" &&
  grep -q "^not found: .*database" "$tmp/out"
ok $? "scan prints a readable list, with sources and what was not found"

run 0 scan --format=tty "$tmp/shop" && ! grep -q "node_modules" "$tmp/out"
ok $? "scan skips node_modules"

run 0 scan --import --format json "$tmp/shop.service" "$tmp/crontab" && cp "$tmp/out" "$tmp/import.json" &&
  check "$tmp/import.json" "all(k in j for k in [$keys_py])"
ok $? "scan --import prints every key of the schema"

check "$tmp/import.json" 'j["user"]["value"] == "www-data" and j["user"]["source"].endswith("shop.service:6") and j["working_dir"]["value"] == "/srv/shop"'
ok $? "scan --import reads User and WorkingDirectory of a systemd unit"

check "$tmp/import.json" '[(c["schedule"], c["command"]) for c in j["cron_jobs"]] == [("15 3 * * *", "/usr/bin/node /srv/shop/scripts/cleanup.js")] and j["cron_jobs"][0]["source"].endswith("crontab:3")'
ok $? "scan --import turns a crontab into cron jobs, with their lines"

run 0 scan --import "$tmp/shop.service" && grep -q "^user: www-data (from .*shop.service:6)" "$tmp/out"
ok $? "scan --import prints a readable list"

run 2 scan --import "$tmp/shop.service" "$tmp/broken.service" && one_line_error ".*broken.service:5: " && [ ! -s "$tmp/out" ]
ok $? "a malformed import is a one-line FILE:LINE error with status 2"

run 2 scan "$tmp/no-such-folder" && one_line_error ".*no-such-folder: "
ok $? "an unreadable folder is a one-line error with status 2"

run 2 scan --frobnicate "$tmp/shop" && one_line_error ""
ok $? "an unknown option is an error with status 2"

run 2 scan --format yaml "$tmp/shop" && one_line_error "scan: unknown format"
ok $? "an unknown format is an error with status 2"

run 2 scan && one_line_error "scan: give one DIR"
ok $? "scan without a folder is a usage error"

run 0 new --from-source "$tmp/shop" "$tmp/bundle" && [ -f "$tmp/bundle/podlift.json" ] &&
  check "$tmp/bundle/podlift.json" 'j["knowledge"]["stack"] == "node" and j["knowledge"]["launch-command"] == "node server.js"'
ok $? "new --from-source fills the answers of the new bundle"

check "$tmp/bundle/podlift.json" 'j["knowledge"]["sources"]["launch-command"] == "package.json:6" and j["knowledge"]["sources"]["stack"].startswith("package.json")'
ok $? "new --from-source records where each answer comes from"

grep -q "^Created " "$tmp/out" && grep -q "^Filled [0-9]* answers*:" "$tmp/out" &&
  grep -q "launch-command: node server.js (from package.json:6)" "$tmp/out"
ok $? "new --from-source prints what it filled"

cp "$tmp/bundle/podlift.json" "$tmp/before.json"
run 2 new --from-source "$tmp/shop" "$tmp/bundle" && one_line_error ".*already holds a Podlift bundle" &&
  cmp -s "$tmp/before.json" "$tmp/bundle/podlift.json"
ok $? "new --from-source never replaces a bundle"

run 0 new --import "$tmp/shop.service" "$tmp/crontab" "$tmp/vm" &&
  check "$tmp/vm/podlift.json" '[c["command"] for c in j["knowledge"]["cron-jobs"]] == ["/usr/bin/node /srv/shop/scripts/cleanup.js"] and j["knowledge"]["cron-jobs"][0]["name"] == "node-cleanup-js" and j["knowledge"]["cron-jobs"][0]["source"].endswith("crontab:3")'
ok $? "new --import turns the crontab into the bundle's cron jobs"

grep -q "^Not kept in the bundle" "$tmp/out" && grep -q "user www-data (from .*shop.service:6)" "$tmp/out"
ok $? "new --import says what the bundle cannot keep"

run 2 new --import "$tmp/crontab" "$tmp/broken.service" "$tmp/half" && one_line_error ".*broken.service:5: " &&
  [ ! -e "$tmp/half" ]
ok $? "new --import writes nothing when a file is malformed"

run 2 new --from-source "$tmp/no-such-folder" "$tmp/none" && one_line_error ".*no-such-folder: " && [ ! -e "$tmp/none" ]
ok $? "new --from-source an unreadable folder is an error, and writes nothing"

run 0 new --from-source "$tmp/shop" --import "$tmp/crontab" "$tmp/both" &&
  check "$tmp/both/podlift.json" 'j["knowledge"]["stack"] == "node" and len(j["knowledge"]["cron-jobs"]) == 1'
ok $? "new takes a source folder and VM files together"

exit $failed
