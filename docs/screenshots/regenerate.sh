#!/usr/bin/env bash
# Regenerates every screenshot README.md shows, from the real attune binary under Xvfb, so they
# never go stale. Each run gets private XDG folders (the developer's own Attune is never touched),
# a fresh seeded demo database, and a virtual display per scale.
#
#   docs/screenshots/regenerate.sh [--attune BUILD/attune] [--out DIR | --into-docs] [--only team]
#
# --out DIR      write the PNGs to DIR (the `docs` ctest writes into the build folder)
# --into-docs    write them over the committed ones in docs/screenshots (then look at each one
#                before committing)
# --only team    only the team sync shot (team-sync.png), which runs a throwaway PostgreSQL 15
#
# Afterwards every image README.md shows must exist in the output folder, be a PNG, and have the
# size its window has at its scale; the script exits 1 naming each one that does not.
#
# Needs Xvfb, xdotool (clicks and keys the way a person would), ImageMagick's import and
# identify (grab and measure a window) and python3 (the instance's control socket), all Debian
# packages in .ci/install-deps.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
attune="$repo/build/attune"
out=""
only=""
while [ $# -gt 0 ]; do
    case "$1" in
    --attune) attune=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --into-docs) out=$here; shift ;;
    --only) only=$2; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "regenerate.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ -n "$out" ] || { echo "regenerate.sh: say where: --out DIR or --into-docs" >&2; exit 2; }
[ -x "$attune" ] || { echo "regenerate.sh: no attune binary at $attune (--attune PATH)" >&2; exit 2; }
for tool in Xvfb xdotool import identify python3; do
    command -v "$tool" > /dev/null || {
        echo "regenerate.sh: $tool is missing (bash .ci/install-deps installs it)" >&2
        exit 1
    }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d)
chmod 700 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# The demo's own supervisor passphrase (DemoSeed::kSupervisorPassphrase): the demo signs into its
# supervisor view with it, whatever IT's policy says, and its seeded coaching is signed with it.
readonly pin="demo supervisor"

log() { printf 'regenerate.sh: %s\n' "$*" >&2; }

# A virtual screen of 1280x900 logical pixels at the given scale (the sidebar docks to its full
# height, so every sidebar shot is 900 logical pixels tall).
# -noreset: the server keeps its keyboard layout (practice_shots sets one) when the last client
# goes, and is never caught mid-reset by the next one.
display=""
start_display() {
    local scale=$1 number
    for number in $(seq 80 120); do
        [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ] && continue
        Xvfb ":$number" -screen 0 "$((1280 * scale))x$((900 * scale))x24" -nolisten tcp -noreset \
            > "$work/xvfb-$number.log" 2>&1 &
        pids+=($!)
        for _ in $(seq 50); do
            if DISPLAY=":$number" xdotool getdisplaygeometry > /dev/null 2>&1; then
                display=":$number"
                return 0
            fi
            sleep 0.1
        done
    done
    log "no virtual display would start"
    exit 1
}

# Private XDG folders with the given settings; sets `env_for` to run attune in them.
home=""
locale=""
new_home() {
    local name=$1 language=$2 theme=$3
    home="$work/$name"
    # English follows the system's British locale (dates as "4 Dec 2026"); German is chosen in
    # the settings, as an agent would.
    case "$language" in
    de) locale=de_DE.UTF-8 ;;
    es) locale=es_ES.UTF-8 ;;
    *) locale=en_GB.UTF-8 ;;
    esac
    mkdir -p "$home/config/Attune" "$home/etc-xdg/Attune" "$home/data" "$home/runtime" \
        "$home/cache"
    chmod -R 700 "$home"
    {
        printf '[ui]\ntheme=%s\ntrayIcon=false\n' "$theme"
        [ "$language" = en ] || printf 'language=%s\n' "$language"
    } > "$home/config/Attune/Attune.conf"
}

# The environment attune runs with in the current home, at the given scale.
app_env=()
use_home() {
    local scale=$1
    app_env=(-u WAYLAND_DISPLAY -u LANGUAGE -u LC_ALL LANG="$locale" LC_CTYPE=C.UTF-8 HOME="$home" XDG_CONFIG_HOME="$home/config"
        XDG_CONFIG_DIRS="$home/etc-xdg" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime"
        XDG_CACHE_HOME="$home/cache" DISPLAY="$display" QT_QPA_PLATFORM=xcb
        QT_SCALE_FACTOR="$scale")
}
run_in_home() {
    use_home "$1"
    shift
    env "${app_env[@]}" "$@"
}

# `attune --demo --screenshot FILE`: the app grabs itself at the scenario's telling moment.
demo_shot() {
    local file=$1 scale=$2
    run_in_home "$scale" "$attune" --demo --screenshot "$out/$file" > "$work/shot.log" 2>&1 || {
        log "attune --demo --screenshot $file failed:"
        cat "$work/shot.log" >&2
        exit 1
    }
    log "wrote $file"
}

# A JSON request on the running instance's control socket; prints the reply.
control() {
    python3 - "$1" "$home/runtime" << 'EOF'
import glob, socket, sys
path = glob.glob(sys.argv[2] + "/attune-*.sock")[0]
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
    s.settimeout(10)
    s.connect(path)
    s.sendall(sys.argv[1].encode() + b"\n")
    reply = b""
    while not reply.endswith(b"\n"):
        chunk = s.recv(65536)
        if not chunk:
            break
        reply += chunk
print(reply.decode().strip())
EOF
}

status_field() {
    control '{"v":1,"command":"status"}' | python3 -c "
import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1].split('.'):
    value = value.get(key, {}) if isinstance(value, dict) else {}
print(value if value != {} else '')" "$1"
}

# Waits until `status` field equals the value (the app moves on by itself; the script follows).
wait_for() {
    local field=$1 wanted=$2 seconds=${3:-60} i
    for i in $(seq $((seconds * 10))); do
        [ "$(status_field "$field" 2> /dev/null)" = "$wanted" ] && return 0
        sleep 0.1
    done
    log "waited ${seconds}s for $field = $wanted; it is '$(status_field "$field" 2> /dev/null)'"
    exit 1
}

app_pid=""
start_app() {
    local scale=$1 speed=$2
    shift 2
    use_home "$scale"
    # Started directly, so $! is attune itself: its windows are found by its process id. With a
    # policy of this home's own, attune reads it at its fixed place: our folder is bind-mounted
    # over /etc/xdg in a private mount namespace (unshare and sh exec in place, so $! is still
    # attune; anyone but root maps themselves to root there to be allowed the mount).
    local wrap=()
    if [ -f "$home/etc-xdg/Attune/Attune.conf" ]; then
        wrap=(unshare --mount)
        [ "$(id -u)" -eq 0 ] || wrap+=(--map-root-user)
        wrap+=(-- /bin/sh -c 'mount --bind "$0" /etc/xdg && exec "$@"' "$home/etc-xdg")
    fi
    env "${app_env[@]}" ATTUNE_DEMO_SPEED="$speed" "${wrap[@]}" "$attune" "$@" > "$work/app.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    for _ in $(seq 200); do
        control '{"v":1,"command":"status"}' > /dev/null 2>&1 && return 0
        sleep 0.1
    done
    log "attune did not answer on its socket:"
    cat "$work/app.log" >&2
    exit 1
}

stop_app() {
    kill "$app_pid" 2> /dev/null || true
    wait "$app_pid" 2> /dev/null || true
}

# The visible top-level window of the app whose width is within [min, max] device pixels.
window_of() {
    local min=$1 max=$2 id width
    for _ in $(seq 50); do
        for id in $(DISPLAY=$display xdotool search --onlyvisible --pid "$app_pid" 2> /dev/null); do
            width=$(DISPLAY=$display xdotool getwindowgeometry "$id" |
                sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
            if [ -n "$width" ] && [ "$width" -ge "$min" ] && [ "$width" -le "$max" ]; then
                echo "$id"
                return 0
            fi
        done
        sleep 0.1
    done
    log "no window $min-$max pixels wide"
    exit 1
}

grab() {
    local window=$1 file=$2
    [ -n "$window" ] || { log "no window to grab for $file"; exit 1; }
    # Let the last repaint land first.
    sleep 0.6
    DISPLAY=$display import -window "$window" "png:$out/$file"
    log "wrote $file"
}

sidebar() { window_of $((300 * $1)) $((400 * $1)); }
history() { window_of $((1000 * $1)) $((1280 * $1)); }

# A click at logical (x, y) of a window, and keys, through the X server as a person's would be.
click() {
    local window=$1 x=$2 y=$3 scale=$4
    DISPLAY=$display xdotool mousemove --window "$window" $((x * scale)) $((y * scale)) click 1
    sleep 0.3
}
keys() { DISPLAY=$display xdotool key --clearmodifiers "$@"; sleep 0.3; }

open_history() {
    local scale=$1 window
    control '{"v":1,"command":"history.open"}' > /dev/null
    window=$(history "$scale") || exit 1
    # The newest call is selected; the one before it is yesterday's last, reviewed by the
    # supervisor (coaching note, kudos, their score).
    click "$window" 300 300 "$scale"
    keys ctrl+Home Down
    echo "$window"
}

sign_in_as_supervisor() {
    local window=$1 scale=$2 width before
    width=$(($(DISPLAY=$display xdotool getwindowgeometry "$window" |
        sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p') / scale))
    before=$(visible_windows)
    # The supervisor button sits at the window's top right.
    click "$window" $((width - 30)) 22 "$scale"
    sleep 0.5
    DISPLAY=$display xdotool type --delay 50 "$pin"
    keys Return
    # The passphrase is stretched on purpose (PBKDF2, then the signing key), which takes seconds
    # on a busy machine: wait until the PIN dialog has gone, then for the view to repaint.
    for _ in $(seq 100); do
        [ "$(visible_windows)" -le "$before" ] && break
        sleep 0.2
    done
    sleep 1
}

# How many windows of the running attune are visible.
visible_windows() {
    DISPLAY=$display xdotool search --onlyvisible --pid "$app_pid" 2> /dev/null | wc -l
}

show_trends() {
    local window=$1 scale=$2
    click "$window" 300 300 "$scale"
    keys ctrl+Tab
    sleep 1.5
}

# A practice run of "the fourth call about the same fault" as an agent types it: opened with
# `practice.open` (as `attune practice repeat-failure` does), the sidebar clicked once so it has
# the keyboard (practice never takes it by itself), each reply typed and sent with Return. The
# run is grabbed after the second reply, the feedback once the customer's last line came.
practice_shots() {
    local run_file=$1 feedback_file=$2 sent=0 reply w
    shift 2
    # The agent's keyboard layout (kbd=de for German): xdotool types ü and ö with real keys then,
    # rather than remapping a spare key as it types, which drops letters now and then.
    DISPLAY=$display setxkbmap "${kbd:-us}"
    start_app 1 1
    control '{"v":1,"command":"practice.open","scenario":"repeat-failure"}' > /dev/null
    wait_for practice.state running 10
    w=$(sidebar 1)
    click "$w" 40 20 1
    for reply in "$@"; do
        DISPLAY=$display xdotool type --delay 40 "$reply"
        keys Return
        sent=$((sent + 1))
        [ "$sent" -eq 2 ] && grab "$w" "$run_file"
        [ "$(status_field practice.state)" = ended ] && break
    done
    wait_for practice.state ended 10
    grab "$w" "$feedback_file"
    if [ -n "${moments:-}" ]; then
        # Shift+Tab from Close to the feedback, Page Down to its end: the moments that went badly, with the
        # better phrasings from the phrase library.
        keys shift+Tab Next Next Next Next Next Next
        grab "$w" "$moments"
    fi
    stop_app
    DISPLAY=$display setxkbmap us
}
# --- The team sync state at the sidebar's foot, against a real (throwaway) PostgreSQL 15 ---
# A cluster in $work with TLS (a CA made here, a certificate for 127.0.0.1), set up the way
# docs/deployment.md has IT do it: `attune team init` and `attune team add-agent`, the admin
# password on standard input. PostgreSQL refuses to run as root: then it runs as `postgres`.
pg_bin=/usr/lib/postgresql/15/bin
team_shot() {
    local pg="$work/pg" as=() port
    if [ ! -x "$pg_bin/initdb" ]; then
        log "PostgreSQL 15 is not installed (bash .ci/install-deps installs it)"
        exit 1
    fi
    mkdir -p "$pg/tls"
    [ "$(id -u)" -ne 0 ] || as=(runuser -u postgres --)
    (
        cd "$pg/tls"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -keyout ca.key -out ca.crt -days 2 -subj "/CN=Attune screenshot CA"
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -keyout server.key -out server.csr -subj "/CN=127.0.0.1"
        printf 'subjectAltName=IP:127.0.0.1\n' > server.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt
        chmod 600 server.key
    ) > "$work/openssl.log" 2>&1
    printf 'admin-secret\n' > "$pg/admin.pw"
    [ ${#as[@]} -eq 0 ] || chown -R postgres "$pg"
    chmod 755 "$work"
    "${as[@]}" "$pg_bin/initdb" --pgdata="$pg/data" --auth=scram-sha-256 --username=it_admin \
        --pwfile="$pg/admin.pw" --no-sync --encoding=UTF8 --locale=C.UTF-8 > "$work/initdb.log" 2>&1
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "${as[@]}" "$pg_bin/pg_ctl" --pgdata="$pg/data" --log="$pg/server.log" --wait \
        --options="-p $port -k $pg -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=$pg/tls/server.crt -c ssl_key_file=$pg/tls/server.key" \
        start > /dev/null
    PGPASSWORD=admin-secret psql -q -h 127.0.0.1 -p "$port" -U it_admin -d postgres \
        -c 'CREATE DATABASE attune' > /dev/null
    new_home en-team en light
    local connection=(--server 127.0.0.1 --port "$port" --user it_admin --ca-file "$pg/tls/ca.crt")
    run_in_home 1 "$attune" team init "${connection[@]}" < "$pg/admin.pw" > /dev/null
    run_in_home 1 "$attune" team add-agent alex --team north "${connection[@]}" < "$pg/admin.pw" \
        > /dev/null
    PGPASSWORD=admin-secret psql -q -h 127.0.0.1 -p "$port" -U it_admin -d attune \
        -c "ALTER ROLE alex PASSWORD 'alex-secret'" > /dev/null
    printf 'alex-secret\n' > "$home/alex.pw"
    chmod 600 "$home/alex.pw"
    # Where the history goes is IT's to say (its policy); who connects is the agent's.
    printf '[team]\nserver=127.0.0.1\nport=%s\ncaFile=%s\n' "$port" "$pg/tls/ca.crt" \
        > "$home/etc-xdg/Attune/Attune.conf"
    printf '[team]\nuser=alex\npasswordFile=%s\n' "$home/alex.pw" >> "$home/config/Attune/Attune.conf"
    start_app 1 1
    # Two answered calls, delivered at once.
    for call in 1 2; do
        run_in_home 1 "$attune" call start --call-id "t-$call" --phone "+44 7700 90012$call" \
            --name "Caller $call" > /dev/null
        run_in_home 1 "$attune" call answer --call-id "t-$call" > /dev/null
        run_in_home 1 "$attune" call end --call-id "t-$call" > /dev/null
    done
    wait_for team.connected True 30
    wait_for team.pending 0 30
    sleep 1
    w=$(sidebar 1)
    grab "$w" team-sync.png
    stop_app
    "${as[@]}" "$pg_bin/pg_ctl" --pgdata="$pg/data" --mode=immediate --wait stop > /dev/null
}
if [ "$only" = team ]; then
    start_display 1
    team_shot
    exit 0
fi

# --- English, light, 100%: one demo call live, then its wrap-up, the history and the trends ---
start_display 1
new_home en-light en light
demo_shot demo-light.png 1
new_home en-dark en dark
demo_shot demo-dark.png 1

new_home en-live en light
start_app 1 2 --demo
wait_for profile.state known 30
wait_for utterances.customer 1 30
w=$(sidebar 1)
grab "$w" profile-known.png
wait_for utterances.customer 3 30
w=$(sidebar 1)
grab "$w" demo-frustrated.png
wait_for utterances.customer 6 60
w=$(sidebar 1)
grab "$w" demo-calm.png
wait_for state wrap-up 30
w=$(sidebar 1)
grab "$w" self-assessment.png
window=$(open_history 1)
grab "$window" history-agent.png
show_trends "$window" 1
grab "$window" history-trends.png
# Back to the calls (the tab before Trends; Practice comes after it).
keys ctrl+shift+Tab
sign_in_as_supervisor "$window" 1
click "$window" 300 300 1
keys ctrl+Home Down
grab "$window" history-supervisor.png
# The customer's verdict: the calls whose survey reads upset (the "Customer left upset" box at
# the end of the second filter row), scrolled to the customer score column (End), with the first
# one's comment in the detail pane.
click "$window" 529 77 1
sleep 0.8
click "$window" 300 160 1
keys ctrl+Home End
grab "$window" history-feedback.png
keys Escape
stop_app

# --- Spanish: the Spanish demo call (demo_es.json), read by the Spanish cue model ---
new_home es-live es light
start_app 1 2 --demo
wait_for utterances.customer 3 30
w=$(sidebar 1)
grab "$w" es-demo-frustrated.png
wait_for utterances.customer 6 60
w=$(sidebar 1)
grab "$w" es-demo-calm.png
stop_app

# --- The agent's own Attune (no demo), between calls: a breather, then an unknown caller ---
new_home en-agent en light
start_app 1 1
control '{"v":1,"command":"breathe"}' > /dev/null
sleep 2.5
w=$(sidebar 1)
grab "$w" breathing.png
run_in_home 1 "$attune" call start --phone "+44 7700 900123" --name "Jordan Blake" > /dev/null
wait_for profile.state unknown 10
grab "$w" profile-unknown.png
stop_app

# --- Practice between calls, English: a blaming reply first, then better ones ---
new_home en-practice en light
moments=practice-feedback-moments.png practice_shots practice-run.png practice-feedback.png \
    "Well, the engineer last time should have checked the line properly, that is not on me." \
    "Ms Whitfield, I'm so sorry. I can hear how fed up you are, and I will take care of this myself." \
    "I can hear how frustrating this is. I will book an engineer for tomorrow morning and call you by 6 pm to confirm." \
    "I will book the engineer now and I will call you tomorrow by 6 pm to confirm it is fixed." \
    "I will call you tomorrow by 6 pm to confirm it is fixed."
team_shot

# --- German, the longest strings, at 100% and 200% ---
new_home de-100 de light
demo_shot de-sidebar-100.png 1
new_home de-live-100 de light
start_app 1 10 --demo
wait_for state wrap-up 60
window=$(open_history 1)
sign_in_as_supervisor "$window" 1
click "$window" 300 300 1
keys ctrl+Home Down
grab "$window" de-history-supervisor-100.png
# "Kunde blieb verärgert" sits further right in German.
click "$window" 703 77 1
sleep 0.8
click "$window" 300 160 1
keys ctrl+Home End
grab "$window" history-feedback-de.png
stop_app

# --- Practice in German: the feedback's longest labels in a 360-pixel sidebar ---
new_home de-practice de light
kbd=de practice_shots de-practice-run.png de-practice-feedback.png \
    "Da hat der Techniker beim letzten Mal wohl nicht richtig geprüft, dafür kann ich nichts." \
    "Frau Krüger, das tut mir wirklich leid. Ich verstehe, wie frustrierend das ist, und ich kümmere mich persönlich darum." \
    "Ich kümmere mich darum: Ich buche für morgen früh einen Techniker und rufe Sie bis 18 Uhr an." \
    "Ich rufe Sie morgen bis 18 Uhr an und bestätige Ihnen, dass alles behoben ist."


start_display 2
new_home de-200 de light
demo_shot de-sidebar-200.png 2
new_home de-live-200 de light
start_app 2 10 --demo
wait_for state wrap-up 60
window=$(open_history 2)
grab "$window" de-history-agent-200.png
stop_app

# --- the team view: it needs a team server, so its widget test makes one (a throwaway PostgreSQL
# 15 cluster with a seeded team) and saves the window while it drives it ---
teamtest="$(dirname "$attune")/tests/tst_teamhistoryview"
if [ -x "$teamtest" ]; then
    log "team view (tst_teamhistoryview with a throwaway PostgreSQL)"
    ATTUNE_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=offscreen "$teamtest" supervisorReadsTheTeam \
        supervisorCoachesFromTheDetailPane \
        > "$work/teamview.log" 2>&1 || { cat "$work/teamview.log" >&2; log "team view test failed"; }
else
    log "no $teamtest: build it (cmake --build build --target tst_teamhistoryview)"
fi

# --- every image README.md shows: there, a PNG, and the size of its window ---
failed=0
while read -r image; do
    file=$(basename "$image")
    case "$file" in
    *-200.png) scale=2 ;;
    *) scale=1 ;;
    esac
    case "$file" in
    *history*) want="$((1100 * scale))x$((700 * scale))" ;;
    *) want="$((360 * scale))x$((900 * scale))" ;;
    esac
    if [ ! -s "$out/$file" ]; then
        log "MISSING $file (README.md shows it)"
        failed=1
        continue
    fi
    got=$(identify -format '%m %wx%h' "$out/$file" 2> /dev/null || echo "unreadable")
    if [ "$got" != "PNG $want" ]; then
        log "WRONG $file: $got, expected PNG $want"
        failed=1
    fi
done < <(grep -o 'docs/screenshots/[A-Za-z0-9_.-]*\.png' "$repo/README.md" | sort -u)
[ "$failed" -eq 0 ] && log "every README screenshot is in $out"
exit "$failed"
