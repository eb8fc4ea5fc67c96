#!/usr/bin/env bash
# The .deb as facility IT meets it, on this machine, as root:
#   install the previous build; run `stepstone doctor`, one JS and one Rust
#   program as a new unprivileged user through the installed CLI; provision
#   the system data folder; upgrade and check every store, key and policy
#   is kept and the store still opens; refuse a downgrade below the
#   store's schema and change nothing; purge and check that only the
#   documented data is left; purge again with IT's marker and check that
#   nothing is left at all.
#
# "The previous build" is $STEPSTONE_PREVIOUS_DEB when given, otherwise
# this very package relabelled one version lower (dpkg-deb -R/-b): the
# maintainer scripts and dpkg's upgrade path are what is under test.
#
# usage: tests/package/run.sh dist/stepstone_<version>_amd64.deb
set -euo pipefail
deb=$(realpath "$1")
[ "$(id -u)" = 0 ] || { echo "tests/package/run.sh installs a .deb: run it as root" >&2; exit 1; }
work=$(mktemp -d)
user=ststest$$
fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "  ok: $*"; }
cleanup() {
  dpkg --purge stepstone >/dev/null 2>&1 || true
  userdel -r "$user" >/dev/null 2>&1 || true
  rm -rf /var/lib/stepstone "$work"
  getent group stepstone >/dev/null && delgroup --quiet stepstone >/dev/null 2>&1 || true
}
trap cleanup EXIT
if dpkg -s stepstone >/dev/null 2>&1 || [ -e /var/lib/stepstone ]; then
  fail "stepstone is already installed here (or /var/lib/stepstone exists): this test would change it"
fi

version=$(dpkg-deb -f "$deb" Version)
if [ -n "${STEPSTONE_PREVIOUS_DEB:-}" ]; then
  prev=$(realpath "$STEPSTONE_PREVIOUS_DEB")
else
  dpkg-deb -R "$deb" "$work/prev"
  sed -i "s/^Version: .*/Version: 0.0.0~previous/" "$work/prev/DEBIAN/control"
  dpkg-deb -Zgzip -z1 -b "$work/prev" "$work/prev.deb" >/dev/null
  rm -rf "$work/prev"
  prev=$work/prev.deb
fi
echo "== package test: $(basename "$deb") (previous: $(dpkg-deb -f "$prev" Version))"
echo "   depends: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends | grep -q "rustc-web (= " || fail "Depends lacks the exact rustc-web the wasm std was built with"

# -- install the previous build
dpkg -i "$prev" >"$work/log" 2>&1 || { cat "$work/log"; fail "installing the previous build"; }
for f in /usr/bin/stepstone /usr/bin/stepstone-app /usr/share/stepstone/curriculum /usr/share/stepstone/wasm-sysroot/VERSION \
         /usr/share/applications/Stepstone.desktop /usr/lib/systemd/system/stepstone-kiosk.service /usr/sbin/stepstone-kiosk-setup; do
  [ -e "$f" ] || fail "$f is not installed"
done
ok "installed: app, CLI, curriculum, wasm std, .desktop entry, kiosk units"
getent group stepstone >/dev/null || fail "postinst made no stepstone group"
[ "$(stat -c '%a %U %G' /var/lib/stepstone)" = "770 root stepstone" ] || fail "/var/lib/stepstone is $(stat -c '%a %U %G' /var/lib/stepstone)"
ok "postinst: stepstone group, /var/lib/stepstone 0770 root:stepstone"
[ ! -e /var/lib/stepstone/identity.json ] || fail "postinst provisioned the machine"

# -- a new unprivileged user runs doctor, JS and Rust through the installed CLI
useradd -m -s /bin/bash "$user"
as_user() { su -s /bin/bash "$user" -c "cd ~ && $1"; }
as_user "stepstone doctor --json" >"$work/doctor.json" || { cat "$work/doctor.json"; fail "doctor as $user"; }
python3 - "$work/doctor.json" <<'PY' || fail "doctor as a new user"
import json, sys
r = json.load(open(sys.argv[1]))
missing = [c for c in r["checks"] if not c["found"]]
assert not missing, missing
assert r["curriculum_dir"].startswith("/usr/share/stepstone/curriculum"), r["curriculum_dir"]
std = [c for c in r["checks"] if c["name"].startswith("wasm32-wasip1")][0]
assert std["detail"].startswith("/usr/share/stepstone/wasm-sysroot"), std
ll = [c for c in r["checks"] if c["name"].startswith("Landlock")][0]
print("  ok: doctor as a new user: everything found;", ll["detail"][:40], "...")
PY
as_user "printf 'console.log(\"hello from \" + (6 * 7));\n' > hello.js && stepstone run hello.js --json" >"$work/js.json"
grep -q '"stdout":"hello from 42\\n"' "$work/js.json" || { cat "$work/js.json"; fail "JS through the installed CLI"; }
ok "JS runs through the installed CLI"
as_user "printf 'fn main() { let v: Vec<u32> = (1..=4).collect(); println!(\"sum {}\", v.iter().sum::<u32>()); }\n' > hello.rs && stepstone run hello.rs --json" >"$work/rs.json"
grep -q '"stdout":"sum 10\\n"' "$work/rs.json" || { cat "$work/rs.json"; fail "Rust through the installed CLI"; }
ok "Rust compiles (confined) and runs through the installed CLI"
as_user "stepstone grade js.functions.greet --json" >"$work/grade.json" || true
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert r['status']=='fail' and r['tests'], r['status']" "$work/grade.json" || { cat "$work/grade.json"; fail "grading the installed curriculum's starter"; }
ok "the installed curriculum grades (the starter of js.functions.greet fails its tests)"

# -- the system data folder, provisioned, with a learner in it
sys() { STEPSTONE_DATA_DIR=/var/lib/stepstone stepstone "$@"; }
sys provision --role terminal --facility facility-1 >/dev/null
printf '123456\n' | sys student add "Ana Example" >/dev/null
printf '{"idle_sign_out_minutes": 9}\n' > /var/lib/stepstone/policy.json
sums() { (cd /var/lib/stepstone && sha256sum identity.json device.key device.age policy.json); }
sums >"$work/before"
schema=$(stepstone store-schema)

# -- upgrade
dpkg -i "$deb" >"$work/log" 2>&1 || { cat "$work/log"; fail "upgrading"; }
[ "$(dpkg-query -W -f='${Version}' stepstone)" = "$version" ] || fail "not upgraded"
sums | cmp -s - "$work/before" || fail "the upgrade changed a key or the policy"
sys student list | grep -q "Ana Example" || fail "the learner is gone after the upgrade"
[ "$(stepstone store-schema /var/lib/stepstone/progress.sqlite3)" = "$schema" ] || fail "the store is not at schema $schema after the upgrade"
ok "upgrade $(dpkg-deb -f "$prev" Version) -> $version keeps the store (schema $schema), keys and policy"

# -- a downgrade below the store's schema is refused and changes nothing
python3 -c "import sqlite3,sys; c=sqlite3.connect('/var/lib/stepstone/progress.sqlite3'); c.execute('PRAGMA user_version=%d' % (int(sys.argv[1])+1)); c.commit()" "$schema"
store_sum=$(sha256sum /var/lib/stepstone/progress.sqlite3)
if dpkg -i "$prev" >"$work/log" 2>&1; then cat "$work/log"; fail "a downgrade below the store's schema was allowed"; fi
grep -q "made by a newer Stepstone" "$work/log" || { cat "$work/log"; fail "the refusal does not say why"; }
[ "$(dpkg-query -W -f='${Version}' stepstone)" = "$version" ] || fail "the refused downgrade changed the installed version"
[ "$(dpkg-query -W -f='${Status}' stepstone)" = "install ok installed" ] || fail "the refused downgrade left the package $(dpkg-query -W -f='${Status}' stepstone)"
[ "$(sha256sum /var/lib/stepstone/progress.sqlite3)" = "$store_sum" ] || fail "the refused downgrade changed the store"
sums | cmp -s - "$work/before" || fail "the refused downgrade changed a key"
ok "a downgrade below schema $((schema + 1)) is refused: \"$(grep -m1 'made by a newer' "$work/log" | sed 's/^[^:]*: //' | cut -c1-60)...\""
python3 -c "import sqlite3,sys; c=sqlite3.connect('/var/lib/stepstone/progress.sqlite3'); c.execute('PRAGMA user_version=%d' % int(sys.argv[1])); c.commit()" "$schema"

# -- purge keeps the learners' data by default, and nothing else
dpkg --purge stepstone >"$work/log" 2>&1 || { cat "$work/log"; fail "purging"; }
left=$( { find /usr /etc /opt /var/lib/systemd /lib -xdev -iname '*stepstone*' 2>/dev/null; } | sort)
[ -z "$left" ] || fail "purge left: $left"
sums | cmp -s - "$work/before" || fail "purge changed the learners' data"
getent group stepstone >/dev/null || fail "purge removed the group that owns the kept data"
ok "purge removes the program and leaves only /var/lib/stepstone (learners' data) and the stepstone group"

# -- IT asks for the data to go too
dpkg -i "$deb" >/dev/null 2>&1 || fail "reinstalling"
sums | cmp -s - "$work/before" || fail "reinstalling changed the kept data"
touch /var/lib/stepstone/PURGE-LEARNER-DATA
dpkg --purge stepstone >/dev/null 2>&1 || fail "purging with the marker"
[ ! -e /var/lib/stepstone ] || fail "/var/lib/stepstone is still there after a purge IT asked for"
! getent group stepstone >/dev/null || fail "the stepstone group is still there"
ok "with /var/lib/stepstone/PURGE-LEARNER-DATA, purge leaves nothing"
echo "== package test passed"
