#!/usr/bin/env bash
# clearance-check's exit status and messages: 0 allowed, 1 denied, 2 bad input (a message on
# standard error, nothing on standard output). Each case names the status it expects and a
# regular expression its output must match.
# usage: cases.sh <clearance-check>
set -uo pipefail
program=$1
failures=0 count=0
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

# expect <status> <regex> <arguments...>
expect() {
  local want=$1 regex=$2
  shift 2
  local out err got
  out=$("$program" "$@" 2>"$errors")
  got=$?
  err=$(cat "$errors")
  count=$((count + 1))
  local problem=""
  [[ $got == "$want" ]] || problem="exit status $got, expected $want"
  if [[ $want == 2 ]]; then
    [[ -z $out ]] || problem+="${problem:+; }printed on standard output: $out"
    grep -Eq -- "$regex" <<<"$err" || problem+="${problem:+; }standard error does not match /$regex/: $err"
  else
    [[ -z $err ]] || problem+="${problem:+; }printed on standard error: $err"
    grep -Eq -- "$regex" <<<"$out" || problem+="${problem:+; }output does not match /$regex/: $out"
  fi
  if [[ -n $problem ]]; then
    echo "FAIL clearance-check $*: $problem" >&2
    failures=$((failures + 1))
  fi
}

nl_secret="NLD, government, screening A, NS, briefed"

# access: 0 allowed, 1 denied
expect 0 '^allowed: NATO SECRET$' access --person "$nl_secret" --label "NATO SECRET//REL TO NLD"
expect 1 'denied \(not releasable\): person is DEU; label NATO SECRET is releasable to NLD' \
  access --person "DEU, government, Ue2, NS, briefed" --label "NATO SECRET//REL TO NLD"
expect 1 'denied \(missing need-to-know\).*ATOMAL' access --person "$nl_secret" --label "NATO SECRET//ATOMAL"
expect 0 '^allowed' access --person "$nl_secret, need-to-know ATOMAL" --label "NATO SECRET//ATOMAL"
expect 0 '^allowed' access --person "$nl_secret, need-to-know compartment 7" --label "NS//COMPARTMENT 7"
expect 1 'denied \(clearance below label\).*screening C.*Stg\. GEHEIM' \
  access --person "NLD, accredited, screening C, briefed" --label "Stg. GEHEIM"
expect 1 'denied \(not briefed\)' access --person "NLD, government, screening A, NS" --label "NATO SECRET"
expect 1 'denied \(no authorising organisation\)' access --person "NLD, screening A, NS, briefed" --label "NATO SECRET"
expect 0 '^allowed: GEHEIM$' access --person "DEU, government, Ue2, briefed" --label GEHEIM --scheme DEU
expect 1 'denied' access --person "BEL, government, BEL GEHEIM, NS, briefed" --label "VS-VERTRAULICH"

# transmit and store: 0 allowed, 1 denied
expect 1 '^denied \(above channel ceiling\): channel Cisco Webex is approved up to Dep\. VERTROUWELIJK; label is Stg\. GEHEIM$' \
  transmit --label "Stg. GEHEIM" --channel cisco-webex
expect 1 'denied \(condition not met\): client deployment' transmit --label "Dep. V." --channel cisco-webex
expect 0 '^allowed: Dep\. VERTROUWELIJK$' transmit --label "Dep. V." --channel cisco-webex --meets client-deployment
expect 0 '^allowed: Stg\. GEHEIM$' transmit --label "Stg. GEHEIM" --channel sectra-tiger-s
expect 1 'denied \(above channel ceiling\): channel WhatsApp is approved for unclassified information only' \
  transmit --label "NATO RESTRICTED" --channel whatsapp
expect 0 '^allowed: NATO UNCLASSIFIED$' transmit --label "NATO UNCLASSIFIED" --channel whatsapp
expect 1 'denied \(approval unverified\)' transmit --label NR --channel blackberry-10 --as-approved
expect 0 '^allowed' transmit --label NR --channel blackberry-10 --as-approved --accept unverified
expect 1 'denied \(approval not yet valid\)' transmit --label NR --channel ios-26-managed --as-approved --on 2026-01-01
expect 0 '^allowed' store --label NR --channel ios-26-managed --as-approved --on 2026-11-23
expect 1 'denied \(version not approved\)' store --label NR --channel ios-26-managed --as-approved --version 25
expect 1 'denied \(condition not met\)' store --label NR --channel ios-26-managed --version 26 --on 2026-03-01
expect 1 'denied \(approval date unknown\).*starts 2026-02-26' store --label NR --channel ios-26-managed --version 26
expect 0 '^allowed' store --label NR --channel ios-26-managed --as-approved

# bad input: 2, with a message
expect 2 'no command' 
expect 2 'unknown command "acces"' acces --label NS
expect 2 'missing --label' transmit --channel telephone
expect 2 'missing --person' access --label NS
expect 2 'no channel "pigeon" in the catalogue' transmit --label NS --channel pigeon
expect 2 '--label "NATO SEKRIT": unknown classification at byte 5' transmit --label "NATO SEKRIT" --channel telephone
expect 2 'ambiguous' transmit --label GEHEIM --channel telephone
expect 2 '--label "NATO \\xFF SECRET": invalid UTF-8 at byte 5$' \
  transmit --label "$(printf 'NATO \xff SECRET')" --channel telephone  # bytes escaped, no caret line
expect 2 'unknown scheme "XYZ"' transmit --label GEHEIM --channel telephone --scheme XYZ
expect 2 'not a calendar day' transmit --label NR --channel telephone --on 2026-02-30
expect 2 'is not a number' transmit --label NR --channel telephone --version abc
expect 2 'unknown condition "cloud"' transmit --label NR --channel telephone --meets cloud
expect 2 'no confidence' transmit --label NR --channel telephone --accept maybe
expect 2 'unknown option "--person" for transmit' transmit --label NR --channel telephone --person NLD
expect 2 '--label given twice' transmit --label NR --label NS --channel telephone
expect 2 '--channel needs a value' transmit --label NR --channel
expect 2 'no nationality' access --person "government, NS" --label NS
expect 2 'two nationalities' access --person "NLD, BEL" --label NS
expect 2 'two clearances of one scheme' access --person "NLD, NS, NC" --label NS
expect 2 'compartment 48 is out of range' access --person "NLD, need-to-know compartment 48" --label NS
expect 2 'unknown category "ATOMIC"' access --person "NLD, need-to-know ATOMIC" --label NS
expect 2 '"wizard" is no nationality' access --person "NLD, wizard" --label NS
expect 2 'an empty item' access --person "NLD,,NS" --label NS
expect 2 'matrix takes no options' matrix --label NS

# labels on the wire: convert writes each form; access and convert read them back
nato_xml='<originatorConfidentialityLabel xmlns="urn:nato:stanag:4774:confidentialitymetadatalabel:1:0"><ConfidentialityInformation><PolicyIdentifier>NATO</PolicyIdentifier><Classification>SECRET</Classification><Category TagName="Context" Type="PERMISSIVE"><GenericValue>Releasable</GenericValue></Category><Category TagName="Releasable To" Type="PERMISSIVE"><GenericValue>DEU</GenericValue></Category></ConfidentialityInformation></originatorConfidentialityLabel>'
expect 0 '^<originatorConfidentialityLabel .*<Classification>SECRET</Classification>.*<GenericValue>NLD</GenericValue>' \
  convert --label "NATO SECRET//REL TO NLD" --to 4774
expect 0 '^NATO SECRET//REL TO DEU$' convert --label "$nato_xml" --to marking
expect 1 'denied \(not releasable\): person is NLD; label NATO SECRET is releasable to DEU' \
  access --person "$nl_secret" --label "$nato_xml"
ess=$("$program" convert --label "NATO CONFIDENTIAL//ATOMAL" --to ess)
expect 0 '^NATO CONFIDENTIAL//ATOMAL$' convert --label "ess:$ess" --to marking
expect 0 '^<securitylabel xmlns="urn:xmpp:sec-label:0"><displaymarking>Stg\. GEHEIM</displaymarking>' \
  convert --label "Stg. GEHEIM" --to xep-0258
expect 0 '^NLD Stg\. GEHEIM$' convert --label "$("$program" convert --label "Stg. GEHEIM" --to xep-0258)" --to marking
expect 0 '^NATO RESTRICTED$' convert --label "$("$program" convert --label NR --to 4778)" --to banner
expect 2 'ESS label \(base64\): unknown policy' access --person "$nl_secret" --label "ess:MQYCAQQGASk="
expect 2 'ESS label \(base64\): bad base64' convert --label "ess:MQYCAQQGASk" --to marking
expect 2 'STANAG 4774 label: unexpected element at byte 0' convert --label "<x/>" --to marking
expect 2 'unknown format "pdf"' convert --label NS --to pdf
expect 2 'cannot read' convert --label @/nonexistent/label.xml --to marking

# security policy files: a built-in scheme as a SPIF
expect 0 '<securityPolicyId name="Netherlands" id="2\.25\.128909374871698331541637434060181487704\.1\.528">' \
  spif NLD --created 20261130120000Z
expect 0 'creationDate="20261130120000Z"' spif nato --created 20261130120000Z
expect 0 '<securityClassification name="SECRET" lacv="4" hierarchy="4">' spif NATO
expect 2 'spif: which scheme' spif
expect 2 'unknown scheme "XYZ"' spif XYZ
expect 2 'unknown option "--to" for spif' spif NLD --to 4774

# listings: 0
expect 0 '^usage: clearance-check' --help
expect 0 'NLD Stg\. GEHEIM +no +no +\? +no +no +yes' matrix
expect 0 'NATO SECRET +SECRET UE/EU SECRET +Stg\. GEHEIM +GEHEIM/SECRET +GEHEIM' schemes
expect 0 'sectra-tiger-s' channels

echo "$count cases, $failures failed"
[[ $failures == 0 ]]
