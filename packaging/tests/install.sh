#!/usr/bin/env bash
# packaging_install (CTest): installs the .deb on this machine the way IT would
# (apt-get install ./attune_*.deb), runs the installed attune (--version, an offscreen
# --screenshot with the example policy in force), then removes it (apt-get remove) and checks
# that the package's files are gone and the agent's data is not.
#
# Needs root, as installing any package does: CI runs as root; elsewhere it uses sudo when that
# works without a password, and otherwise FAILS with the reason (it never passes untested).
set -euo pipefail
: "${ATTUNE_PACKAGE_DIR:?run through ctest}" "${ATTUNE_VERSION:?}"

say() { echo "packaging_install: $*"; }
die() {
    echo "packaging_install: FAIL: $*" >&2
    exit 1
}

if [ "$(id -u)" -eq 0 ]; then
    as_root() { "$@"; }
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root() { sudo -n "$@"; }
else
    die "installing a .deb needs root. Run ctest as root (as CI does) or allow sudo without a
password; this test is not skipped, so a machine that cannot run it does not count it as passed."
fi

shopt -s nullglob
debs=("$ATTUNE_PACKAGE_DIR"/attune_"$ATTUNE_VERSION"_*.deb)
[ ${#debs[@]} -eq 1 ] || die "no attune_${ATTUNE_VERSION}_*.deb in $ATTUNE_PACKAGE_DIR (packaging_build)"
deb=$(realpath "${debs[0]}")

# Waits for another apt or dpkg (unattended upgrades) instead of failing on the lock. Nothing is
# fetched: every dependency is a Qt runtime library .ci/install-deps installed. (Not
# --no-download: apt 2.6 then refuses a local .deb with "Pathname to install is not absolute".)
apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300
    -o Acquire::Retries=0 --no-install-recommends)

installed() { dpkg-query -W -f='${Status}' attune 2>/dev/null | grep -q 'ok installed'; }

work=$(mktemp -d)
we_installed=no
cleanup() {
    if [ "$we_installed" = yes ] && installed; then
        say "removing the package after a failure"
        as_root "${apt[@]}" remove attune >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if installed; then
    say "an attune package is already installed ($(dpkg-query -W -f='${Version}' attune)); removing it first"
    as_root "${apt[@]}" remove attune
fi

say "apt-get install $deb"
# Says so before apt would go looking for a dependency on the network.
provided=$(dpkg-query -W -f='${Status} ${Provides}\n' 2>/dev/null | grep '^install ok installed' || true)
missing=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/(.*//' -e 's/[[:space:]]//g' |
    while read -r package; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' && continue
        # A virtual package (qt6-websockets-abi, say) is there when an installed one provides it.
        grep -qE "(^| )$package( |,|\$)" <<<"$provided" || echo "$package"
    done)
[ -z "$missing" ] || die "dependencies not installed (run: bash .ci/install-deps): $missing"
we_installed=yes
as_root "${apt[@]}" install "$deb" ||
    die "apt-get could not install the package; are its dependencies installed (bash .ci/install-deps)?"
installed || die "dpkg does not list attune as installed"
[ "$(dpkg-query -W -f='${Version}' attune)" = "$ATTUNE_VERSION" ] || die "installed version"
[ "$(command -v attune)" = /usr/bin/attune ] || die "attune is not /usr/bin/attune: $(command -v attune)"

# A private home, as an agent's would be: data, settings, runtime folder; IT's example policy
# in force at /etc/xdg/Attune/Attune.conf, the only place Attune reads it: mounted there in a
# private mount namespace, so this machine's /etc/xdg is not touched. The example is taken from the .deb, not /usr/share/doc:
# minimal images (Docker's) tell dpkg to skip /usr/share/doc and /usr/share/man.
home=$work/agent
mkdir -p "$home/etc-xdg/Attune" "$home/runtime"
chmod 700 "$home/runtime"
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/attune/examples/Attune.conf \
    >"$home/etc-xdg/Attune/Attune.conf"
[ -s "$home/etc-xdg/Attune/Attune.conf" ] || die "no example policy in the package"
namespace=(unshare --mount)
[ "$(id -u)" -eq 0 ] || namespace+=(--map-root-user)
run_attune() {
    "${namespace[@]}" -- sh -c 'mount --bind "$0" /etc/xdg && exec "$@"' "$home/etc-xdg" \
        env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
        XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=offscreen timeout 60 attune "$@"
}

version=$(run_attune --version) || die "attune --version failed"
[ "$version" = "attune $ATTUNE_VERSION" ] || die "attune --version printed '$version'"
say "attune --version: $version"

# Supervisor signatures are a module the installed binary loads on first use: hash-pin makes a
# record key with it.
hashed=$(echo 'a calm passphrase of words' | run_attune hash-pin 2>"$work/err") ||
    die "attune hash-pin failed: $(cat "$work/err")"
grep -Eq '^pinHash=pbkdf2-sha256\$[0-9]+\$[^$]+\$[^$]+\$[A-Za-z0-9+/=]{44}$' <<<"$hashed" ||
    die "attune hash-pin printed no record key: $hashed"
say "the installed attune loads its signing module"

run_attune --screenshot "$home/installed.png" >"$work/out" 2>"$work/err" ||
    die "attune --screenshot failed: $(cat "$work/out" "$work/err")"
file -b "$home/installed.png" | grep -q '^PNG image data' || die "no screenshot written"
if grep -q 'ignored' "$work/err"; then
    die "the example policy has a value Attune ignores: $(cat "$work/err")"
fi
say "screenshot from the installed binary: $(file -b "$home/installed.png")"
database=$home/data/attune/attune.sqlite
[ -s "$database" ] || die "the installed attune made no database at $database"

# The history window is a module the installed binary loads on first use: open it through the
# running app's local socket, as Ctrl+H would.
run_attune >"$work/app-out" 2>"$work/app-err" &
app_pid=$!
reply=$(python3 - "$home/runtime" <<'PY'
import glob, json, socket, sys, time
for _ in range(100):
    found = glob.glob(sys.argv[1] + "/attune-*.sock")
    if found:
        break
    time.sleep(0.1)
s = socket.socket(socket.AF_UNIX)
s.settimeout(20)
s.connect(found[0])
s.sendall(b'{"v":1,"command":"history.open"}\n')
data = b""
while b"\n" not in data:
    data += s.recv(4096)
print(data.decode().strip())
PY
) || true
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
echo "$reply" | grep -q '"ok":true' || die "the installed attune could not open the history: $reply"
say "the installed attune loads its history module"

say "apt-get remove attune"
as_root "${apt[@]}" remove attune
we_installed=no
if installed; then die "attune is still installed after apt-get remove"; fi
for path in /usr/bin/attune /usr/lib/attune /usr/share/attune /usr/share/applications/attune.desktop \
    /usr/share/icons/hicolor/48x48/apps/attune.png /usr/share/man/man1/attune.1.gz; do
    [ ! -e "$path" ] || die "$path is left after removal"
done
[ -s "$database" ] || die "removing the package removed the agent's data ($database)"
[ -s "$home/etc-xdg/Attune/Attune.conf" ] || die "removing the package removed IT's policy file"
say "removed cleanly; the agent's data is still at $database"
say "passed"
