#!/usr/bin/env bash
# The window with one link's details shown, screenshotted: shoot-window.sh, maximized, with the search box
# (Ctrl+F) given QUERY and Enter picking its first match, as a user would.
#   docs/tools/shoot-details.sh OUT.png LANG(en|vi) QUERY [SECONDS]   (QUERY in ASCII: xdotool cannot type ồ; the search folds diacritics)
# Needs xdotool (apt-get install xdotool) besides what shoot-window.sh needs.
set -euo pipefail
out=${1:?usage: shoot-details.sh OUT.png en|vi QUERY [SECONDS]}; lang=${2:?language}; query=${3:?query}
q=$(printf '%q' "$query")
export ACTIONS="xdotool search --sync --name 'Link Atlas' windowactivate --sync >/dev/null 2>&1 || true
  xdotool key ctrl+f; sleep 0.5; xdotool type --delay 60 $q; sleep 1; xdotool key Return; sleep 3"
exec "$(dirname "$0")/shoot-window.sh" "$out" "$lang" maximized "${4:-20}"
