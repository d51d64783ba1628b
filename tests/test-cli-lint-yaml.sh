#!/bin/sh
# test-cli-lint-yaml.sh PODLIFT — `podlift lint` on Kubernetes YAML, as a
# user or a CI job runs it: detection, the checks' codes and lines, the
# formats with object and refs, exit statuses, ignores, bad input. TAP.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
case $podlift in /*) ;; *) podlift=$(pwd)/$podlift ;; esac
srcdir=${G_TEST_SRCDIR:-$(dirname "$0")}
case $srcdir in /*) ;; *) srcdir=$(pwd)/$srcdir ;; esac
fixtures=$srcdir/fixtures/manifests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A folder of their own, so that no .hadolint.yaml of the developer's is
# found; HOME and XDG_CONFIG_HOME point there too.
mkdir "$tmp/work" "$tmp/home"
cd "$tmp/work" || exit 1
HOME=$tmp/home
XDG_CONFIG_HOME=$tmp/home/.config
export HOME XDG_CONFIG_HOME
unset NO_COLOR

# py CODE : runs Python on $tmp/out (as `out`) with json and xml.etree at
# hand, and `expected`: code → line, from the "# -> code" comments of
# bad.yaml.
py () {
  python3 - "$tmp/out" "$fixtures/bad.yaml" "$1" <<'EOF'
import json, re, sys
import xml.etree.ElementTree as ET
out = open(sys.argv[1], encoding="utf-8").read()
expected = {}
for i, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    m = re.search(r"# -> ([a-z-]+)$", line.rstrip("\n"))
    if m:
        expected[m.group(1)] = i
try:
    exec(sys.argv[3])
except AssertionError as e:
    print("# assertion failed:", e)
    sys.exit(1)
except Exception as e:
    print("# %s: %s" % (type(e).__name__, e))
    sys.exit(1)
EOF
}

cp "$fixtures/good.yaml" "$fixtures/bad.yaml" .

# --- the command ----------------------------------------------------------------

run 0 --help && grep -q "^  lint FILE.*Kubernetes YAML" "$tmp/out"
ok $? "podlift --help says lint takes Kubernetes YAML"

run 0 lint --help && grep -q "Kubernetes YAML" "$tmp/out" && grep -q "kube-score/ignore" "$tmp/out"
ok $? "podlift lint --help explains the Kubernetes YAML checks"

# --- tty ------------------------------------------------------------------------

run 0 lint good.yaml && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]
ok $? "a clean bundle: exit 0, nothing printed"

run 1 lint bad.yaml && py '
lines = out.splitlines()
got = {}
for l in lines:
    m = re.match(r"^bad\.yaml:(\d+) ([a-z-]+) (error|warning|info|style): .+$", l)
    assert m, l
    got.setdefault(m.group(2), []).append(int(m.group(1)))
for code, line in expected.items():
    assert got.get(code) == [line], (code, line, got.get(code))
assert set(got) == set(expected), set(got) ^ set(expected)
nums = [int(l.split(":")[1].split()[0]) for l in lines]
assert nums == sorted(nums), nums
'
ok $? "tty: FILE:LINE CODE level: message, each check at the line of its key, in line order"

# --- json -----------------------------------------------------------------------

run 1 lint --format json bad.yaml && py '
data = json.loads(out)
assert [list(d) for d in data] == [["code", "column", "file", "level", "line", "message",
                                    "object", "refs"]] * len(data), data[0]
got = {d["code"]: d for d in data}
assert {c: d["line"] for c, d in got.items()} == expected, got
for d in data:
    assert d["file"] == "bad.yaml" and d["column"] == 1 and d["level"] == "error", d
    assert isinstance(d["refs"], list) and all(isinstance(r, str) for r in d["refs"]), d
assert got["container-image-tag"]["object"] == "Deployment/shopfront"
assert got["service-targets-pod"]["object"] == "Service/shopfront"
assert got["podlift-secret-values"]["object"] == "Secret/shopfront"
assert got["container-image-tag"]["refs"] == ["kube-linter:latest-tag", "polaris:tagNotSpecified"]
assert got["service-targets-pod"]["refs"] == ["kube-linter:dangling-service"]
assert got["container-resources"]["refs"] == ["polaris:cpuLimitsMissing"]
assert got["podlift-secret-values"]["refs"] == []
assert "hunter2" not in out
'
ok $? "json: hadolint's keys plus object and refs; codes, lines and objects as expected"

run 1 lint -f json bad.yaml good.yaml && py '
data = json.loads(out)
assert {d["file"] for d in data} == {"bad.yaml"}, {d["file"] for d in data}
'
ok $? "json: findings name their own file"

run 0 lint --format json good.yaml && py 'assert json.loads(out) == [], out'
ok $? "json: a clean bundle gives an empty array"

printf 'FROM alpine:latest\nUSER 1000\nCMD ["true"]\n' >Dockerfile
run 1 lint --format json Dockerfile bad.yaml && py '
data = json.loads(out)
docker = [d for d in data if d["file"] == "Dockerfile"]
yaml = [d for d in data if d["file"] == "bad.yaml"]
assert docker and yaml, data
assert all(list(d) == ["code", "column", "file", "level", "line", "message"] for d in docker), docker
assert all("object" in d and "refs" in d for d in yaml), yaml
assert data.index(docker[0]) < data.index(yaml[0])
'
ok $? "json: a Dockerfile and YAML in one run; only the YAML findings have object and refs"

# --- sarif and checkstyle ---------------------------------------------------------

run 1 lint --format sarif bad.yaml good.yaml && py '
log = json.loads(out)
assert log["version"] == "2.1.0" and len(log["runs"]) == 1
run = log["runs"][0]
rules = run["tool"]["driver"]["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)) and set(ids) == set(expected), ids
for r in rules:
    assert r["shortDescription"]["text"] and r["fullDescription"]["text"], r
for res in run["results"]:
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    assert res["level"] == "error", res
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "bad.yaml", loc
    assert loc["region"]["startLine"] == expected[res["ruleId"]], (res["ruleId"], loc)
    props = res["properties"]
    assert props["object"].endswith("/shopfront") and isinstance(props["refs"], list), props
'
ok $? "sarif: the 2.1.0 structure, a rule per check, regions at the expected lines, object and refs as properties"

multitool=$srcdir/tools/node_modules/.bin/sarif-multitool
if [ -x "$multitool" ]; then
  "$podlift" lint --format sarif bad.yaml >"$tmp/log.sarif"
  "$multitool" validate "$tmp/log.sarif" >"$tmp/validate" 2>&1
  ! grep -q ": error " "$tmp/validate" && grep -q "1 files scanned" "$tmp/validate"
  ok $? "sarif: the SARIF Multitool validates the log against the 2.1.0 schema"
else
  skip "the SARIF Multitool is not in tests/tools (npm install --prefix tests/tools @microsoft/sarif-multitool)"
fi

run 1 lint --format checkstyle bad.yaml good.yaml && py '
root = ET.fromstring(out.encode("utf-8"))
assert root.tag == "checkstyle" and root.get("version") == "4.3"
files = root.findall("file")
assert [f.get("name") for f in files] == ["bad.yaml", "good.yaml"]
errors = files[0].findall("error")
assert {e.get("source"): int(e.get("line")) for e in errors} == expected
assert all(e.get("severity") == "error" and e.get("message") for e in errors)
assert files[1].findall("error") == []
'
ok $? "checkstyle: valid XML, one file element per file, the checks as sources"

# --- exit statuses, ignores, configuration --------------------------------------------

python3 - good.yaml warning.yaml <<'EOF'
import sys
text = open(sys.argv[1]).read()
start = text.index("      affinity:")
end = text.index("      containers:")
open(sys.argv[2], "w").write(text[:start] + text[end:])
EOF
run 1 lint warning.yaml && grep -q "deployment-has-host-podantiaffinity warning" "$tmp/out" &&
  [ "$(wc -l <"$tmp/out")" = 1 ]
ok $? "a missing anti-affinity is a warning, and fails at the default threshold"

run 0 lint --failure-threshold error warning.yaml && [ -s "$tmp/out" ]
ok $? "--failure-threshold error: a warning does not fail"

run 0 lint --ignore deployment-has-host-podantiaffinity warning.yaml && [ ! -s "$tmp/out" ]
ok $? "--ignore drops a check by its code"

run 1 lint --ignore container-image-tag --ignore podlift-secret-values --format json bad.yaml && py '
codes = {d["code"] for d in json.loads(out)}
assert codes == set(expected) - {"container-image-tag", "podlift-secret-values"}, codes
'
ok $? "--ignore is repeatable"

mkdir "$tmp/project"
cp warning.yaml bad.yaml "$tmp/project/"
printf 'ignored:\n  - deployment-has-host-podantiaffinity\n' >"$tmp/project/.hadolint.yaml"
(cd "$tmp/project" && "$podlift" lint warning.yaml >"$tmp/out" 2>"$tmp/err"); status=$?
[ "$status" = 0 ] && [ ! -s "$tmp/out" ]
ok $? ".hadolint.yaml's ignored list applies to the manifest checks"

printf 'override:\n  warning: [container-image-tag]\nfailure-threshold: error\n' >"$tmp/project/.hadolint.yaml"
(cd "$tmp/project" && "$podlift" lint -f json --ignore podlift-secret-values --ignore container-resources \
   --ignore pod-probes-identical --ignore service-targets-pod --ignore ingress-targets-service \
   --ignore container-security-context-user-group-id \
   --ignore deployment-targeted-by-hpa-does-not-have-replicas-configured bad.yaml \
   >"$tmp/out" 2>"$tmp/err"); status=$?
[ "$status" = 0 ] && py '
data = json.loads(out)
assert [(d["code"], d["level"]) for d in data] == [("container-image-tag", "warning")], data
'
ok $? ".hadolint.yaml's override changes a check's level"

# --- opt-out annotations ------------------------------------------------------------

sed 's/^  name: shopfront$/  name: shopfront\n  annotations:\n    ignore-check.kube-linter.io\/dangling-service: "matched by a mesh"/' \
  bad.yaml >annotated.yaml
run 1 lint -f json annotated.yaml && py '
codes = {d["code"] for d in json.loads(out)}
assert codes == set(expected) - {"service-targets-pod"}, codes
'
ok $? "kube-linter's ignore-check annotation on an object drops its check there"

# --- inputs ---------------------------------------------------------------------------

"$podlift" lint --format json - <bad.yaml >"$tmp/out" 2>"$tmp/err"; status=$?
[ "$status" = 1 ] && py '
data = json.loads(out)
assert data and all(d["file"] == "-" for d in data), data
assert {d["code"]: d["line"] for d in data} == expected
'
ok $? "- reads Kubernetes YAML from standard input, told by its content"

grep -v '^#' bad.yaml >no-extension
printf '# comments first\n\n---\n' | cat - bad.yaml >dashes
run 1 lint -f json no-extension dashes && py '
data = json.loads(out)
assert {d["file"] for d in data} == {"no-extension", "dashes"}, data
assert all("object" in d for d in data)
'
ok $? "a file without a .yaml name starting with apiVersion: or --- is Kubernetes YAML"

cp bad.yaml bad.yml
run 1 lint -f json bad.yml && py 'assert all("object" in d for d in json.loads(out))'
ok $? ".yml is Kubernetes YAML too"

printf '# apiVersion: v1\nFROM alpine:3.19\nUSER 1000\nCMD ["true"]\n' >Containerfile
run 0 lint Containerfile
ok $? "a Dockerfile with comments is still a Dockerfile"

python3 - bad.yaml <<'EOF'
import sys
text = open(sys.argv[1]).read()
cut = text.index("---\napiVersion: v1\nkind: Service")
open("deployment.yaml", "w").write(text[:cut])
open("service.yaml", "w").write(text[cut:])
EOF
run 1 lint -f json service.yaml && py '
assert "service-targets-pod" in {d["code"] for d in json.loads(out)}, out
' && run 1 lint -f json deployment.yaml service.yaml && py '
data = json.loads(out)
files = {d["code"]: d["file"] for d in data}
assert files["container-image-tag"] == "deployment.yaml" and files["podlift-secret-values"] == "service.yaml"
assert files["service-targets-pod"] == "service.yaml"
assert "deployment-targeted-by-hpa-does-not-have-replicas-configured" in files, files
'
ok $? "the files of one run are checked together, each finding in its own file"

sed 's/containerPort: 8080/containerPort: "8080"/; s/^  maxUnavailable: 1/  maxUnavailble: 1/' \
  good.yaml >schema.yaml
run 1 lint -f json schema.yaml && py '
data = json.loads(out)
text = open("schema.yaml").read().splitlines()
port = next(i for i, l in enumerate(text, 1) if "containerPort:" in l)
pdb = next(i for i, l in enumerate(text, 1) if "maxUnavailble" in l)
got = [(d["code"], d["line"], d["object"], d["level"]) for d in data]
assert got == [("schema", port, "Deployment/web", "error"),
               ("schema", pdb, "PodDisruptionBudget/web", "error")], got
'
ok $? "schema violations: code schema, at the line of the key, with their object"

printf 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [web\nspec: {}\n' >broken.yaml
run 1 lint broken.yaml && grep -q "^broken.yaml:[45] podlift-yaml-syntax error: ." "$tmp/out" &&
  [ "$(wc -l <"$tmp/out")" = 1 ] && [ ! -s "$tmp/err" ]
ok $? "malformed YAML: one FILE:LINE finding, exit 1"

printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: 1\n  a: 2\n' >dup.yaml
run 1 lint -f json dup.yaml good.yaml && py '
data = json.loads(out)
assert [(d["file"], d["code"], d["line"]) for d in data] == [("dup.yaml", "podlift-yaml-syntax", 7)], data
assert data[0]["object"] is None and data[0]["refs"] == []
'
ok $? "json: a duplicate key is a syntax finding at its line, with a null object; the other file is still linted"

printf 'apiVersion: v1\nkind: ConfigMap\n\377\376\000binary\n' >binary.yaml
run 1 lint binary.yaml && grep -q "^binary.yaml:3 podlift-yaml-syntax error: .*not text" "$tmp/out"
ok $? "a binary .yaml file: a clear finding at the line of the binary data, exit 1"

head -c 4096 /dev/urandom >random.yml
run 1 lint --format checkstyle random.yml && py 'ET.fromstring(out.encode("utf-8"))'
ok $? "random bytes named .yml: still valid checkstyle XML"

: >empty.yaml
run 0 lint -f json empty.yaml && py 'assert json.loads(out) == []'
ok $? "an empty YAML file has no findings"

run 2 lint -f json bad.yaml does-not-exist.yaml && grep -q "does-not-exist.yaml: " "$tmp/err" && py '
assert {d["file"] for d in json.loads(out)} == {"bad.yaml"}
'
ok $? "an unreadable file among YAML files: the others are reported, status 2"

# The plan comes last: how many ran is known only now.
echo "1..$n"
exit $failed
