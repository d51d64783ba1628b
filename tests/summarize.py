#!/usr/bin/env python3
# summarize.py TESTLOG… — counts every test case of meson's test logs.
#
# A TAP test executable holds many cases: each "ok"/"not ok" line counts,
# so the closing line speaks of behaviours, not of executables.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys

passed = failed = skipped = 0

for path in sys.argv[1:]:
    try:
        log = open(path, encoding="utf-8")
    except OSError:
        print(f"{path}: missing, counted as one failure")
        failed += 1
        continue
    with log:
        for line in log:
            entry = json.loads(line)
            cases = 0
            for out in entry.get("stdout", "").splitlines():
                m = re.match(r"^(not ok|ok)\b(.*)", out)
                if not m:
                    continue
                cases += 1
                if m.group(1) == "not ok" and "# TODO" not in m.group(2):
                    failed += 1
                elif "# SKIP" in m.group(2):
                    skipped += 1
                else:
                    passed += 1
            if cases == 0:
                # A test that prints no TAP (or crashed before it) counts once.
                result = entry.get("result")
                if result == "OK":
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
            elif entry.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL"):
                # It printed cases, then crashed or timed out.
                failed += 1

print(f"{passed} passed, {failed} failed, {skipped} skipped")
