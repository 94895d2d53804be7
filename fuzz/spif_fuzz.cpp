// SPDX-License-Identifier: MIT
//
// libFuzzer target: spif::read on any bytes, and spif::load on what it reads (clang, ASan +
// UBSan). Besides the sanitizers' findings, it stops on a broken promise: a refusal must point
// inside the input, on a line of it, and carry no document; a document read must be written back
// to a SPIF that reads back equal and is written again to the very same text; a scheme loaded
// must pass the table rules, and exported and loaded again give the same levels. The seeds are
// the policies in tests/spif.
#include <clearance/clearance.hpp>
#include <clearance/wire/spif.hpp>
#include <clearance/wire/spif_scheme.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "promise.hpp"

using namespace clearance;
using fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const spif::read_result r = spif::read(text);
  if (!r) {
    std::size_t lines = 1;
    for (const char c : text) lines += c == '\n' ? 1U : 0U;
    expect(r.offset <= size && r.line >= 1 && r.line <= lines && r.policy == spif::document{} && !r.message().empty());
    return 0;
  }
  spif::document d = r.policy;
  d.extensions.clear();  // written as names only
  const std::string written = spif::write(d);
  const spif::read_result again = spif::read(written);
  expect(again.ok() && again.policy == d && spif::write(again.policy) == written);

  spif::complement c;
  c.id = scheme_id{7999};
  c.code = "FUZZ";
  c.owner = party::nld;
  const spif::load_result l = spif::load(r.policy, c, builtin_schemes);
  if (!l) {
    expect(!l.message().empty());
    return 0;
  }
  const scheme& s = l.value.scheme();
  expect(check_scheme(l.value.registry(), s).rule == table_rule::none);
  const spif::read_result exported = spif::read(spif::write(spif::document_of(l.value.registry(), s)));
  expect(exported.ok());
  const spif::load_result back = spif::load(exported.policy, spif::complement_of(s), builtin_schemes);
  expect(back.ok() && back.value.scheme().levels.size() == s.levels.size());
  for (std::size_t i = 0; i < s.levels.size(); ++i)
    expect(back.value.scheme().levels[i].name == s.levels[i].name && level_code(back.value.scheme().levels[i]) == level_code(s.levels[i]));
  return 0;
}
