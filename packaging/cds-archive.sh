#!/usr/bin/env bash
# Class-data sharing for the app image (decision 0011): records the classes a start loads, dumps them into one
# static CDS archive beside the jars (lib/app/link-atlas.jsa) and adds -XX:SharedArchiveFile to the launcher's
# options. Run by the Maven profile 'package' on Linux between the app image and the .deb.
#
# Why a static archive: jlink (JDK 17) does not copy the JDK's default CDS archive into the runtime it links,
# and -XX:ArchiveClassesAtExit needs one ("base CDS archive is not loaded"). A class list from training runs
# plus -Xshare:dump gives one archive holding the JDK's and the app's classes.
# Training: --self-check (store, offline tile, SQLite), then, when xvfb-run is there, the window up to its
# first map frame with links (the app logs it), under a throw-away user folder and with no network needed.
# Usage: packaging/cds-archive.sh APP_IMAGE_DIR     (e.g. target/installer/link-atlas)
set -euo pipefail
app=$(cd "$1" && pwd)
launcher="$app/bin/link-atlas"
cfg="$app/lib/app/link-atlas.cfg"
archive="$app/lib/app/link-atlas.jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
home="-Duser.home=$work/home"

sed -i '/-XX:SharedArchiveFile=/d' "$cfg"   # an earlier run's option: the training runs must not use an archive
rm -f "$archive"

JAVA_TOOL_OPTIONS="$home -XX:DumpLoadedClassList=$work/self-check.lst" "$launcher" --self-check >/dev/null 2>"$work/self-check.err" \
  || { cat "$work/self-check.err" >&2; echo "cds-archive: the training --self-check failed" >&2; exit 1; }
lists=("$work/self-check.lst")

if command -v xvfb-run >/dev/null 2>&1; then
  cat > "$work/window.sh" <<'INNER'
#!/usr/bin/env bash
# the window until it is complete, then a normal shutdown (SIGTERM runs the JVM's exit path)
"$1" 2>"$2" &
pid=$!
# the side panels come right after the first frame (decision 0019): wait for the whole window, so their
# classes are archived too
for _ in $(seq 1 240); do
  grep -q "window complete" "$2" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
sleep 1   # the tiles in view finish rendering
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true
grep -q "first map frame with links" "$2"
INNER
  chmod +x "$work/window.sh"
  if JAVA_TOOL_OPTIONS="$home -XX:DumpLoadedClassList=$work/window.lst" \
       xvfb-run -a -s "-screen 0 1400x900x24" "$work/window.sh" "$launcher" "$work/window.err"; then
    lists+=("$work/window.lst")
  else
    echo "cds-archive: the window training run did not reach its first frame; archiving --self-check's classes only" >&2
  fi
else
  echo "cds-archive: no xvfb-run; archiving --self-check's classes only" >&2
fi

awk '!seen[$0]++' "${lists[@]}" > "$work/classes.lst"
JAVA_TOOL_OPTIONS="$home -Xshare:dump -Xlog:cds=error -XX:SharedClassListFile=$work/classes.lst -XX:SharedArchiveFile=$archive" \
  "$launcher" --self-check >"$work/dump.out" 2>&1 || { cat "$work/dump.out" >&2; exit 1; }
[ -s "$archive" ] || { echo "cds-archive: no archive written" >&2; exit 1; }
chmod 644 "$archive"
# $APPDIR is the launcher's own lib/app folder; the JVM ignores (with -Xshare:auto, the default) an archive that
# does not match its runtime or class path, so a stale archive costs start-up time, never a failed start
sed -i "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=\$APPDIR/link-atlas.jsa" "$cfg"
echo "cds-archive: $(grep -vc '^#' "$work/classes.lst") classes, $(du -h "$archive" | cut -f1) in $archive"
