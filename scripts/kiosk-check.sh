#!/usr/bin/env bash
# Checks the kiosk session as far as a headless machine allows: as an
# unprivileged account, packaging/kiosk/kiosk-session (what the kiosk unit
# runs) is started under a bare X server with no window manager (Xvfb
# stands in for tty1's Xorg), and must draw the app's first screen filling
# the whole screen. Writes docs/screenshots/30-kiosk.png (from xwd).
# What it cannot check here: Xorg on real hardware, logind, and systemd
# restarting the app (see docs/OPERATIONS.md, "Checked by hand").
#
# usage: scripts/kiosk-check.sh [APP]   (default: the debug build), as root
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-${CARGO_TARGET_DIR:-$HOME/.cache/stepstone/target}/debug/stepstone-app}
user=stepstone-kiosk-check
work=$(mktemp -d /tmp/stepstone-kiosk-XXXXXX)
id "$user" >/dev/null 2>&1 || useradd -M -d "$work/home" -s /usr/sbin/nologin "$user"
install -m 0755 "$app" "$work/stepstone-app"
install -m 0755 packaging/kiosk/kiosk-session "$work/kiosk-session"
chown "$user" "$work"; chmod 0755 "$work"
display=:$(( 70 + RANDOM % 20 ))
cleanup() { pkill -u "$user" >/dev/null 2>&1 || true; rm -rf "$work"; userdel "$user" >/dev/null 2>&1 || true; }
trap cleanup EXIT
su -s /bin/sh "$user" -c "Xvfb $display -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  until [ -S /tmp/.X11-unix/X${display#:} ]; do sleep 0.1; done
  DISPLAY=$display STEPSTONE_KIOSK_APP=$work/stepstone-app STEPSTONE_CURRICULUM=$PWD/curriculum \
    sh -c 'sed \"s|/var/lib/stepstone|$work/data|g\" $work/kiosk-session > $work/session && exec sh $work/session' >$work/app.log 2>&1 &"
export DISPLAY=$display
# Wait for the page itself on the screen (many colours), not a fixed time.
for i in $(seq 1 300); do
  n=$(xwd -root -silent 2>/dev/null | python3 -c "import sys; d=sys.stdin.buffer.read(); print(len(set(d[4000::391])))" || echo 0)
  [ "$n" -gt 20 ] && break
  sleep 0.2
done
[ "$n" -gt 20 ] || { cat "$work/app.log"; echo "FAIL: the kiosk never drew the app" >&2; exit 1; }
geo=$(xwininfo -root -tree | grep -i '"Stepstone"' | head -1)
echo "   app window: $geo"
echo "$geo" | grep -q "1366x768+0+0" || { echo "FAIL: the app does not fill the screen" >&2; exit 1; }
[ -z "$(xwininfo -root -tree | grep -iE 'xterm|nautilus|panel|desktop')" ] || { echo "FAIL: another client is on the kiosk screen" >&2; exit 1; }
mkdir -p docs/screenshots
xwd -root -silent | python3 scripts/xwd-to-png.py docs/screenshots/30-kiosk.png
echo "== kiosk check passed: the app alone, full-screen ($geo); docs/screenshots/30-kiosk.png"
