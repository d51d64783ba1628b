#!/bin/sh
# test-cli-review.sh PODLIFT — `podlift review` and `podlift export` as a
# user runs them: the review of the example as Markdown, as HTML that
# parses as HTML5 (html5lib), as a PDF that pdfinfo opens and whose pages
# pdftoppm renders; the export into a git repository with conflicting
# files, with --force, on a new branch, the repository reopened as the
# same project; and a secret's value in none of it. TAP.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Needs poppler-utils (pdfinfo, pdftoppm, pdftotext), python3-html5lib
# and git. Without one, its cases skip, unless PODLIFT_REQUIRE_VALIDATORS
# is set (as `make test` does): then they fail.

. "$(dirname "$0")/tap.sh"

podlift=$1
example="$PODLIFT_EXAMPLES_DIR/shopfront"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
canary="canary-8c41e6f2-not-in-any-export"

# Shows what a failing command said, as TAP comments.
show () {
  sed 's/^/# /' "$1" | head -n 30
}

have () {
  command -v "$1" >/dev/null 2>&1
}

# A python with html5lib: pyenv's python3 may lack Debian's module.
html5_python=
for p in python3 /usr/bin/python3; do
  if have "$p" && "$p" -c 'import html5lib' 2>/dev/null; then html5_python=$p; break; fi
done

# The example, with a value for one of its secrets (as secrets.env holds
# it) and a git repository of its own.
cp -r "$example" "$tmp/bundle"
printf 'SECRET_KEY=%s\n' "$canary" >"$tmp/bundle/secrets.env"

# review: Markdown

run 0 review "$tmp/bundle" --format md --out "$tmp/review.md"
ok $? "review --format md exits 0"
head -n 1 "$tmp/review.md" | grep -qx "# Shopfront: migration review" &&
  grep -qE "^\| 1 \| No findings \| 13 \| [0-9]+ of [0-9]+ done \|$" "$tmp/review.md" &&
  grep -qE "^\*\*App and database\*\*: .+ of downtime$" "$tmp/review.md" &&
  grep -qF "1. **Risk** · The sizing is not backed by a load test *(Strategy)*" "$tmp/review.md" &&
  grep -qF "| Stack | Python 3.11 |" "$tmp/review.md" &&
  grep -qF "  r_ingress --> r_service" "$tmp/review.md" &&
  grep -qF -- "- [x] Rehearse the cutover in preprod · Maya Lindqvist (SRE)" "$tmp/review.md"
ok $? "the Markdown has the title, counts, risks, answers, diagram and checklist"

run 0 review "$tmp/bundle" && cmp -s "$tmp/out" "$tmp/review.md"
ok $? "review without --out writes Markdown to standard output"

run 2 review "$tmp/bundle" --format docx && grep -q "md, html or pdf" "$tmp/err"
ok $? "review with an unknown format is bad usage"

run 2 review "$tmp/nothing-here" --format md
ok $? "review of a folder that is no bundle is an error"

# review: HTML

run 0 review "$tmp/bundle" --out "$tmp/review.html"
ok $? "review --out FILE.html exits 0"
head -c 15 "$tmp/review.html" | grep -qx "<!DOCTYPE html>" && grep -q "<svg" "$tmp/review.html" &&
  grep -q "@media print" "$tmp/review.html" && ! grep -qE "<script|<link| src=" "$tmp/review.html"
ok $? "the HTML is one file: style, diagram inline, nothing to fetch"

if [ -n "$html5_python" ]; then
  "$html5_python" - "$tmp/review.html" >"$tmp/log" 2>&1 <<'EOF'
import sys, html5lib
parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
doc = parser.parse(open(sys.argv[1], 'rb'))
# The parts a reader looks for, where they belong.
assert doc.find('head/title').text == 'Shopfront: migration review'
sections = [s.get('id') for s in doc.iter('section') if s.get('id')]
assert sections == ['risks', 'strategy', 'application', 'resources', 'lint', 'checklist', 'steps'], sections
assert doc.find('.//figure/{http://www.w3.org/2000/svg}svg') is not None
EOF
  status=$?
  ok $status "the HTML parses as HTML5 (html5lib, strict) with its sections and the SVG in place"
  [ $status = 0 ] || show "$tmp/log"
else
  skip_validator "the HTML parses as HTML5" "html5lib is not installed (apt install python3-html5lib)"
fi

# review: PDF

run 0 review "$tmp/bundle" --format pdf --out "$tmp/review.pdf"
ok $? "review --format pdf exits 0"

run 2 review "$tmp/bundle" --format pdf
ok $? "a PDF needs --out"

if have pdfinfo && have pdftoppm && have pdftotext; then
  pdfinfo "$tmp/review.pdf" >"$tmp/info" 2>&1 &&
    grep -q "^Page size: *595.* x 841.* pts (A4)" "$tmp/info" &&
    grep -q "^Title: *Shopfront: migration review" "$tmp/info"
  ok $? "pdfinfo opens the PDF: A4, with its title"
  pages=$(sed -n 's/^Pages: *//p' "$tmp/info")
  [ "${pages:-0}" -ge 2 ]
  ok $? "the review is paginated ($pages pages)"
  pdftoppm -r 40 -png "$tmp/review.pdf" "$tmp/page" 2>"$tmp/log" &&
    [ "$(ls "$tmp"/page-*.png | wc -l)" = "$pages" ] &&
    (for f in "$tmp"/page-*.png; do [ "$(wc -c <"$f")" -gt 2000 ] || exit 1; done)
  ok $? "pdftoppm renders every page"
  pdftotext "$tmp/review.pdf" "$tmp/review.txt" &&
    grep -q "Open risks" "$tmp/review.txt" && grep -q "The sizing is not backed by a load test" "$tmp/review.txt" &&
    grep -q "Rehearse the cutover in preprod" "$tmp/review.txt" && grep -q "page 1 of $pages" "$tmp/review.txt"
  ok $? "the PDF's text holds the risks, the checklist and the page numbers"
else
  skip_validator "pdfinfo, pdftoppm and pdftotext check the PDF" "poppler-utils is not installed"
  pdftotext () { :; }
fi

# export

mkdir "$tmp/repo"
echo "# Shopfront" >"$tmp/repo/README.md"
echo "FROM python:3.11" >"$tmp/repo/Dockerfile"
printf '__pycache__/\n' >"$tmp/repo/.gitignore"
if have git; then
  git -C "$tmp/repo" init -q && git -C "$tmp/repo" config user.name "Podlift Test" &&
    git -C "$tmp/repo" config user.email test@example.com && git -C "$tmp/repo" add . &&
    git -C "$tmp/repo" commit -q -m init
fi

run 1 export "$tmp/bundle" --to "$tmp/repo" &&
  grep -q "1 file of .* differs from the bundle; nothing was written" "$tmp/err" &&
  grep -qx "  Dockerfile" "$tmp/err" && grep -q -- "--force" "$tmp/err"
ok $? "export into a repository with a differing file lists it and exits 1"
[ "$(cat "$tmp/repo/Dockerfile")" = "FROM python:3.11" ] && [ ! -e "$tmp/repo/podlift.json" ] &&
  [ "$(cat "$tmp/repo/.gitignore")" = "__pycache__/" ]
ok $? "nothing is written when a file differs"

if have git; then
  run 0 export "$tmp/bundle" --to "$tmp/repo" --force --git-branch podlift/migration-plan &&
    grep -q "replaced   Dockerfile" "$tmp/out" && grep -q "updated    .gitignore" "$tmp/out" &&
    grep -q "new        podlift.json" "$tmp/out" && grep -q "Committed on the new branch podlift/migration-plan" "$tmp/out"
  ok $? "export --force --git-branch replaces, lists and commits"
  [ "$(git -C "$tmp/repo" rev-parse --abbrev-ref HEAD)" = "podlift/migration-plan" ] &&
    git -C "$tmp/repo" show --name-only --format= HEAD >"$tmp/committed" &&
    grep -qx "podlift.json" "$tmp/committed" && grep -qx "Dockerfile" "$tmp/committed" &&
    grep -qx "deploy/base/deployment.yaml" "$tmp/committed" && ! grep -q "^secrets.env$" "$tmp/committed" &&
    [ -z "$(git -C "$tmp/repo" status --porcelain)" ] && git -C "$tmp/repo" check-ignore -q secrets.env
  ok $? "the branch's commit holds the exported files, secrets.env is ignored, nothing left over"

  run 2 export "$tmp/bundle" --to "$tmp/repo" --git-branch podlift/migration-plan &&
    grep -q "has a branch named “podlift/migration-plan” already" "$tmp/err"
  ok $? "an existing branch is refused before anything is written"

  mkdir "$tmp/plain"
  run 2 export "$tmp/bundle" --to "$tmp/plain" --git-branch plan && grep -q "is not in a git repository" "$tmp/err" &&
    [ -z "$(ls -A "$tmp/plain")" ]
  ok $? "--git-branch outside a git repository is an error, and writes nothing"
else
  run 0 export "$tmp/bundle" --to "$tmp/repo" --force && grep -q "replaced   Dockerfile" "$tmp/out"
  ok $? "export --force replaces and lists"
  skip_validator "the export is committed on a new branch" "git is not installed"
fi

# The repository opens as the bundle: exported again, from the
# repository this time, it gives the same files.
run 0 export "$tmp/repo" --to "$tmp/again" &&
  (for f in podlift.json Dockerfile compose.yaml configuration.env secrets.env.example deploy/base/deployment.yaml; do
     cmp -s "$tmp/repo/$f" "$tmp/again/$f" || { echo "# $f differs"; exit 1; }
   done)
ok $? "the exported repository reopens as the same project"
run 0 review "$tmp/repo" && cmp -s "$tmp/out" "$tmp/review.md"
ok $? "its review is the bundle's"

# No secret value anywhere: not in the reviews, not in the repository.
[ ! -e "$tmp/repo/secrets.env" ] && [ ! -e "$tmp/again/secrets.env" ]
ok $? "export writes no secrets.env"
grep -q "^SECRET_KEY=$canary" "$tmp/bundle/secrets.env" &&
  ! grep -rlF "$canary" "$tmp/review.md" "$tmp/review.html" "$tmp/repo" "$tmp/again" >"$tmp/log" &&
  ! grep -qF "$canary" "$tmp/review.txt" 2>/dev/null
ok $? "the secret's value is in no review (md, html, pdf text) and no exported file"

echo "1..$n"
exit $failed
