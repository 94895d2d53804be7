// SPDX-License-Identifier: MIT
//
// Writes include/clearance/builtin_vocabulary.hpp: the reader's vocabulary of the built-in
// schemes (text/vocabulary.hpp), as constant tables. Built by the same builder as vocabulary_of,
// so that a file reading a marking literal gets the tables without the compiler building them
// again. The test `vocabulary.current` runs this program and compares its output with the header;
// after a change to a data header, write it again:
//
//     bash scripts/gen-vocabulary.sh
//
// usage: clearance-vocabulary <output file>
//        clearance-vocabulary --check <header>   (exit 1 when the header is not what it would write)
#include <clearance/data/schemes.hpp>
#include <clearance/text/owned_vocabulary.hpp>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace clearance;
using namespace clearance::detail::mk;

// A C++ string literal of `s`: printable ASCII as is, anything else as a three-digit octal escape,
// which no following character can extend; in pieces of about 100 characters, one per line.
std::string literal(std::string_view s) {
  std::string out = "\"";
  std::size_t line = 0;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    const std::size_t before = out.size();
    if (b == '"' || b == '\\') {
      out += '\\';
      out += c;
    } else if (b >= 0x20 && b < 0x7F) {
      out += c;
    } else {
      char esc[5];
      std::snprintf(esc, sizeof esc, "\\%03o", b);
      out += esc;
    }
    line += out.size() - before;
    if (line >= 100) {
      out += "\"\n      \"";
      line = 0;
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  const bool check = argc == 3 && std::string_view{argv[1]} == "--check";
  if (argc != 2 && !check) {
    std::cerr << "usage: clearance-vocabulary <output file> | --check <header>\n";
    return 2;
  }
  const char* path = argv[argc - 1];
  const owned_vocabulary built{builtin_schemes};
  if (!built.ok()) {
    std::cerr << "the built-in schemes make no vocabulary: " << to_string(built.fault()) << ": " << built.phrase()
              << '\n';
    return 1;
  }
  const vocabulary v = built.view();
  std::ostringstream out;

  out << "// SPDX-License-Identifier: MIT\n"
         "//\n"
         "// Written by tools/clearance_vocabulary.cpp (bash scripts/gen-vocabulary.sh); do not edit.\n"
         "// The reader's vocabulary of the built-in schemes (data/schemes.hpp), as constant tables: what\n"
         "// vocabulary_of<builtin_schemes> builds, so that a file reading a marking literal does not\n"
         "// have the compiler build it again. The test `vocabulary.current` checks that the tables are\n"
         "// what the builder makes of today's data headers.\n"
         "#pragma once\n\n"
         "#include <array>\n#include <cstdint>\n\n"
         "#include \"core/quiet_shadow.hpp\"\n"
         "#include \"data/schemes.hpp\"\n"
         "#include \"text/vocabulary.hpp\"\n\n"
         "CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN\n\n"
         "namespace clearance::inline v0::detail::mk {\n\n"
         "// The tables of integers and texts, which a compiler reads quickly.\n"
         "namespace builtin_data {\n";

  // The folded words, back to back, and each word's place and hash.
  const auto words = v.words();
  std::string chars;
  for (const word_entry& w : words) chars.append(v.chars() + w.offset, w.length);
  out << "inline constexpr char chars[] = " << literal(chars) << ";\n";
  out << "inline constexpr word_entry words[] = {";
  for (std::size_t i = 0; i < words.size(); ++i)
    out << (i % 6 == 0 ? "\n      " : " ") << '{' << words[i].offset << ", " << words[i].length << ", " << words[i].hash
        << "U},";
  out << "\n};\n";

  const auto slots = v.slots();
  out << "inline constexpr std::uint16_t slots[] = {";
  for (std::size_t i = 0; i < slots.size(); ++i) out << (i % 16 == 0 ? "\n      " : " ") << slots[i] << ',';
  out << "\n};\n";

  // The phrases as rows of integers (detail::mk::phrases_from_rows), their texts back to back.
  const auto phrases = v.phrases();
  std::string texts;
  out << "inline constexpr std::uint64_t phrase_rows[] = {\n";
  for (const marking_phrase& p : phrases) {
    static_assert(phrase_row_size == 5);
    using f = phrase_bits;
    const std::uint64_t fields[] = {texts.size(),
                                    p.text.size(),
                                    static_cast<std::uint64_t>(p.kind),
                                    static_cast<std::uint64_t>(p.rank),
                                    static_cast<std::uint64_t>(p.keyword),
                                    static_cast<std::uint64_t>(p.scheme)};
    const int bounds[] = {f::offset, f::length, f::kind, f::rank, f::keyword, f::scheme, f::end};
    std::uint64_t packed = 0;
    for (std::size_t k = 0; k < std::size(fields); ++k) {
      if (!f::fits(fields[k], bounds[k], bounds[k + 1])) {
        std::cerr << "phrase \"" << p.text << "\": field " << k
                  << " does not fit in its bits (detail::mk::phrase_bits)\n";
        return 1;
      }
      packed |= fields[k] << bounds[k];
    }
    out << "      " << packed << "U, " << p.categories.words[0] << "U, " << p.categories.words[1] << "U, "
        << p.parties.words[0] << "U, " << p.parties.words[1] << "U,"
        << (p.text.find('\\') == std::string_view::npos ? "  // " + std::string(p.text) : std::string()) << "\n";
    texts += p.text;
  }
  out << "};\n";
  out << "inline constexpr char texts[] = " << literal(texts) << ";\n";

  const auto ids = v.phrase_ids();
  out << "inline constexpr phrase_words phrase_ids[] = {";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    out << (i % 4 == 0 ? "\n      " : " ") << "{{";
    for (std::size_t k = 0; k < max_phrase_words; ++k) out << (k ? ", " : "") << ids[i].ids[k];
    out << "}, " << ids[i].count << "},";
  }
  out << "\n};\n";

  const auto starts = v.starts();
  out << "inline constexpr std::uint16_t starts[] = {";
  for (std::size_t i = 0; i < starts.size(); ++i) out << (i % 16 == 0 ? "\n      " : " ") << starts[i] << ',';
  out << "\n};\n";
  out << "}  // namespace builtin_data\n\n"
         "/// The phrases and the vocabulary; a class template, so that a file that reads no marking does\n"
         "/// not evaluate them.\n"
         "template <class Deferred>\n"
         "struct builtin_tables {\n"
         "  template <class T>\n"
         "  using of = typename dependent<T, Deferred>::type;\n"
         "  static constexpr of<std::array<marking_phrase, "
      << phrases.size()
      << ">> phrases =\n"
         "      phrases_from_rows<"
      << phrases.size()
      << ">(builtin_data::texts, builtin_data::phrase_rows);\n"
         "  static constexpr of<vocabulary> view{\n"
         "      builtin_schemes, {builtin_data::chars, sizeof builtin_data::chars - 1}, builtin_data::words,\n"
         "      builtin_data::slots, phrases, builtin_data::phrase_ids, builtin_data::starts};\n"
         "};\n\n"
         "}  // namespace clearance::inline v0::detail::mk\n\n"
         "CLEARANCE_DETAIL_QUIET_SHADOW_END\n";

  if (check) {
    std::ifstream in(path, std::ios::binary);
    const std::string now{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (now == out.str()) return 0;
    std::cerr << path << " is not the vocabulary of today's data headers: write it again with\n"
              << "    bash scripts/gen-vocabulary.sh\n";
    return 1;
  }
  std::ofstream file(path, std::ios::binary);
  file << out.str();
  return file ? 0 : 1;
}
