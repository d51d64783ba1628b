# tap.sh — what the shell tests share: TAP cases and running podlift.
# Sourced, before any cd, as
#
#   . "$(dirname "$0")/tap.sh"
#
# (meson runs each test by its path). run and one_line_error use the
# test's $podlift and $tmp, read when they are called.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

n=0
failed=0

# ok STATUS DESCRIPTION : a case, passed when STATUS is 0
ok () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}

# skip REASON : a case that cannot run here
skip () {
  n=$((n + 1))
  echo "ok $n # SKIP $1"
}

# skip_validator DESCRIPTION REASON : a case whose validator is missing;
# it fails instead when PODLIFT_REQUIRE_VALIDATORS is set (`make test`)
skip_validator () {
  n=$((n + 1))
  if [ -n "${PODLIFT_REQUIRE_VALIDATORS:-}" ]; then
    echo "not ok $n - $1 # $2"
    failed=1
  else
    echo "ok $n - $1 # SKIP $2"
  fi
}

# run EXPECTED_STATUS ARGS… : runs podlift, keeps stdout/stderr in $tmp;
# another exit status is a failure, explained in TAP comments
run () {
  expected=$1; shift
  "$podlift" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  [ "$status" = "$expected" ] && return 0
  echo "# exit status $status, expected $expected: $*"
  sed 's/^/# /' "$tmp/out" "$tmp/err" | head -n 30
  return 1
}

# one_line_error MESSAGE : standard error is one line, "podlift: MESSAGE…"
one_line_error () {
  [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "^podlift: $1" "$tmp/err"
}
