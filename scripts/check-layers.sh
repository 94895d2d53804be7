#!/usr/bin/env bash
# The layers of include/clearance, bottom to top; a header includes only its own layer and the
# ones below, never upward, and no layer below the top includes a scheme (schemes are opt-in):
#   core/    value types and vocabularies         (includes core/)
#   data/    schemes, the channel catalogue, marking words   (core/, data/)
#   text/    names, sentences, markings            (core/, data/marking_words.hpp, text/)
#   decide/  the decisions                         (core/, text/, decide/)
#   wire/    labels and policies in exchange formats: XML, STANAG 4774, ESS, SPIF  (core/, text/, decide/, wire/)
#   handle/  labelled values, audit                (core/, text/, decide/, wire/, handle/)
#   top      clearance.hpp, builtin.hpp, builtin_vocabulary.hpp (written by tools/clearance_vocabulary.cpp),
#            version.hpp and the forwarding headers at the old paths
# Every clearance namespace a header opens is inside clearance's inline ABI namespace v<major>, the major
# version of version.hpp.
# usage: scripts/check-layers.sh  (exit 1 and one line per include that breaks a rule)
set -euo pipefail
cd "$(dirname "$0")/../include/clearance"
rank() {
  case $1 in
    core/*) echo 0 ;; data/*) echo 1 ;; text/*) echo 2 ;; decide/*) echo 3 ;; wire/*) echo 4 ;; handle/*) echo 5 ;; *) echo 6 ;;
  esac
}
status=0
while IFS= read -r header; do
  header=${header#./}
  dir=$(dirname "$header")
  while IFS= read -r included; do
    target=$(realpath -m --relative-to=. "$dir/$included")
    if (($(rank "$target") > $(rank "$header"))); then
      echo "upward include: $header includes $target"
      status=1
    fi
    if [[ $header != data/* && $(rank "$header") -lt 6 && $target == data/* && $target != data/marking_words.hpp ]]; then
      echo "scheme data below the top: $header includes $target"
      status=1
    fi
  done < <(sed -n 's/^#include "\(.*\)"$/\1/p' "$header")
done < <(find . -name '*.hpp' | sort)
major=$(sed -n 's/^#define CLEARANCE_VERSION_MAJOR \([0-9]*\)$/\1/p' version.hpp)
while IFS=: read -r header line text; do
  if [[ ! $text =~ ^namespace\ clearance::inline\ v${major}(::[a-z0-9_:]+)?\ \{$ ]]; then
    echo "outside the ABI namespace v$major: ${header#./}:$line: $text"
    status=1
  fi
done < <(grep -rn '^namespace clearance' --include='*.hpp' .)
exit $status
