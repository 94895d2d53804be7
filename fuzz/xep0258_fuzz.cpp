// SPDX-License-Identifier: MIT
//
// libFuzzer target: read_xep0258 and read_4778 on any bytes (clang, ASan + UBSan). A refusal must
// point inside the input and carry no label; a security label read must carry a valid label, and
// written again in the form it came in (with its checked equivalents) read back as the same
// label; a binding read must hold valid labels. See scripts/fuzz.sh.
#include <clearance/wire.hpp>
#include <cstddef>
#include <cstdint>

#include "promise.hpp"

using namespace clearance;
using fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const xmpp_label r = read_xep0258(text);
  if (!r) {
    expect(r.offset <= size && r.value == label{});
  } else {
    expect(is_valid(r.value) && r.equivalent_count <= max_equivalent_labels);
    for (std::size_t i = 0; i < r.equivalent_count; ++i) expect(is_valid(r.equivalents[i].value));
    const wire_text w = write_xep0258(r.value, {.format = r.format});
    if (w) {
      const xmpp_label back = read_xep0258(w.view());
      expect(back.ok() && back.value == r.value && back.format == r.format);
    } else {
      // Only a label without a display marking or a code in the form it came in is not written.
      expect(w.error == wire_error::invalid_label || w.error == wire_error::no_code);
    }
  }
  const binding_information b = read_4778(text);
  if (!b) {
    expect(b.offset <= size && b.binding_count == 0);
  } else {
    for (std::size_t i = 0; i < b.binding_count; ++i) expect(is_valid(b.bindings[i].originator.value));
    for (std::size_t i = 0; i < b.signature_count; ++i)
      expect(b.signatures[i].begin < b.signatures[i].end && b.signatures[i].end <= size);
  }
  return 0;
}
