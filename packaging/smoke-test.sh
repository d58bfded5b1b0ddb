#!/usr/bin/env bash
# Smoke test of the Linux package, as IT staff would install it: build the .deb, check it (lintian with only
# the overridden tags, desktop-file-validate, appstreamcli validate --no-net), install it with apt-get (its
# dependencies come from Debian), run `link-atlas` from the PATH (--version, --help, --self-check and a route
# PDF offline), start the window under Xvfb until its first map frame with links and take a screenshot that
# must not be blank, then remove and purge the package and check that nothing of it is left.
# Needs root (apt-get) and: lintian desktop-file-utils appstream xvfb xauth imagemagick file (see .ci/run).
# Usage: packaging/smoke-test.sh [--no-build]     (exit 0 = passed)
#   SHOT=FILE keeps the window's screenshot (default target/installed-window.png)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q -Ppackage package -DskipTests
fi
[ "$(id -u)" = 0 ] || { echo "smoke test: needs root for apt-get install" >&2; exit 2; }
deb=$(ls target/installer/link-atlas_*_amd64.deb | head -n 1)
shot=${SHOT:-target/installed-window.png}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
version=$(dpkg-deb -f "$deb" Version)
upstream=${version%-*}
echo "package: $deb ($(du -h "$deb" | cut -f1)), version $version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- the package itself -----------------------------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgtk-3-0 libgl1 libxtst6; do
  case "$depends" in *"$lib"*) ;; *) fail "Depends lacks $lib: $depends" ;; esac
done
ok "Depends names libgtk-3-0, libgl1, libxtst6"
# every tag lintian emits must be overridden (packaging/linux/lintian-overrides; the list is in packaging/README.md)
lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || true
if grep -E '^[EWX]: ' "$work/lintian.txt"; then fail "lintian reports tags that are not overridden"; else ok "lintian: only overridden tags"; fi
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.linkatlas.LinkAtlas.desktop" && ok "desktop-file-validate" \
  || fail "desktop-file-validate"
grep -q '^Name\[vi\]=' "$work/root/usr/share/applications/org.linkatlas.LinkAtlas.desktop" \
  && grep -q '^Comment\[vi\]=' "$work/root/usr/share/applications/org.linkatlas.LinkAtlas.desktop" \
  && ok "menu entry has Name[vi] and Comment[vi]" || fail "menu entry lacks Name[vi] or Comment[vi]"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.linkatlas.LinkAtlas.metainfo.xml" && ok "appstreamcli validate" \
  || fail "appstreamcli validate"
head -1 "$work/root/usr/share/doc/link-atlas/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
  && ok "DEP-5 copyright" || fail "copyright is not DEP-5"

# --- install from the file; apt resolves the dependencies from Debian -------------------------------------
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || true
apt-get install -y -q "./$deb" >"$work/apt-install.log" 2>&1 || { cat "$work/apt-install.log" >&2; fail "apt-get install"; exit 1; }
ok "apt-get install ./$(basename "$deb")"
[ "$(command -v link-atlas)" = /usr/bin/link-atlas ] && ok "link-atlas is on the PATH (/usr/bin)" || fail "link-atlas is not /usr/bin/link-atlas"
echo "installed size: $(du -sh /opt/link-atlas | cut -f1)"

# a planner's laptop: a fresh user folder, and no network for the headless commands
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
offline=()
if unshare -n true 2>/dev/null; then offline=( unshare -n ); fi
# --version and --help must not open a window: no DISPLAY, and a time limit
if out=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 30 link-atlas --version 2>&1) && grep -q "$upstream" <<<"$out"; then
  ok "link-atlas --version: $out"
else
  fail "link-atlas --version did not print $upstream and exit 0 (the cli branch implements --version): $(head -c 300 <<<"$out")"
fi
if out=$(env -u DISPLAY -u WAYLAND_DISPLAY timeout 30 link-atlas --help 2>&1) && grep -q -- "--self-check" <<<"$out"; then
  ok "link-atlas --help"
else
  fail "link-atlas --help: $(head -c 300 <<<"$out")"
fi
"${offline[@]}" link-atlas --self-check && ok "link-atlas --self-check (offline)" || fail "link-atlas --self-check"
# the installed app makes a route summary PDF offline (PDFBox, the bundled font, the offline map)
"${offline[@]}" link-atlas summary --from "Hiệp Hòa" --to "Phổ Yên" --planned --lang vi --pdf "$work/route.pdf" >/dev/null \
  && head -c 5 "$work/route.pdf" | grep -q '%PDF-' && ok "route summary PDF ($(du -h "$work/route.pdf" | cut -f1))" \
  || fail "no route summary PDF"

# --- the window under Xvfb, started from the PATH: wait for the first map frame with links, take a screenshot --
cat > "$work/window.sh" <<'INNER'
#!/usr/bin/env bash
# runs inside xvfb-run: $1 = log, $2 = screenshot
link-atlas 2>"$1" &
pid=$!
for _ in $(seq 1 360); do
  grep -q "first map frame with links" "$1" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
found=1
if grep -q "first map frame with links" "$1"; then
  found=0
  sleep 3   # the basemap tiles around the links finish
  import -window root "$2"
fi
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exit $found
INNER
chmod +x "$work/window.sh"
mkdir -p "$(dirname "$shot")"
if xvfb-run -a -s "-screen 0 1400x900x24" "$work/window.sh" "$work/window.log" "$shot"; then
  ok "window: $(grep -o 'first map frame with links.*' "$work/window.log")"
  # a blank or one-colour frame has few colours and almost no spread
  colours=$(identify -format '%k' "$shot")
  spread=$(convert "$shot" -colorspace Gray -format '%[fx:int(1000*standard_deviation)]' info:)
  if [ "$colours" -gt 200 ] && [ "$spread" -gt 30 ]; then ok "screenshot $shot: $colours colours, spread $spread/1000"
  else fail "screenshot looks blank: $colours colours, spread $spread/1000"; fi
else
  fail "the window showed no map frame with links: $(tail -5 "$work/window.log")"
fi

# --- remove, then purge: nothing of the app is left --------------------------------------------------------
left() {
  for p in /opt/link-atlas /usr/bin/link-atlas /usr/share/applications/org.linkatlas.LinkAtlas.desktop \
           /usr/share/metainfo/org.linkatlas.LinkAtlas.metainfo.xml /usr/share/icons/hicolor/256x256/apps/link-atlas.png \
           /usr/share/icons/hicolor/48x48/apps/link-atlas.png /usr/share/icons/hicolor/128x128/apps/link-atlas.png \
           /usr/share/doc/link-atlas /usr/share/man/man1/link-atlas.1.gz /usr/share/lintian/overrides/link-atlas; do
    if [ -e "$p" ] || [ -L "$p" ]; then echo "$p"; fi
  done
}
apt-get remove -y -q link-atlas >/dev/null 2>&1 || fail "apt-get remove"
rest=$(left)
[ -z "$rest" ] && ok "apt-get remove leaves none of the package's files" || fail "left after remove: $rest"
# the package ships no conffiles, so remove already leaves dpkg nothing to keep; apt no longer knows a package
# installed from a file once it is removed ("Unable to locate package"), so the purge goes through dpkg
dpkg --purge link-atlas >/dev/null 2>&1 || fail "dpkg --purge"
state=$(dpkg-query -W -f '${db:Status-Abbrev}' link-atlas 2>/dev/null || true)
if [ -z "$(left)" ] && { [ -z "${state// /}" ] || [ "${state:0:2}" = "un" ]; }; then
  ok "purged: dpkg knows nothing of link-atlas"
else
  fail "after purge: dpkg state '$state', files: $(left)"
fi

if [ "$failures" -gt 0 ]; then echo "smoke test: $failures FAILED" >&2; exit 1; fi
echo "smoke test: OK"
