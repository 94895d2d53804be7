// SPDX-License-Identifier: MIT
//
// Prints the fuzzer's dictionary (every phrase and word the parser knows, and the separators),
// or, given a folder, writes a seed corpus there: each level spelling alone and with a category,
// a releasability list and a context. Generated from the library's own tables, so it follows the data.
#include <clearance/marking.hpp>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "promise.hpp"

using namespace clearance;
using fuzz::quoted;

int main(int argc, char** argv) {
  const auto phrases = marking_vocabulary();
  if (argc < 2) {
    std::set<std::string> entries{"//", " - ", "(", ")", ", ", "/", ".", "\xE2\x80\x93"};
    for (const marking_phrase& p : phrases) {
      entries.insert(std::string(p.text));
      std::string word;  // each word alone, as written: the text split at its separators
      for (char c : std::string(p.text) + " ") {
        if (std::string_view(" ./-,()").find(c) == std::string_view::npos) {
          word += c;
        } else if (!word.empty()) {
          entries.insert(word);
          word.clear();
        }
      }
    }
    for (const std::string& e : entries) std::printf("%s\n", quoted(e).c_str());
    return 0;
  }
  int n = 0;
  const std::string suffixes[] = {"", "//ATOMAL", " BOHEMIA - STAFF", "//REL TO NLD, BEL", " Ireland, NATO ONLY",
                                  "//COMPARTMENT 7"};
  for (const marking_phrase& p : phrases) {
    if (p.kind != marking_phrase_kind::level) continue;
    for (const std::string& suffix : suffixes) {
      std::ofstream(std::string(argv[1]) + "/seed-" + std::to_string(n++)) << p.text << suffix;
    }
  }
  std::ofstream(std::string(argv[1]) + "/seed-" + std::to_string(n++)) << "NATO/EAPC CONFIDENTIAL";
  std::printf("%d seeds\n", n);
  return 0;
}
