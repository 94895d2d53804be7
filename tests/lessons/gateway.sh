#!/usr/bin/env bash
# The gateway of lesson 7 on input the sample does not show: the same report whether the
# messages come from a file or from standard input, and the audit log written to the file named.
# usage: gateway.sh <lesson_07_gateway> <directory with messages.txt, report.txt, audit.txt> <work dir>
# After a deliberate change, refresh the expected files with:
#   <program> messages.txt audit.txt > report.txt
set -euo pipefail
program=$1 data=$2 work=$3
mkdir -p "$work"
status=0
"$program" "$data/messages.txt" "$work/audit-file.txt" > "$work/report-file.txt"
"$program" - "$work/audit-stdin.txt" < "$data/messages.txt" > "$work/report-stdin.txt"
for from in file stdin; do
  diff -u "$data/report.txt" "$work/report-$from.txt" || { echo "report differs (input from $from)" >&2; status=1; }
  diff -u "$data/audit.txt" "$work/audit-$from.txt" || { echo "audit log differs (input from $from)" >&2; status=1; }
done
# A file that cannot be read is bad input: exit status 2 and a message, nothing else.
set +e
"$program" "$work/no-such-file" > "$work/missing.out" 2> "$work/missing.err"
code=$?
set -e
if [[ $code != 2 || -s "$work/missing.out" ]] || ! grep -q "cannot read" "$work/missing.err"; then
  echo "a missing input file: expected exit 2 and 'cannot read', got exit $code" >&2
  status=1
fi
exit $status
