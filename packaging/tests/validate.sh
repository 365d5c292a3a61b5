#!/usr/bin/env bash
# packaging_validate (CTest): checks the packages packaging_build made, as a distribution would:
# desktop-file-validate, appstreamcli, lintian (no errors, no warnings that are not overridden
# and explained in packaging/README.md), the man page against `attune --help`, the icons, the
# dependencies, and the contents of the .rpm and .tar.gz.
set -euo pipefail
: "${ATTUNE_PACKAGE_DIR:?run through ctest}" "${ATTUNE_VERSION:?}" "${ATTUNE_BINARY:?}"
: "${ATTUNE_APPSTREAM_ID:?}"

failures=0
fail() {
    echo "packaging_validate: FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

shopt -s nullglob
debs=("$ATTUNE_PACKAGE_DIR"/attune_"$ATTUNE_VERSION"_*.deb)
rpms=("$ATTUNE_PACKAGE_DIR"/attune-"$ATTUNE_VERSION"-*.rpm)
tgzs=("$ATTUNE_PACKAGE_DIR"/attune-"$ATTUNE_VERSION"-linux-*.tar.gz)
[ ${#debs[@]} -eq 1 ] && [ ${#rpms[@]} -eq 1 ] && [ ${#tgzs[@]} -eq 1 ] || {
    echo "packaging_validate: FAIL: packages missing in $ATTUNE_PACKAGE_DIR (packaging_build)" >&2
    exit 1
}
deb=${debs[0]} rpm=${rpms[0]} tgz=${tgzs[0]}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -x "$deb" "$root"

echo "== control"
dpkg-deb -f "$deb" | tee "$work/control"
[ "$(dpkg-deb -f "$deb" Version)" = "$ATTUNE_VERSION" ] || fail "Version is not $ATTUNE_VERSION"
[ "$(dpkg-deb -f "$deb" Section)" = "comm" ] || fail "Section is not comm"
depends=$(dpkg-deb -f "$deb" Depends)
# libssl3, libpocketsphinx3, libqt6network6 and libqt6websockets6 come from the signing, speech
# and network modules, which the binary itself does not link; the recogniser's model is named
# (app/speech).
for needed in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins \
    libssl3 libpocketsphinx3 pocketsphinx-en-us libqt6network6 libqt6websockets6; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
pass "control fields and computed dependencies"

echo "== files"
for path in usr/bin/attune \
    usr/share/applications/attune.desktop \
    "usr/share/metainfo/$ATTUNE_APPSTREAM_ID.metainfo.xml" \
    usr/share/icons/hicolor/scalable/apps/attune.svg \
    usr/share/man/man1/attune.1.gz \
    usr/share/doc/attune/copyright usr/share/doc/attune/changelog.gz \
    usr/share/doc/attune/deployment.md usr/share/doc/attune/examples/Attune.conf \
    usr/lib/attune/modules/attune_history.so usr/lib/attune/modules/attune_signing.so \
    usr/lib/attune/modules/attune_speech.so usr/lib/attune/modules/attune_net.so; do
    [ -s "$root/$path" ] || fail "missing /$path"
done
for locale in en es de fr pt_BR; do
    for kind in phrases rubrics; do
        [ -s "$root/usr/share/attune/$kind/$locale.json" ] || fail "missing /usr/share/attune/$kind/$locale.json"
    done
done
for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/attune.png
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "bad icon $png: $(file -b "$png")"
done
file -b "$root/usr/bin/attune" | grep -q "ELF.*stripped" || fail "binary: $(file -b "$root/usr/bin/attune")"
pass "files and icons"

echo "== network module"
# Qt Network and WebSockets are the module's, loaded after the first frame (app/integration/
# NetModule.h): the binary must not name them, and nothing installed may search the build tree.
needed_libs=$(readelf -d "$root/usr/bin/attune" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
grep -Eq 'libQt6(Network|WebSockets)' <<<"$needed_libs" &&
    fail "the binary links Qt Network or WebSockets: $(tr '\n' ' ' <<<"$needed_libs")"
# The order the loader searches every symbol in (CMakeLists.txt): Qt Core, then the C runtime.
[ "$(head -n 2 <<<"$needed_libs" | tr '\n' ' ')" = "libQt6Core.so.6 libc.so.6 " ] ||
    fail "the binary names its libraries in another order: $(tr '\n' ' ' <<<"$needed_libs")"
readelf -d "$root/usr/lib/attune/modules/attune_net.so" | grep -q 'libQt6WebSockets' ||
    fail "attune_net.so does not link Qt WebSockets"
for elf in "$root/usr/bin/attune" "$root"/usr/lib/attune/modules/*.so; do
    runpath=$(readelf -d "$elf" | grep -E '\((RPATH|RUNPATH)\)' || true)
    [ -z "$runpath" ] || fail "$(basename "$elf") carries a search path: $runpath"
done
# The unpacked binary finds the module where an installed one does (../lib/attune/modules) and
# loads it once the WebSocket API is on (a default start never loads it): the API then listens,
# or says why it cannot (both from inside the module); without the module it says it cannot work.
nethome=$work/nethome
mkdir -p "$nethome/runtime" "$nethome/config/Attune" &&
    chmod 700 "$nethome/runtime" "$nethome/config" "$nethome/config/Attune"
printf '[api]\nwebsocketEnabled=true\nwebsocketPort=47653\n' >"$nethome/config/Attune/Attune.conf"
chmod 600 "$nethome/config/Attune/Attune.conf"
netout=$(env -i HOME="$nethome" XDG_CONFIG_HOME="$nethome/config" XDG_DATA_HOME="$nethome/data" \
    XDG_CONFIG_DIRS="$nethome/etc" XDG_RUNTIME_DIR="$nethome/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$root/usr/bin/attune" --exit-after-first-frame 2>&1 || true)
grep -qE "WebSocket API (listening|cannot listen)" <<<"$netout" && ! grep -q "cannot work" <<<"$netout" ||
    fail "the packaged attune_net.so did not load: $netout"
pass "network module installed, loadable, not linked by the binary"

echo "== desktop-file-validate"
desktop=$root/usr/share/applications/attune.desktop
if desktop-file-validate "$desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
grep -qx 'Exec=attune %u' "$desktop" || fail "the desktop file must run 'attune %u'"
grep -qx 'MimeType=x-scheme-handler/attune;' "$desktop" || fail "no attune:// handler"

echo "== appstreamcli validate --no-net"
if appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$ATTUNE_APPSTREAM_ID.metainfo.xml"; then
    pass "appstreamcli"
else
    fail "appstreamcli validate"
fi
grep -q "<release version=\"$ATTUNE_VERSION\"" "$root/usr/share/metainfo/$ATTUNE_APPSTREAM_ID.metainfo.xml" ||
    fail "the metainfo's release is not $ATTUNE_VERSION"

echo "== man page"
man_src=$work/attune.1
gzip -dc "$root/usr/share/man/man1/attune.1.gz" >"$man_src"
if warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man_src" 2>&1 >/dev/null) &&
    [ -z "$warnings" ]; then
    pass "man renders without warnings"
else
    fail "man page warnings: $warnings"
fi
# Every usage line of `attune --help` (in English, from a private home) is in the SYNOPSIS.
home=$work/home
mkdir -p "$home/runtime"
chmod 700 "$home/runtime"
usage=$(env -i HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_DIRS="$home/etc" XDG_RUNTIME_DIR="$home/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    "$ATTUNE_BINARY" --help |
    sed -n '/^Usage:/,/^$/p' | sed -n 's/^  attune/attune/p')
[ -n "$usage" ] || fail "could not read the usage from attune --help"
synopsis=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$man_src" | sed -e 's/\\f[BIR]//g' -e 's/\\-/-/g')
while IFS= read -r line; do
    grep -qxF "$line" <<<"$synopsis" || fail "the man page's SYNOPSIS lacks: $line"
done <<<"$usage"
pass "man SYNOPSIS matches attune --help ($(wc -l <<<"$usage") lines)"

echo "== lintian"
# Errors and warnings fail; each override in the package is explained in packaging/README.md.
if lintian --fail-on error,warning --display-info --show-overrides "$deb" | tee "$work/lintian"; then
    pass "lintian: $(grep -c '^[EW]:' "$work/lintian" || true) errors or warnings"
else
    fail "lintian reported errors or warnings (above)"
fi

echo "== rpm"
rpm -qp --queryformat '%{NAME} %{VERSION} %{ARCH} %{LICENSE}\n' "$rpm" 2>/dev/null
[ "$(rpm -qp --queryformat '%{VERSION}' "$rpm" 2>/dev/null)" = "$ATTUNE_VERSION" ] || fail "rpm version"
rpm_files=$(rpm -qpl "$rpm" 2>/dev/null)
for path in /usr/bin/attune /usr/share/applications/attune.desktop \
    /usr/share/icons/hicolor/48x48/apps/attune.png /usr/share/doc/attune/examples/Attune.conf; do
    grep -qxF "$path" <<<"$rpm_files" || fail "the rpm lacks $path"
done
grep -qxF /usr/share/applications <<<"$rpm_files" && fail "the rpm claims /usr/share/applications"
rpm -qp --requires "$rpm" 2>/dev/null | grep -q 'libQt6Core.so.6' || fail "the rpm requires no Qt"
pass "rpm contents and requires"

echo "== tar.gz"
tar_files=$(tar -tzf "$tgz")
for path in usr/bin/attune usr/share/applications/attune.desktop usr/share/man/man1/attune.1.gz; do
    grep -q "^attune-$ATTUNE_VERSION-linux-[^/]*/$path\$" <<<"$tar_files" || fail "the tarball lacks $path"
done
pass "tar.gz contents"

echo "== sizes"
ls -l "$deb" "$rpm" "$tgz" | awk '{ printf "%8.1f KiB  %s\n", $5 / 1024, $NF }'

if [ "$failures" -ne 0 ]; then
    echo "packaging_validate: $failures check(s) failed" >&2
    exit 1
fi
echo "packaging_validate: all checks passed"
