#!/bin/sh
# test-cli.sh PODLIFT — the command line, as a user runs it. TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "1..16"

run 0 --help && grep -q "new BUNDLE" "$tmp/out" && grep -q "Exit status" "$tmp/out"
ok $? "--help lists the commands and exit statuses"

run 0 --version && grep -qx "podlift [0-9][0-9.]*" "$tmp/out"
ok $? "--version prints the version"

run 0 new "$tmp/shop" && [ -f "$tmp/shop/podlift.json" ] && grep -q '"format" : 1' "$tmp/shop/podlift.json"
ok $? "new creates a bundle with format 1"

grep -qx "secrets.env" "$tmp/shop/.gitignore"
ok $? "new keeps secrets.env out of git"

cp "$tmp/shop/podlift.json" "$tmp/before.json"
run 2 new "$tmp/shop" && one_line_error ".*already holds a Podlift bundle" && cmp -s "$tmp/before.json" "$tmp/shop/podlift.json"
ok $? "new refuses to replace a bundle, in one line, and leaves it alone"

run 2 new && one_line_error "new: give one BUNDLE"
ok $? "new without a folder is a usage error"

run 2 frobnicate && one_line_error "unknown command “frobnicate”"
ok $? "an unknown command is a one-line error with status 2"

run 2 --frob && one_line_error "unknown option"
ok $? "an unknown option is a one-line error with status 2"

# podlift hands bundles to podlift-gui; a stand-in records how it was called.
cat >"$tmp/fake-gui" <<'EOS'
#!/bin/sh
echo "gui called with: $*"
EOS
chmod +x "$tmp/fake-gui"

PODLIFT_GUI="$tmp/fake-gui" run 0 "$tmp/shop" && grep -qx "gui called with: $tmp/shop" "$tmp/out"
ok $? "podlift BUNDLE opens the bundle in the GUI"

(cd "$tmp" && PODLIFT_GUI="$tmp/fake-gui" "$podlift" shop >"$tmp/out" 2>"$tmp/err") && grep -qx "gui called with: $tmp/shop" "$tmp/out"
ok $? "a relative bundle path reaches the GUI as an absolute one"

PODLIFT_GUI="$tmp/fake-gui" run 0 && grep -qx "gui called with: " "$tmp/out"
ok $? "podlift alone opens the GUI"

mkdir "$tmp/empty"
PODLIFT_GUI="$tmp/fake-gui" run 2 "$tmp/empty" && one_line_error ".*podlift.json is missing" && [ ! -s "$tmp/out" ]
ok $? "a folder without podlift.json is a one-line error, and no window"

mkdir "$tmp/broken"
printf '{\n  "format": 1,\n  "knowledge": {\n    "port": \n' >"$tmp/broken/podlift.json"
PODLIFT_GUI="$tmp/fake-gui" run 2 "$tmp/broken" && one_line_error ".*podlift.json:[45]:" && [ ! -s "$tmp/out" ]
ok $? "a truncated podlift.json names the file and the line"

printf '\177ELF\0\0\0binary' >"$tmp/broken/podlift.json"
PODLIFT_GUI="$tmp/fake-gui" run 2 "$tmp/broken" && one_line_error ".*podlift.json:1: the file is not text"
ok $? "a binary podlift.json is a one-line error"

PODLIFT_GUI="$tmp/fake-gui" run 2 "$tmp/does/not/exist" && one_line_error ".*is not a Podlift bundle"
ok $? "a missing bundle is a one-line error"

# The command line must run where there is no desktop stack.
if command -v ldd >/dev/null; then
  ! ldd "$podlift" | grep -Eq 'libgtk|libadwaita|libgtksourceview'
  ok $? "podlift does not link GTK, libadwaita or GtkSourceView"
else
  echo "ok 16 # SKIP ldd not found"
fi

exit $failed
