// SPDX-License-Identifier: MIT
//
// libFuzzer target: spif::read on any bytes (clang, ASan + UBSan). Besides the sanitizers'
// findings, it stops on a broken promise: a refusal must point inside the input, on a line of it,
// and carry no document; a document read must be written back to a SPIF that reads back equal
// and is written again to the very same text. The seeds are the policies in tests/spif.
#include <clearance/wire/spif.hpp>
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
  return 0;
}
