#!/bin/sh
# test-cli-lint.sh PODLIFT — `podlift lint`, as a user or a CI job runs
# it: formats, exit statuses, configuration, pragmas. TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
case $podlift in /*) ;; *) podlift=$(pwd)/$podlift ;; esac
srcdir=${G_TEST_SRCDIR:-$(dirname "$0")}
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

# The tests run in a folder of their own, so that no .hadolint.yaml of
# the developer's is found; HOME and XDG_CONFIG_HOME point there too.
mkdir "$tmp/work" "$tmp/home"
cd "$tmp/work" || exit 1
HOME=$tmp/home
XDG_CONFIG_HOME=$tmp/home/.config
export HOME XDG_CONFIG_HOME
unset NO_COLOR

# py CODE : runs Python on $tmp/out (as `out`, text) with json and
# xml.etree at hand; the status is the script's.
py () {
  python3 - "$tmp/out" "$1" <<'EOF'
import json, sys
import xml.etree.ElementTree as ET
out = open(sys.argv[1], encoding="utf-8").read()
try:
    exec(sys.argv[2])
except AssertionError as e:
    print("# assertion failed:", e)
    sys.exit(1)
except Exception as e:
    print("# %s: %s" % (type(e).__name__, e))
    sys.exit(1)
EOF
}

# The fixtures, each built so that only the rules named fire:
# clean nothing; warning DL3007 (line 1); error DL4000 (2); style DL3048 (2);
# mixed DL3007 (1), DL4000 (2), DL3048 (3).
printf 'FROM debian:12.5-slim\nUSER 1000\nCMD ["true"]\n' >clean
printf 'FROM alpine:latest\nUSER 1000\nCMD ["true"]\n' >warning
printf 'FROM debian:12.5-slim\nMAINTAINER someone\nUSER 1000\nCMD ["true"]\n' >error
printf 'FROM debian:12.5-slim\nLABEL Maintainer=someone\nUSER 1000\nCMD ["true"]\n' >style
printf 'FROM alpine:latest\nMAINTAINER someone\nLABEL Maintainer=someone\nUSER 1000\nCMD ["true"]\n' >mixed

# --- the command ----------------------------------------------------------

run 0 --help && grep -q "^  lint FILE" "$tmp/out"
ok $? "podlift --help lists the lint command"

run 0 lint --help && grep -q -- "--format" "$tmp/out" && grep -q -- "--failure-threshold" "$tmp/out"
ok $? "podlift lint --help lists the options"

run 2 lint && one_line_error "lint: give one or more Dockerfiles"
ok $? "lint without a file is a one-line usage error"

run 2 lint --format yaml clean && one_line_error "lint: unknown format"
ok $? "an unknown format is a one-line usage error"

run 2 lint --failure-threshold severe clean && one_line_error "lint: unknown failure threshold"
ok $? "an unknown threshold is a one-line usage error"

run 2 lint --frobnicate clean && one_line_error ".*frobnicate"
ok $? "an unknown option is a one-line usage error"

# --- tty --------------------------------------------------------------------

run 0 lint clean && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]
ok $? "a clean Dockerfile: exit 0, nothing printed"

run 1 lint warning && grep -qx "warning:1 DL3007 warning: .*latest.*" "$tmp/out"
ok $? "tty prints FILE:LINE CODE level: message"

run 1 lint mixed && grep -q "^mixed:2 DL4000 error: " "$tmp/out" &&
  grep -q "^mixed:3 DL3048 style: " "$tmp/out" && ! grep -q "$(printf '\033')" "$tmp/out"
ok $? "tty is not coloured when standard output is not a terminal"

run 1 lint mixed && [ "$(cut -d' ' -f1 "$tmp/out" | tr '\n' ' ')" = "mixed:1 mixed:2 mixed:3 " ]
ok $? "findings come in line order"

# --- json -------------------------------------------------------------------

run 1 lint --format json warning && py '
data = json.loads(out)
assert isinstance(data, list) and len(data) >= 1, data
for d in data:
    assert sorted(d) == ["code", "column", "file", "level", "line", "message"], sorted(d)
    assert isinstance(d["line"], int) and isinstance(d["column"], int)
    assert d["file"] == "warning"
d = [d for d in data if d["code"] == "DL3007"][0]
assert d["line"] == 1 and d["column"] == 1 and d["level"] == "warning", d
assert "latest" in d["message"], d
'
ok $? "json: hadolint's objects, DL3007 on line 1"

run 1 lint -f json warning && py '
assert out.startswith("[{\"code\":"), out[:40]
assert list(json.loads(out)[0]) == ["code", "column", "file", "level", "line", "message"]
'
ok $? "json: one compact array, keys in hadolint's order"

run 0 lint --format json clean && py 'assert json.loads(out) == [], out'
ok $? "json: a clean file gives an empty array"

run 1 lint --format json warning clean error && py '
data = json.loads(out)
files = [d["file"] for d in data]
assert "warning" in files and "error" in files and "clean" not in files, files
assert files.index("warning") < files.index("error"), files
'
ok $? "json: several files give one array with all their findings"

run 1 lint --format json mixed && py '
levels = {d["code"]: d["level"] for d in json.loads(out)}
assert levels.get("DL4000") == "error" and levels.get("DL3007") == "warning", levels
assert levels.get("DL3048") == "style", levels
'
ok $? "json: levels are hadolint's words"

# --- sarif ------------------------------------------------------------------

run 1 lint --format sarif mixed warning && py '
log = json.loads(out)
assert log["version"] == "2.1.0", log.get("version")
assert "sarif" in log["$schema"] and "2.1.0" in log["$schema"]
assert len(log["runs"]) == 1
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "podlift"
ids = [r["id"] for r in driver["rules"]]
assert len(ids) == len(set(ids)), ids
for r in driver["rules"]:
    assert r["shortDescription"]["text"], r
levels = set()
for res in run["results"]:
    assert res["ruleId"] in ids, res
    assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
    assert res["level"] in ("error", "warning", "note"), res
    assert res["message"]["text"], res
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] in ("mixed", "warning"), loc
    reg = loc["region"]
    for k in ("startLine", "startColumn", "endLine", "endColumn"):
        assert isinstance(reg[k], int) and reg[k] >= 1, reg
    assert (reg["endLine"], reg["endColumn"]) >= (reg["startLine"], reg["startColumn"]), reg
    levels.add((res["ruleId"], res["level"]))
assert ("DL4000", "error") in levels and ("DL3007", "warning") in levels, levels
assert ("DL3048", "note") in levels, levels
assert sum(1 for r in run["results"] if r["ruleId"] == "DL3007") == 2
'
ok $? "sarif: the SARIF 2.1.0 structure, rules, results, levels and regions"

multitool=$srcdir/tools/node_modules/.bin/sarif-multitool
if [ -x "$multitool" ]; then
  "$podlift" lint --format sarif mixed >"$tmp/log.sarif"
  "$multitool" validate "$tmp/log.sarif" >"$tmp/validate" 2>&1
  ! grep -q ": error " "$tmp/validate" && grep -q "1 files scanned" "$tmp/validate"
  ok $? "sarif: the SARIF Multitool validates the log against the 2.1.0 schema"
else
  skip "the SARIF Multitool is not in tests/tools (npm install --prefix tests/tools @microsoft/sarif-multitool)"
fi

run 0 lint --format sarif clean && py '
log = json.loads(out)
assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []
'
ok $? "sarif: a clean file gives a run without results"

# --- checkstyle -------------------------------------------------------------

run 1 lint --format checkstyle mixed clean && py '
root = ET.fromstring(out.encode("utf-8"))
assert root.tag == "checkstyle" and root.get("version") == "4.3", root.attrib
files = root.findall("file")
assert [f.get("name") for f in files] == ["mixed", "clean"], [f.get("name") for f in files]
errors = files[0].findall("error")
assert len(errors) >= 3 and files[1].findall("error") == []
sev = {e.get("source"): e.get("severity") for e in errors}
assert sev.get("DL4000") == "error" and sev.get("DL3007") == "warning", sev
assert sev.get("DL3048") == "info", sev
for e in errors:
    assert int(e.get("line")) >= 1 and int(e.get("column")) >= 1 and e.get("message"), e.attrib
'
ok $? "checkstyle: valid XML, one file element per file, style maps to info"

printf 'FROM debian:12.5-slim\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\nCMD ["true"]\n' >pin
run 1 lint --format checkstyle pin && grep -q '&lt;' "$tmp/out" && py '
root = ET.fromstring(out.encode("utf-8"))
msgs = [e.get("message") for e in root.iter("error") if e.get("source") == "DL3008"]
assert msgs and "<" in msgs[0], msgs
'
ok $? "checkstyle: messages are escaped and read back intact"

# --- exit statuses and thresholds ---------------------------------------------

run 1 lint error
ok $? "an error finding exits 1"

run 0 lint --failure-threshold error warning
ok $? "--failure-threshold error: a warning does not fail"

run 1 lint --failure-threshold warning warning
ok $? "--failure-threshold warning: a warning fails"

run 0 lint style && [ -s "$tmp/out" ]
ok $? "the default threshold is info: a style finding is printed but exits 0"

run 1 lint -t style style
ok $? "--failure-threshold style: a style finding fails"

run 0 lint -t none mixed && [ -s "$tmp/out" ]
ok $? "--failure-threshold none never fails, but prints"

run 0 lint --no-fail mixed && grep -q DL4000 "$tmp/out"
ok $? "--no-fail exits 0 and still prints"

# --- ignores, configuration, pragmas -------------------------------------------

run 0 lint --ignore DL3007 warning && ! grep -q DL3007 "$tmp/out"
ok $? "--ignore drops a rule"

run 0 lint --ignore DL3007 --ignore DL4000 mixed && ! grep -Eq "DL3007|DL4000" "$tmp/out" &&
  grep -q DL3048 "$tmp/out"
ok $? "--ignore is repeatable"

mkdir "$tmp/project"
printf 'ignored:\n  - DL3007\n' >"$tmp/project/.hadolint.yaml"
cp warning mixed "$tmp/project/"
(cd "$tmp/project" && "$podlift" lint warning >"$tmp/out" 2>"$tmp/err"); status=$?
[ "$status" = 0 ] && ! grep -q DL3007 "$tmp/out"
ok $? ".hadolint.yaml in the current folder is honoured"

printf 'failure-threshold: error\n' >"$tmp/project/.hadolint.yaml"
(cd "$tmp/project" && "$podlift" lint warning >"$tmp/out" 2>"$tmp/err"); status=$?
[ "$status" = 0 ] && grep -q DL3007 "$tmp/out"
ok $? "the configuration file's failure-threshold is honoured"

(cd "$tmp/project" && "$podlift" lint -t warning warning >"$tmp/out" 2>"$tmp/err"); status=$?
[ "$status" = 1 ]
ok $? "--failure-threshold on the command line wins over the file"

(cd "$tmp/project" && "$podlift" lint --format json --ignore DL4000 mixed >"$tmp/out" 2>"$tmp/err") &&
  py 'assert not {"DL4000"} & {d["code"] for d in json.loads(out)}, out'
ok $? "--ignore adds to the configuration file"

mkdir -p "$XDG_CONFIG_HOME"
printf 'ignored: [DL3007]\n' >"$XDG_CONFIG_HOME/hadolint.yaml"
run 0 lint warning && ! grep -q DL3007 "$tmp/out"
ok $? "without .hadolint.yaml here, \$XDG_CONFIG_HOME/hadolint.yaml is honoured"

(cd "$tmp/project" && "$podlift" lint warning >"$tmp/out" 2>"$tmp/err"); status=$?
[ "$status" = 0 ] && grep -q DL3007 "$tmp/out"
ok $? "the first configuration found wins: .hadolint.yaml here over the user's"
rm "$XDG_CONFIG_HOME/hadolint.yaml"

printf 'ignored: [DL4000]\nfailure-threshold: error\n' >"$tmp/other.yaml"
run 0 lint --config "$tmp/other.yaml" mixed && ! grep -q DL4000 "$tmp/out" && grep -q DL3007 "$tmp/out"
ok $? "--config reads the named file"

run 2 lint --config "$tmp/nope.yaml" clean && one_line_error ".*nope.yaml: no such file"
ok $? "a missing --config file is a one-line error with status 2"

printf 'failure-threshold: [\n' >"$tmp/broken.yaml"
run 2 lint --config "$tmp/broken.yaml" clean && one_line_error ".*broken.yaml:1: "
ok $? "a malformed configuration file is a one-line error with status 2"

printf 'FROM alpine:3.19\nUSER 1000\nCMD ["true"]\n' >registry
run 1 lint --trusted-registry mirror.internal registry && grep -q DL3026 "$tmp/out"
ok $? "--trusted-registry turns DL3026 on"

printf '# hadolint ignore=DL3007\nFROM alpine:latest\nUSER 1000\nCMD ["true"]\n' >pragma
run 0 lint pragma && ! grep -q DL3007 "$tmp/out"
ok $? "an inline ignore pragma on the line before is honoured"

printf '# hadolint global ignore=DL4000\nFROM debian:12.5-slim\nUSER 1000\nMAINTAINER someone\nCMD ["true"]\n' >global
run 0 lint global && ! grep -q DL4000 "$tmp/out"
ok $? "a global ignore pragma is honoured"

# --- inputs ---------------------------------------------------------------------

"$podlift" lint --format json - <warning >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" = 1 ] && py '
data = json.loads(out)
assert data and all(d["file"] == "-" for d in data), data
assert "DL3007" in {d["code"] for d in data}
'
ok $? "- lints standard input, labelled -"

run 2 lint does-not-exist && one_line_error "does-not-exist: " && [ ! -s "$tmp/out" ]
ok $? "a missing file: one line on standard error, status 2"

run 2 lint "$tmp" && one_line_error ".*: "
ok $? "a folder: one line on standard error, status 2"

run 2 lint --format json warning does-not-exist && one_line_error "does-not-exist: " &&
  py 'assert {d["file"] for d in json.loads(out)} == {"warning"}, out'
ok $? "an unreadable file among others: the others are still reported, status 2"

# Root reads files whatever their permissions: as root, run podlift as
# nobody (setpriv, from util-linux), if nobody may run it.
cp warning unreadable && chmod 000 unreadable
as_user=
if [ "$(id -u)" = 0 ]; then
  chmod 711 "$tmp" "$tmp/work"
  if command -v setpriv >/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups "$podlift" --version >/dev/null 2>&1; then
    as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
  fi
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
  $as_user "$podlift" lint unreadable >"$tmp/out" 2>"$tmp/err"; status=$?
  [ "$status" = 2 ] && one_line_error "unreadable: permission denied"
  ok $? "a file without read permission: one line, status 2"
else
  skip "running as root, and cannot run podlift as nobody"
fi
chmod 700 "$tmp"

printf 'FROM debian:12.5-slim\nUSER 1000\n\377\376\000\001binary\000data\nCMD ["true"]\n' >binary
run 1 lint --format json binary && py '
data = json.loads(out)
dl1000 = [d for d in data if d["code"] == "DL1000"]
assert dl1000, data
assert dl1000[0]["line"] == 3 and dl1000[0]["level"] == "error", dl1000
'
ok $? "a binary file is linted: DL1000 at the line of the binary data, exit 1"

printf 'FROM debian:12.5-slim\nLABEL description="caf\351"\nUSER 1000\nCMD ["true"]\n' >latin1
run 1 lint --format json latin1 && py '
data = json.loads(out)
assert [(d["code"], d["line"]) for d in data if d["code"] == "DL1000"] == [("DL1000", 2)], data
'
ok $? "a file that is not UTF-8 is linted: DL1000 at the offending line, exit 1"

head -c 4096 /dev/urandom >random.bin
run 1 lint --format checkstyle random.bin && py 'ET.fromstring(out.encode("utf-8"))'
ok $? "random bytes: still valid checkstyle XML"

: >empty
"$podlift" lint --format json empty >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" -le 1 ] && [ ! -s "$tmp/err" ] && py 'json.loads(out)'
ok $? "an empty file is linted"

if truncate -s 17M huge 2>/dev/null; then
  run 2 lint huge && one_line_error "huge: .*16 MiB"
  ok $? "a file over 16 MiB is refused with status 2"
else
  skip "truncate is not available"
fi

run 1 lint -- warning && grep -q DL3007 "$tmp/out"
ok $? "-- ends the options"

# --- colour -----------------------------------------------------------------------

# script(1) gives podlift a terminal; its "-c" form is util-linux's.
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "'$podlift' lint mixed" /dev/null >"$tmp/out" 2>&1
  grep -q "$(printf '\033\\[31m')error" "$tmp/out" && grep -q "$(printf '\033\\[33m')warning" "$tmp/out"
  ok $? "tty is coloured on a terminal"

  NO_COLOR=1 script -qec "'$podlift' lint mixed" /dev/null >"$tmp/out" 2>&1
  grep -q "DL4000 error" "$tmp/out" && ! grep -q "$(printf '\033')" "$tmp/out"
  ok $? "NO_COLOR turns the colour off, even on a terminal"

  script -qec "'$podlift' lint --format json mixed" /dev/null >"$tmp/out" 2>&1
  ! grep -q "$(printf '\033')" "$tmp/out"
  ok $? "json is never coloured"
else
  skip "script(1) from util-linux is not available"
  skip "script(1) from util-linux is not available"
  skip "script(1) from util-linux is not available"
fi

# The plan comes last: how many ran is known only now.
echo "1..$n"
exit $failed
