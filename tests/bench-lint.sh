#!/bin/bash
# bench-lint.sh BUILD — how fast Podlift lints Dockerfiles:
#  1. in process, a generated 5,000-line Dockerfile (BUILD/tests/bench-lint;
#     target: under 2 ms, the budget of a live lint on every keystroke);
#  2. whole process, a generated corpus of 50 varied Dockerfiles, with
#     `podlift lint --format json` against the npm linter dockerfile-utils
#     (its `validate`, under node) on the same files in the same run
#     (target: podlift 50× faster).
#
# Reports figures and ratios, never pass/fail. dockerfile-utils is
# installed into tests/tools/ (git-ignored) the first time, with npm.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu
build=${1:-_build}
runs=${RUNS:-20}
here=$(cd "$(dirname "$0")" && pwd)
tools=$here/tools
podlift=$build/app/podlift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== podlift lint benchmark"
"$build/tests/bench-lint"
echo

# --- the corpus: 50 Dockerfiles, as people write them -------------------------

python3 - "$tmp/corpus" <<'EOF'
import os, random, sys

out = sys.argv[1]
os.makedirs(out)
rnd = random.Random(2026)

BASES = {
    "python": ["python:3.12-slim-bookworm", "python:3.11-slim", "python:3.10-bookworm"],
    "node": ["node:20.11-bookworm-slim", "node:18-alpine3.19", "node:22"],
    "go": ["golang:1.22-bookworm", "golang:1.21-alpine3.19"],
    "java": ["eclipse-temurin:21-jdk-jammy", "maven:3.9-eclipse-temurin-17"],
    "debian": ["debian:12.5-slim", "ubuntu:22.04", "debian:latest"],
    "alpine": ["alpine:3.19", "alpine"],
}
RUNTIME = ["debian:12.5-slim", "busybox:1.36", "alpine:3.19",
           "eclipse-temurin:21-jre-jammy", "nginx:1.25-alpine", "scratch"]
APT = ["curl", "ca-certificates", "git", "build-essential", "libpq-dev", "gnupg",
       "libssl-dev", "unzip", "wget", "tzdata", "locales", "jq"]
APK = ["curl", "ca-certificates", "git", "build-base", "postgresql-dev", "bash", "tini"]
PIP = ["flask", "gunicorn==21.2.0", "requests>=2.31", "psycopg2-binary", "celery==5.3.6",
       "django", "uvicorn[standard]==0.27.1", "pydantic"]
NPM = ["typescript@5.4.5", "pm2", "left-pad", "@nestjs/cli@10.3.2", "serve"]

def apt_run(kind):
    pkgs = rnd.sample(APT, rnd.randint(2, 7))
    pinned = [p + "=1.0-1" if rnd.random() < 0.4 else p for p in pkgs]
    lines = ["RUN apt-get update \\"]
    flags = "-y --no-install-recommends" if rnd.random() < 0.6 else "-y"
    lines.append(" && apt-get install %s \\" % flags)
    for p in pinned:
        lines.append("      %s \\" % p)
    if rnd.random() < 0.7:
        lines.append(" && rm -rf /var/lib/apt/lists/*")
    else:
        lines.append(" && apt-get clean")
    return lines

def apk_run():
    pkgs = rnd.sample(APK, rnd.randint(2, 5))
    flag = "--no-cache " if rnd.random() < 0.7 else ""
    return ["RUN apk add %s%s" % (flag, " ".join(pkgs))]

def lang_runs(lang):
    if lang == "python":
        pk = rnd.sample(PIP, rnd.randint(1, 4))
        return ["COPY requirements.txt .",
                "RUN pip install --no-cache-dir -r requirements.txt",
                "RUN pip install %s" % " ".join(pk)]
    if lang == "node":
        return ["COPY package*.json ./",
                "RUN npm ci --omit=dev",
                "RUN npm install -g %s" % " ".join(rnd.sample(NPM, 2))]
    if lang == "go":
        return ["COPY go.mod go.sum ./",
                "RUN go mod download",
                "RUN go install example.org/some/tool@v1.2.3",
                "RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app"]
    if lang == "java":
        return ["COPY pom.xml .", "RUN mvn -B dependency:go-offline",
                "COPY src ./src", "RUN mvn -B package -DskipTests"]
    return ["RUN make"]

def dockerfile(i):
    lang = rnd.choice(list(BASES))
    lines = ["# syntax=docker/dockerfile:1", "# Service %d (%s)" % (i, lang)]
    stages = rnd.choice([1, 1, 2, 2, 3])
    for s in range(stages):
        final = s == stages - 1
        base = rnd.choice(BASES[lang]) if not final or stages == 1 else rnd.choice(RUNTIME)
        name = " AS build%d" % s if not final else ""
        if s == 0 and rnd.random() < 0.3:
            lines.insert(2, "ARG VERSION=1.%d.0" % i)
        lines += ["", "# stage %d" % s, "FROM %s%s" % (base, name)]
        if base == "scratch":
            lines += ["COPY --from=build%d /out/app /app" % (s - 1), 'ENTRYPOINT ["/app"]']
            continue
        if rnd.random() < 0.15:
            lines.append("MAINTAINER team-%d@example.org" % i)
        lines.append('LABEL org.opencontainers.image.title="service-%d" \\' % i)
        lines.append('      org.opencontainers.image.source="https://example.org/service-%d"' % i)
        lines.append("ENV APP_HOME=/srv/app \\")
        lines.append("    LANG=C.UTF-8")
        lines.append("WORKDIR /srv/app" if rnd.random() < 0.8 else "RUN cd /srv/app")
        if "alpine" in base:
            lines += apk_run()
        else:
            lines += apt_run(lang)
        if not final or stages == 1:
            lines += lang_runs(lang)
        lines.append("COPY . .")
        if s > 0:
            lines.append("COPY --from=build%d /srv/app/dist ./dist" % (s - 1))
        if rnd.random() < 0.5:
            lines.append("RUN curl -fsSL https://example.org/x.sh | sh")
        if final:
            lines.append("EXPOSE %d" % rnd.choice([80, 3000, 8000, 8080]))
            if rnd.random() < 0.6:
                lines.append("USER %s" % rnd.choice(["1000", "app", "nobody", "root"]))
            if rnd.random() < 0.3:
                lines.append("HEALTHCHECK CMD curl -f http://localhost/ || exit 1")
            lines.append(rnd.choice(['CMD ["./app"]', "CMD ./start.sh", 'ENTRYPOINT ["/srv/app/run"]']))
    return "\n".join(lines) + "\n"

for i in range(50):
    with open(os.path.join(out, "Dockerfile.%02d" % i), "w") as f:
        f.write(dockerfile(i))
EOF

files=("$tmp"/corpus/Dockerfile.*)
lines=$(cat "${files[@]}" | wc -l)
echo "== corpus: ${#files[@]} generated Dockerfiles, $lines lines; $runs runs each"

# measure COUNT COMMAND…: mean microseconds per run
measure () {
  local count=$1 start end i
  shift
  start=$(date +%s%N)
  for ((i = 0; i < count; i++)); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  echo $(( (end - start) / count / 1000 ))
}

"$podlift" lint --format json "${files[@]}" >"$tmp/podlift.json" || true
found=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/podlift.json")
ours=$(measure "$runs" "$podlift" lint --format json "${files[@]}")
awk -v us="$ours" -v n="$found" \
  'BEGIN { printf "podlift lint --format json       %8.2f ms per run (%d findings)\n", us / 1000, n }'

# --- the peer: dockerfile-utils, under node --------------------------------------

if [ ! -d "$tools/node_modules/dockerfile-utils" ] && command -v npm >/dev/null; then
  echo "(installing dockerfile-utils into tests/tools/)"
  npm install --prefix "$tools" --no-audit --no-fund --silent dockerfile-utils >/dev/null 2>&1 || true
fi
if ! command -v node >/dev/null || [ ! -d "$tools/node_modules/dockerfile-utils" ]; then
  echo "dockerfile-utils: not available (needs node and npm); no comparison"
  exit 0
fi

cat >"$tmp/lint.js" <<'EOF'
// Lints each file named with dockerfile-utils' validate, prints the count.
const fs = require('fs');
const { validate } = require('dockerfile-utils');
let found = 0;
for (const file of process.argv.slice(2))
  found += validate(fs.readFileSync(file, 'utf8')).length;
console.log(found);
EOF
export NODE_PATH=$tools/node_modules
found=$(node "$tmp/lint.js" "${files[@]}")
theirs=$(measure "$runs" node "$tmp/lint.js" "${files[@]}")
awk -v us="$theirs" -v n="$found" \
  'BEGIN { printf "dockerfile-utils validate (node) %8.2f ms per run (%d findings)\n", us / 1000, n }'
awk -v a="$theirs" -v b="$ours" \
  'BEGIN { r = a / b; printf "ratio dockerfile-utils/podlift    %8.1f× (target 50×: %s)\n", r, (r >= 50 ? "met" : "not met") }'
