// SPDX-License-Identifier: MIT
//
// libFuzzer target: parse_marking on any bytes (clang, ASan + UBSan). Besides the sanitizers'
// findings, it stops on a broken promise: a refusal must point inside the text and carry no
// label; a label read must be valid and come back unchanged from its canonical, portion and
// banner markings. See scripts/fuzz.sh.
#include <clearance/marking.hpp>
#include <cstddef>
#include <cstdint>

#include "promise.hpp"

using namespace clearance;
using fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The first byte also chooses a scheme to read within, so hinted reading is explored too.
  const scheme_id within = size > 0 && data[0] % 8 < builtin_schemes.schemes().size() ? builtin_schemes.schemes()[data[0] % 8]->id
                                                                             : scheme_id::none;
  for (const marking_result& r : {parse_marking(text), parse_marking(text, {within})}) {
    if (!r) {
      expect(r.offset <= size && r.value == label{});
      continue;
    }
    expect(is_valid(r.value));
    expect(parse_marking(format_marking(r.value).view()).value == r.value);
    expect(parse_marking(format_marking(r.value, marking_form::portion).view()).value == r.value);
    for (language lang : {language::en, language::fr, language::nl, language::de})
      expect(parse_marking(format_marking(r.value, marking_form::banner, lang).view(), {r.value.scheme}).value ==
             r.value);
  }
  return 0;
}
