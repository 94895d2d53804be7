// SPDX-License-Identifier: MIT
//
// libFuzzer target: read_ess on any bytes, and read_ess_base64 on the same bytes as text (clang,
// ASan + UBSan). Besides the sanitizers' findings, it stops on a broken promise: a refusal must
// point inside the input and carry no label and no privacy mark; a label read must be valid, and
// written back (with its privacy mark) give the very same octets, which read back to the same
// label: DER and the reader's lists are canonical, so one label has one encoding. The seeds in
// fuzz/ess_seeds are labels written by write_ess.
#include <clearance/builtin.hpp>
#include <clearance/wire/ess.hpp>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

#include "promise.hpp"

using namespace clearance;
using fuzz::expect;

namespace {

bool same(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}

/// The promises of a result read from `input` (`der`: the DER it stands for, when known).
void check(const ess_label& r, std::size_t size, std::span<const std::uint8_t> der, bool base64) {
  if (!r) {
    expect(r.offset <= size && r.value == label{} && r.privacy_mark().type == privacy_mark_type::none &&
           r.privacy_mark().text.empty());
    return;
  }
  expect(is_valid(r.value));
  const ess_result written = write_ess(builtin_schemes, r.value, r.privacy_mark());
  expect(written.ok());
  if (!base64) expect(same(written.view(), der));
  const ess_label again = read_ess(builtin_schemes, written.view());
  expect(again.ok() && again.value == r.value && again.privacy_mark().type == r.privacy_mark().type &&
         again.privacy_mark().text == r.privacy_mark().text);
  if (base64) {
    const ess_text text = write_ess_base64(builtin_schemes, r.value, r.privacy_mark());
    expect(text.ok() && text.view() == std::string_view(reinterpret_cast<const char*>(der.data()), der.size()));
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);
  check(read_ess(builtin_schemes, bytes), size, bytes, false);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check(read_ess_base64(builtin_schemes, text), size, bytes, true);
  return 0;
}
