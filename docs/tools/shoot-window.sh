#!/usr/bin/env bash
# The installed-style window under a real window manager (openbox) in a virtual screen, screenshotted.
#   docs/tools/shoot-window.sh OUT.png LANG(en|vi) [maximized] [SECONDS]
# ACTIONS='xdotool …' runs in the virtual screen once the window is up, before the picture.
# SCREEN=WxHxD sets the screen (default 1400x900x24); SIZE=WxH a remembered window size. A fresh user folder each run (no remembered size),
# only the language (and maximized) pre-set in its settings.properties. The app's log goes to OUT.log:
# its line "first map frame with links … map W×H in a window W×H" gives the map's share of the window.
set -euo pipefail
out=${1:?usage: shoot-window.sh OUT.png en|vi [maximized] [SECONDS]}; lang=${2:?language}
max=false; [ "${3:-}" = maximized ] && max=true
wait=${4:-20}
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT   # a fresh user folder, removed after
mkdir -p "$home/.local/share/link-atlas"
printf 'language=%s\nwindow.maximized=%s\n' "$lang" "$max" > "$home/.local/share/link-atlas/settings.properties"
# SIZE=WxH: a remembered window size (a first start on a screen of 1400x900 or less opens maximized)
if [ -n "${SIZE:-}" ]; then
  printf 'window.width=%s\nwindow.height=%s\nwindow.x=0\nwindow.y=0\n' "${SIZE%x*}" "${SIZE#*x}" \
    >> "$home/.local/share/link-atlas/settings.properties"
fi
here=$(cd "$(dirname "$0")/../.." && pwd)
xvfb-run -a -s "-screen 0 ${SCREEN:-1400x900x24}" bash -c '
  openbox >/dev/null 2>&1 & wm=$!
  sleep 1
  unshare -n java -Duser.home="$1" -jar "$2/target/link-atlas.jar" >"$3.log" 2>&1 & pid=$!
  sleep "$4"
  eval "${ACTIONS:-}"   # what a user does before the picture (shoot-details.sh: a search)
  import -window root "$3"
  kill $pid $wm 2>/dev/null; wait $pid 2>/dev/null || true' _ "$home" "$here" "$out" "$wait"
grep -h "first map frame" "$out.log" || true
echo "screenshot: $out"
