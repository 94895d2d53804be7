#!/usr/bin/env bash
# clearance-guard on a real XMPP server, end to end (test xmpp.end_to_end). Starts Prosody on
# 127.0.0.1 with its configuration and data under the work directory, creates the users with
# prosodyctl, connects the guard as a component, and has test clients (tests/xmpp/client.cpp)
# send labelled messages as users of three nations over TCP on loopback. Checks what each sender
# is answered, what each recipient receives, the catalog, and the audit lines. Stops the server
# and the guard at the end, also on failure. Nothing is mocked.
# usage: end_to_end.sh <clearance-guard> <client> <prosody> <prosodyctl> <work dir>
set -euo pipefail
guard=$1 client=$2 prosody=$3 prosodyctl=$4 work=$5
rm -rf "$work"
mkdir -p "$work/data" "$work/certs"
cd "$work"

failures=0
fail() {
  echo "FAILED: $*" >&2
  failures=$((failures + 1))
}
# expect <file> <extended regex> <what it shows>
expect() { grep -Eq -- "$2" "$1" || fail "$3: no line of $1 matches '$2'"; }
expect_not() { ! grep -Eq -- "$2" "$1" || fail "$3: a line of $1 matches '$2'"; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 40000))
    if ! listening "$p"; then
      echo "$p"
      return
    fi
  done
  echo "no free port on 127.0.0.1" >&2
  exit 1
}
c2s=$(free_port)
component=$(free_port)
[[ $c2s != "$component" ]] || component=$(free_port)

cat >prosody.cfg.lua <<EOF
-- written by tests/xmpp/end_to_end.sh
pidfile = "$work/prosody.pid"
data_path = "$work/data"
certificates = "$work/certs"
log = { info = "$work/prosody.log" }
run_as_root = true
interfaces = { "127.0.0.1" }
c2s_ports = { $c2s }
component_interfaces = { "127.0.0.1" }
component_ports = { $component }
s2s_ports = { }
modules_enabled = { "roster", "saslauth", "disco", "offline", "presence", "message" }
modules_disabled = { "s2s" }
authentication = "internal_hashed"
storage = "internal"
c2s_require_encryption = false
allow_unencrypted_plain_auth = true
VirtualHost "localhost"
Component "guard.localhost"
  component_secret = "test-secret"
EOF

for user in alice bob claire dave; do
  "$prosodyctl" --config "$work/prosody.cfg.lua" register "$user" localhost "pw-$user" >/dev/null 2>&1
done

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

"$prosody" --config "$work/prosody.cfg.lua" >prosody.out 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  listening "$c2s" && listening "$component" && break
  sleep 0.1
done
listening "$c2s" || { cat prosody.out prosody.log >&2; echo "Prosody did not start" >&2; exit 1; }

# The guard's policy: three officers, one room, the server's accreditation (up to NATO SECRET).
cat >guard.cfg <<EOF
# written by tests/xmpp/end_to_end.sh
component guard.localhost
connect 127.0.0.1 $component
secret test-secret
accreditation exercise-xmpp
audit $work/audit.jsonl
policy exercise-policy 2026-11
person alice@localhost = NLD, government, screening A, CTS, briefed
person bob@localhost = DEU, government, NC, briefed
person claire@localhost = FRA, government, NS, briefed
room ops = NATO SECRET; NATO; alice@localhost, bob@localhost, claire@localhost
EOF

# A bad configuration is refused before the guard connects, naming the line.
sed 's/^person bob@localhost = DEU/person bob@localhost = XYZ/' guard.cfg >bad.cfg
status=0
"$guard" bad.cfg >bad.out 2>&1 || status=$?
[[ $status -eq 2 ]] || fail "a bad configuration: exit status $status, not 2"
expect bad.out 'bad\.cfg:9: "XYZ" is no nationality' "a bad configuration names its line"

"$guard" guard.cfg >guard.out 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  grep -q "serving guard.localhost" guard.out && break
  sleep 0.1
done
grep -q "serving guard.localhost" guard.out || { cat guard.out >&2; echo "the guard did not connect" >&2; exit 1; }

send() {  # send <user> <to> <label> <body> <output file>
  "$client" send "$1@localhost" "pw-$1" "$c2s" "$2" "$3" "$4" >"$5"
}
room=ops@guard.localhost
send alice "$room" "NATO CONFIDENTIAL" "m1 for everyone" allowed.out
send alice "$room" "NATO SECRET" "m2 not for bob" clearance.out
send alice bob@guard.localhost "NATO RESTRICTED//REL TO FRA, NLD" "m3 not releasable to bob" releasability.out
send alice "$room" "NATO RESTRICTED//REL TO FRA, NLD" "m4 not for a room open to NATO" room_releasability.out
send alice "$room" "COSMIC TOP SECRET" "m5 above the server" ceiling.out
send alice "$room" none "m6 without a label" missing.out
send alice "$room" malformed "m7 with a malformed label" malformed.out
send dave "$room" "NATO RESTRICTED" "m8 from someone the policy does not name" unknown_sender.out
send alice claire@guard.localhost "NATO RESTRICTED//REL TO FRA, NLD" "m10 for claire alone" direct.out
"$client" receive bob@localhost pw-bob "$c2s" >bob.out
"$client" receive claire@localhost pw-claire "$c2s" >claire.out
send bob "$room" "NATO SECRET" "m9 from bob, above his clearance" sender.out
"$client" catalog bob@localhost pw-bob "$c2s" "$room" >catalog.out

expect allowed.out '^report: clearance-guard: NATO CONFIDENTIAL delivered to 2\|delivered to bob@localhost\|delivered to claire@localhost$' \
  "allowed delivery"
expect clearance.out '^report: clearance-guard: NATO SECRET delivered to 1\|not delivered to bob@localhost:\|  denied \(clearance below label\): bob@localhost holds NC clearance, valid up to NATO CONFIDENTIAL; label is NATO SECRET\|delivered to claire@localhost$' \
  "refusal for clearance"
expect releasability.out '^report: clearance-guard: NATO RESTRICTED//REL TO FRA, NLD delivered to 0\|not delivered to bob@localhost:\|  denied \(not releasable\): .*bob@localhost' \
  "refusal for releasability"
expect room_releasability.out '^error forbidden: denied \(destination not releasable\): label NATO RESTRICTED is releasable to FRA, NLD, and destination ops@guard.localhost is none of them$' \
  "refusal for releasability, by the room"
expect ceiling.out '^error not-acceptable: denied \(above channel ceiling\): channel the exercise XMPP server is approved up to NATO SECRET; label is COSMIC TOP SECRET$' \
  "refusal for the channel ceiling"
expect missing.out '^error not-acceptable: denied \(label missing\): the message carries no security label' "a missing label"
expect malformed.out '^error not-acceptable: denied \(label unreadable\): the message.s security label cannot be read: ' \
  "a malformed label"
expect direct.out '^report: clearance-guard: NATO RESTRICTED//REL TO FRA, NLD delivered to 1\|delivered to claire@localhost$' \
  "a direct message"
expect unknown_sender.out '^error forbidden: denied \(no person\)' "a sender the policy does not name"
expect sender.out '^error forbidden: denied \(clearance below label\): bob@localhost holds NC clearance' "a sender above their clearance"

expect bob.out '^message from ops@guard.localhost/alice \[NATO CONFIDENTIAL\]: m1 for everyone$' "bob receives m1, with its label"
expect_not bob.out 'm2|m3|m4|m5|m6|m7|m8' "bob receives nothing else"
expect claire.out '^message from ops@guard.localhost/alice \[NATO CONFIDENTIAL\]: m1 for everyone$' "claire receives m1"
expect claire.out '^message from ops@guard.localhost/alice \[NATO SECRET\]: m2 not for bob$' "claire receives m2"
expect claire.out '^message from alice@guard.localhost \[NATO RESTRICTED//REL TO FRA, NLD\]: m10 for claire alone$' \
  "claire receives the direct message, from alice's name at the service"
expect_not claire.out 'm3|m4|m5|m6|m7|m8|m9' "claire receives nothing else"

expect catalog.out '^offered NATO CONFIDENTIAL$' "the catalog offers NATO CONFIDENTIAL"
expect catalog.out '^offered NATO RESTRICTED \(default\)$' "the catalog's default"
expect catalog.out '^offered NATO UNCLASSIFIED$' "the catalog offers NATO UNCLASSIFIED"
expect_not catalog.out 'SECRET' "the catalog leaves out what bob may not read"

# The audit: one JSON line per decision, each one valid JSON.
lines=$(grep -c . audit.jsonl || true)
[[ $lines -eq 12 ]] || fail "the audit has $lines lines, not 12 (2 for m1, 2 for m2, 1 for each other message)"
python3 -c 'import json, sys; [json.loads(line) for line in open(sys.argv[1])]' audit.jsonl || fail "an audit line is not JSON"
expect audit.jsonl '"kind":"deliver","subject":"bob@localhost","target":"ops@guard.localhost",.*"label":"NATO SECRET","allowed":false,.*"rule":"clearance below label"' \
  "the audit line of the refusal for clearance"
expect audit.jsonl '"subject":"claire@localhost",.*"label":"NATO SECRET","allowed":true,"mode":"enforce","delivered":true' \
  "the audit line of a delivery"
expect audit.jsonl '"subject":"bob@localhost","target":"bob@localhost",.*"rule":"not releasable"' "the audit line of the refusal for releasability"
expect audit.jsonl '"target":"exercise-xmpp",.*"rule":"above channel ceiling"' "the audit line of the refusal for the channel ceiling"
expect audit.jsonl '"subject":"alice@localhost",.*"rule":"label missing"' "the audit line of a missing label"
expect audit.jsonl '"subject":"alice@localhost",.*"rule":"label unreadable"' "the audit line of a malformed label"
expect audit.jsonl '"policy":"exercise-policy","policy_version":"2026-11"' "the audit names the policy"

if ((failures > 0)); then
  for f in guard.out allowed.out clearance.out releasability.out room_releasability.out ceiling.out missing.out \
    malformed.out unknown_sender.out direct.out sender.out bob.out claire.out catalog.out audit.jsonl; do
    echo "--- $f" >&2
    cat "$f" >&2
  done
  echo "xmpp end to end: $failures checks failed" >&2
  exit 1
fi
echo "xmpp end to end: every check passed (Prosody on 127.0.0.1:$c2s, the guard on :$component)"
