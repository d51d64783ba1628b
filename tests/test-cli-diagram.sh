#!/bin/sh
# test-cli-diagram.sh PODLIFT — `podlift render BUNDLE --diagram FILE`, as
# a user runs it. TAP output.
#
# Copyright 2026 The Podlift developers
# SPDX-License-Identifier: GPL-3.0-or-later

. "$(dirname "$0")/tap.sh"

podlift=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# is_png FILE : the PNG signature, and the IHDR's size printed as WxH
png_size () {
  python3 -c '
import struct, sys
data = open(sys.argv[1], "rb").read(24)
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit(1)
print("%dx%d" % struct.unpack(">II", data[16:24]))
' "$1"
}

# svg_names FILE NAME… : well-formed XML whose text names every NAME
svg_names () {
  python3 -c '
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
text = "".join(root.itertext())
sys.exit(0 if root.tag.endswith("svg") and all(n in text for n in sys.argv[2:]) else 1)
' "$@"
}

echo "1..8"

cp -R "$PODLIFT_EXAMPLES_DIR/shopfront" "$tmp/shop"
cp -R "$tmp/shop" "$tmp/before"

run 0 render --help && grep -q -- "--diagram=FILE" "$tmp/out"
ok $? "render --help tells of --diagram"

run 0 render "$tmp/shop" --diagram "$tmp/shop.svg" &&
  [ "$(cat "$tmp/out")" = "$tmp/shop.svg" ] && diff -r "$tmp/before" "$tmp/shop" >/dev/null &&
  svg_names "$tmp/shop.svg" shopfront-config shopfront-secrets shopfront-media shopfront-nightly-maintenance
ok $? "--diagram alone writes the SVG diagram, names every resource, and leaves the bundle alone"

run 0 render "$tmp/shop" --diagram "$tmp/shop.png" && size=$(png_size "$tmp/shop.png") &&
  [ "${size%x*}" -ge 1600 ] && [ "${size#*x}" -ge 900 ]
ok $? "--diagram FILE.png writes a PNG at twice the natural size ($size)"

run 0 render "$tmp/shop" --diagram "$tmp/both.svg" --out "$tmp/deploy" &&
  [ -f "$tmp/both.svg" ] && [ -f "$tmp/deploy/base/deployment.yaml" ] &&
  grep -qx "$tmp/deploy/base/deployment.yaml" "$tmp/out" && grep -qx "$tmp/both.svg" "$tmp/out"
ok $? "--diagram with --out writes the manifests too, and lists both"

run 0 render "$tmp/shop" --diagram "$tmp/yaml.svg" --format yaml &&
  [ -f "$tmp/yaml.svg" ] && ls "$tmp/shop/deploy/manifests/"*deployment.yaml >/dev/null &&
  grep -q "^$tmp/shop/deploy/manifests/.*deployment.yaml$" "$tmp/out"
ok $? "--diagram with --format writes the manifests into the bundle's deploy/"

run 2 render "$tmp/shop" --diagram "$tmp/shop.pdf" && one_line_error ".*shop.pdf: the diagram is written as .svg or .png" &&
  [ ! -e "$tmp/shop.pdf" ]
ok $? "another extension is a one-line error, and no file"

run 2 render "$tmp/shop" --diagram "$tmp/no/such/folder/d.svg" && one_line_error ".*" && [ ! -s "$tmp/out" ]
ok $? "a diagram into a missing folder is a one-line error"

if command -v ldd >/dev/null; then
  ! ldd "$podlift" | grep -q -e "libgtk" -e "libadwaita"
  ok $? "podlift draws the diagram without linking GTK"
else
  ok 0 "podlift draws the diagram without linking GTK # SKIP no ldd"
fi

exit $failed
