// SPDX-License-Identifier: MIT
//
// libFuzzer target: read_4774 on any bytes (clang, ASan + UBSan). A refusal must point inside the
// input and carry no label; a label read must be valid and come back unchanged when written and
// read again. See scripts/fuzz.sh.
#include <clearance/wire.hpp>
#include <cstddef>
#include <cstdint>

#include "promise.hpp"

using namespace clearance;
using fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const xml_label r = read_4774(text);
  if (!r) {
    expect(r.offset <= size && r.value == label{});
    return 0;
  }
  expect(is_valid(r.value));
  const wire_text w = write_4774(r.value, {.role = r.role});
  expect(w.ok());
  const xml_label back = read_4774(w.view());
  expect(back.ok() && back.value == r.value && back.role == r.role);
  return 0;
}
