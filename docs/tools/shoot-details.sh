#!/usr/bin/env bash
# The window with one link's details shown, screenshotted: like shoot-window.sh, then the search box (Ctrl+F)
# is given QUERY and Enter picks its first match, as a user would.
#   docs/tools/shoot-details.sh OUT.png LANG(en|vi) QUERY [SECONDS]   (QUERY in ASCII: xdotool cannot type ồ; the search folds diacritics)
# Needs xdotool (apt-get install xdotool) besides Xvfb, openbox and ImageMagick's import.
set -euo pipefail
out=${1:?usage: shoot-details.sh OUT.png en|vi QUERY [SECONDS]}; lang=${2:?language}; query=${3:?query}
wait=${4:-20}
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT   # a fresh user folder, removed after
mkdir -p "$home/.local/share/link-atlas"
printf 'language=%s\nwindow.maximized=true\n' "$lang" > "$home/.local/share/link-atlas/settings.properties"
here=$(cd "$(dirname "$0")/../.." && pwd)
xvfb-run -a -s "-screen 0 ${SCREEN:-1400x900x24}" bash -c '
  openbox >/dev/null 2>&1 & wm=$!
  sleep 1
  unshare -n java -Duser.home="$1" -jar "$2/target/link-atlas.jar" >"$3.log" 2>&1 & pid=$!
  sleep "$4"
  xdotool search --sync --name "Link Atlas" windowactivate --sync >/dev/null 2>&1 || true
  xdotool key ctrl+f; sleep 0.5
  xdotool type --delay 60 "$5"; sleep 1
  xdotool key Return; sleep 3
  import -window root "$3"
  kill $pid $wm 2>/dev/null; wait $pid 2>/dev/null || true' _ "$home" "$here" "$out" "$wait" "$query"
echo "screenshot: $out"
