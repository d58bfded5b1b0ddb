#!/usr/bin/env bash
# Turns jpackage's .deb into a package laid out as Debian expects of a desktop application (decision 0011).
# jpackage (JDK 17) can only place files under its install directory (/opt/link-atlas) and has no option for
# any of what follows, so the .deb is unpacked (dpkg-deb -R), completed and rebuilt (fakeroot dpkg-deb -b):
#  - /usr/bin/link-atlas, a symlink to the launcher (the launcher finds its folder through
#    /proc/self/exe, so a symlink works), and its manual page;
#  - /usr/share/doc/link-atlas/copyright (DEP-5: the app and every data source's licence) and
#    changelog.Debian.gz, instead of jpackage's copy of the GPL in /opt/link-atlas/share/doc;
#  - the menu entry in /usr/share/applications (English and Vietnamese), the icon in the hicolor theme and the
#    AppStream metainfo in /usr/share/metainfo. Debian's triggers update the menu and icon caches, so the
#    package needs no maintainer scripts: jpackage's four do nothing and are dropped;
#  - shared libraries and executables stripped (strip --strip-unneeded, as dh_strip does) and the libraries
#    not executable;
#  - the control file: a synopsis and an extended description, Depends without repeats, md5sums;
#  - lintian overrides for the tags that follow from the /opt layout and the bundled runtime.
# Usage: packaging/debianize.sh DEB|DIR   (rewrites the .deb in place; DIR: the one link-atlas_*.deb in it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src="$here/linux"
if [ -d "$1" ]; then
  set -- "$(find "$1" -maxdepth 1 -name 'link-atlas_*.deb' | head -n 1)"
  [ -n "$1" ] || { echo "debianize: no link-atlas_*.deb found" >&2; exit 1; }
fi
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pkg=link-atlas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -R "$deb" "$root"

version=$(sed -n 's/^Version: //p' "$root/DEBIAN/control")
top=$(sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' "$src/changelog")
[ "$top" = "$version" ] || { echo "debianize: packaging/linux/changelog starts with $top, the package is $version: add an entry" >&2; exit 1; }

rm -f "$root/DEBIAN/preinst" "$root/DEBIAN/postinst" "$root/DEBIAN/prerm" "$root/DEBIAN/postrm"
rm -rf "$root/opt/$pkg/share"   # jpackage's copyright: the GPL text alone, in a place nobody looks

install -d "$root/usr/bin"
ln -s "/opt/$pkg/bin/$pkg" "$root/usr/bin/$pkg"   # absolute: it crosses top-level folders (Policy 10.5)
install -D -m 644 "$src/copyright" "$root/usr/share/doc/$pkg/copyright"
gzip -9n < "$src/changelog" > "$work/changelog.Debian.gz"
install -D -m 644 "$work/changelog.Debian.gz" "$root/usr/share/doc/$pkg/changelog.Debian.gz"
gzip -9n < "$src/$pkg.1" > "$work/$pkg.1.gz"
install -D -m 644 "$work/$pkg.1.gz" "$root/usr/share/man/man1/$pkg.1.gz"
install -D -m 644 "$src/org.linkatlas.LinkAtlas.desktop" "$root/usr/share/applications/org.linkatlas.LinkAtlas.desktop"
install -D -m 644 "$src/org.linkatlas.LinkAtlas.metainfo.xml" "$root/usr/share/metainfo/org.linkatlas.LinkAtlas.metainfo.xml"
install -D -m 644 "$src/lintian-overrides" "$root/usr/share/lintian/overrides/$pkg"
install -D -m 644 "$here/icons/$pkg.png" "$root/usr/share/icons/hicolor/256x256/apps/$pkg.png"
if command -v convert >/dev/null 2>&1; then   # smaller sizes for menus and panels (ImageMagick)
  for size in 48 128; do
    install -d "$root/usr/share/icons/hicolor/${size}x${size}/apps"
    convert "$here/icons/$pkg.png" -resize "${size}x${size}" -strip "PNG32:$root/usr/share/icons/hicolor/${size}x${size}/apps/$pkg.png"
    chmod 644 "$root/usr/share/icons/hicolor/${size}x${size}/apps/$pkg.png"
  done
fi

# strip what carries symbols; shared libraries are not executables
while IFS= read -r -d '' f; do
  case "$(file -b "$f")" in
    ELF*shared\ object*|ELF*executable*|ELF*pie\ executable*)
      strip --strip-unneeded --remove-section=.comment --remove-section=.note "$f"
      case "$f" in *.so) chmod 644 "$f" ;; esac ;;
  esac
done < <(find "$root/opt" -type f -print0)

# control: synopsis, extended description, each dependency once, sizes and md5sums recomputed
desc_file="$work/description"
cat > "$desc_file" <<'DESC'
Description: map explorer of infrastructure agreements in northern Vietnam
 Link Atlas shows the roads, bridges, railways, waterways and ports that
 provinces of northern Vietnam have agreed to build, upgrade or restore, and
 the agreements and commitments behind each one, every one quoted from its
 source article.
 .
 The map is complete without a network: the basemap is drawn by the
 application from open vector data shipped with it (GSHHG, Natural Earth,
 GeoNames, administrative boundaries). It offers search without diacritics,
 filters by status, kind, province, agreement and year, route summaries over
 existing and planned links, and exports as PDF, GeoJSON and CSV. The
 interface is in English and Vietnamese.
 .
 The package holds its own Java runtime and JavaFX in /opt/link-atlas; the
 command is link-atlas.
DESC
depends=$(sed -n 's/^Depends: //p' "$root/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | awk 'NF && !seen[$0]++' | paste -sd, - | sed 's/,/, /g')
awk -v depends="$depends" '
  /^Description:/ { skip = 1; next }
  skip && /^ / { next }
  { skip = 0 }
  /^Provides: link-atlas$/ { next }
  /^Depends:/ { print "Depends: " depends; next }
  /^Installed-Size:/ { next }
  /^[[:space:]]*$/ { next }
  { print }
' "$root/DEBIAN/control" > "$work/control"
echo "Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)" >> "$work/control"
cat "$desc_file" >> "$work/control"
install -m 644 "$work/control" "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"

find "$root" -type d -exec chmod 755 {} +
fakeroot dpkg-deb --root-owner-group -Zxz -b "$root" "$work/out.deb" >/dev/null
mv "$work/out.deb" "$deb"
echo "debianize: $deb ($(du -h "$deb" | cut -f1))"
