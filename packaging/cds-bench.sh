#!/usr/bin/env bash
# Start-up with and without the app's CDS archive, measured in the same run (decision 0011).
#  1. hyperfine on `link-atlas --self-check`: -Xshare:off (the app as jpackage makes it: its jlinked runtime has
#     no CDS archive at all) against -Xshare:auto (the archive named in the launcher's options).
#  2. the window under Xvfb, fresh user folder each run, alternating: milliseconds from process start to the
#     first map frame with links (the app logs it); medians and the ratio.
# Usage: packaging/cds-bench.sh [APP_DIR (default /opt/link-atlas)] [RUNS (default 7)]
set -euo pipefail
app=${1:-/opt/link-atlas}
runs=${2:-7}
launcher="$app/bin/link-atlas"
grep -q SharedArchiveFile "$app/lib/app/link-atlas.cfg" || { echo "no CDS archive in $app's launcher options" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
"$launcher" --self-check >/dev/null   # the user folder exists: every timed run does the same work

echo "== --self-check (hyperfine, $runs runs each)"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/self-check.json" \
  -n "no CDS" "env JAVA_TOOL_OPTIONS=-Xshare:off $launcher --self-check" \
  -n "AppCDS" "env JAVA_TOOL_OPTIONS=-Xshare:auto $launcher --self-check" 2>&1 | grep -v "Picked up"

cat > "$work/first-frame.sh" <<'INNER'
#!/usr/bin/env bash
# one start of the window: prints the logged milliseconds to the first map frame with links
export XDG_DATA_HOME=$(mktemp -d) XDG_CACHE_HOME=$(mktemp -d)
JAVA_TOOL_OPTIONS="$2" "$1" 2>"$XDG_DATA_HOME/err" &
pid=$!
for _ in $(seq 1 240); do
  grep -q "first map frame with links" "$XDG_DATA_HOME/err" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
sed -n 's/.*first map frame with links \([0-9,.]*\) ms.*/\1/p' "$XDG_DATA_HOME/err" | tr -d ',.'
rm -rf "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
INNER
chmod +x "$work/first-frame.sh"
cat > "$work/windows.sh" <<INNER
#!/usr/bin/env bash
for i in \$(seq 1 $runs); do
  echo "off \$("$work/first-frame.sh" "$launcher" -Xshare:off)"
  echo "on \$("$work/first-frame.sh" "$launcher" -Xshare:auto)"
done
INNER
chmod +x "$work/windows.sh"
echo "== window, first map frame with links (ms from process start; $runs runs each, alternating, fresh user folder)"
xvfb-run -a -s "-screen 0 1400x900x24" "$work/windows.sh" > "$work/frames.txt"
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "none"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
off=$(awk '$1=="off" && $2!="" {print $2}' "$work/frames.txt" | median)
on=$(awk '$1=="on" && $2!="" {print $2}' "$work/frames.txt" | median)
echo "no CDS: $(awk '$1=="off" {printf "%s ", $2}' "$work/frames.txt")-> median $off ms"
echo "AppCDS: $(awk '$1=="on" {printf "%s ", $2}' "$work/frames.txt")-> median $on ms"
awk -v a="$on" -v b="$off" 'BEGIN { if (b > 0) printf "ratio AppCDS / no CDS: %.2f\n", a / b }'
