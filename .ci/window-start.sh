#!/usr/bin/env bash
# CI: the window starts from the clean clone, as a user starts it (java -jar, GTK glass, no Monocle), under Xvfb,
# with the packages the README's set-up line names. Passes when the first map frame with links is drawn within
# 90 s, the side panels built after it are in ("window complete"), and the window printed no exception. Needs target/link-atlas.jar (./mvnw verify or package made it).
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs="xvfb xauth libgtk-3-0 libxtst6 libgl1 libxxf86vm1"
missing=""
for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  apt-get update -q && apt-get install -y -q $missing
fi
[ -f target/link-atlas.jar ] || ./mvnw -B -ntp -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
marker="$work/first-frame.txt"
set +e
timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  java -Duser.home="$1" -Dlinkatlas.home="$1/home" -Dlinkatlas.cache="$1/cache" -Dlinkatlas.firstFrameFile="$2" \
       -jar target/link-atlas.jar >"$1/window.log" 2>&1 & pid=$!
  for _ in $(seq 1 900); do
    [ -s "$2" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  for _ in $(seq 1 300); do  # the side panels come right after the first frame
    grep -q "window complete" "$1/window.log" && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  sleep 1  # a moment past the start, then the log as the start left it (what the kill stirs up later is not the start)
  cp "$1/window.log" "$1/start.log"
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  [ -s "$2" ] && grep -q "window complete" "$1/start.log"' _ "$work" "$marker"
started=$?
set -e
if [ $started -ne 0 ] || grep -q "Exception" "$work/start.log"; then
  echo "window-start: FAILED: the window did not draw its first map frame with links and complete itself; its output:" >&2
  cat "$work/window.log" >&2
  exit 1
fi
echo "window-start: the window drew its first map frame with links, then completed (clean clone, Xvfb, GTK)"
grep -h "first map frame with links\|window complete" "$work/start.log" | sed 's/^/  /' 
