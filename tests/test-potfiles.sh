#!/bin/sh
# test-potfiles.sh SRCDIR — every file with translatable strings is listed
# in po/POTFILES.in, and every listed file exists. TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

cd "$1" || exit 1
echo "1..2"

missing=$(grep -rlE '[^a-z_]N?_\(\"|translatable="yes"' app ui data --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' |
  sort | while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
if [ -z "$missing" ]; then echo "ok 1 - every translatable file is in POTFILES.in"
else echo "not ok 1 - not in POTFILES.in: $missing"; fi

gone=$(grep -v '^#' po/POTFILES.in | grep . | while read -r f; do [ -f "$f" ] || echo "$f"; done)
if [ -z "$gone" ]; then echo "ok 2 - every file in POTFILES.in exists"
else echo "not ok 2 - listed but missing: $gone"; fi
