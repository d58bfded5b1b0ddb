#!/usr/bin/env bash
# Smoke test of the Linux installer: build the .deb, unpack it into a temporary root (no install, no root
# needed for that), run the unpacked launcher's --self-check with the network cut, and check the Depends field.
# Usage: packaging/smoke-test.sh [--no-build]   (exit 0 = passed)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q -Ppackage package -DskipTests
fi
deb=$(ls target/installer/link-atlas_*_amd64.deb | head -n 1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgtk-3-0 libgl1 libxtst6; do
  case "$depends" in
    *"$lib"*) ;;
    *) echo "FAIL: Depends lacks $lib: $depends" >&2; exit 1 ;;
  esac
done
echo "Depends: ok (libgtk-3-0, libgl1, libxtst6 present)"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
echo "installed size: $(du -sh "$root/opt/link-atlas" | cut -f1)"
launcher="$root/opt/link-atlas/bin/Link Atlas"
offline=()
if unshare -n true 2>/dev/null; then
  offline=( unshare -n )   # offline, as on a planner's laptop
fi
"${offline[@]}" "$launcher" --self-check
# the installed app makes a route summary PDF offline (PDFBox, the bundled font, the offline map)
"${offline[@]}" "$launcher" summary --from "Hiệp Hòa" --to "Phổ Yên" --planned --lang vi --pdf "$root/route.pdf" >/dev/null
head -c 5 "$root/route.pdf" | grep -q '%PDF-' || { echo "FAIL: no PDF written" >&2; exit 1; }
echo "route summary PDF: ok ($(du -h "$root/route.pdf" | cut -f1))"
echo "smoke test: OK"
