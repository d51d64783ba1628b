#!/bin/sh
# test-gui-open.sh PODLIFT-GUI — the GUI program started as the desktop
# and `podlift BUNDLE` start it: with a bundle on its command line, it
# opens a window titled after the project and keeps running. TAP; needs
# a display (make test runs the suites under Xvfb).
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

gui=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cp -r "$PODLIFT_EXAMPLES_DIR/shopfront" "$tmp/shop"

"$gui" "$tmp/shop" >"$tmp/out" 2>"$tmp/err" &
pid=$!
found=1
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
  sleep 0.5
  kill -0 $pid 2>/dev/null || break
  if xwininfo -root -tree 2>/dev/null | grep -q '"Shopfront'; then
    found=0
    break
  fi
done
kill -0 $pid 2>/dev/null
running=$?
kill $pid 2>/dev/null
wait $pid 2>/dev/null

ok $running "podlift-gui BUNDLE keeps running"
ok $found "podlift-gui BUNDLE opens a window for the bundle"
# (without a session bus GTK says so; that is the machine, not Podlift)
! grep "CRITICAL\|WARNING" "$tmp/err" | grep -qv "session bus"
ok $? "and says nothing alarming"
sed 's/^/# /' "$tmp/err" | head -n 10

echo "1..$n"
exit $failed
