// SPDX-License-Identifier: MIT
//
// Labels on the wire over the built-in schemes: STANAG 4774 XML, 4778 bindings, ESS labels (DER
// and base64) and XEP-0258, read and written without naming a registry (the functions of wire/*.hpp take
// one first).
//
//     #include <clearance/wire.hpp>
//     const clearance::xml_label r = clearance::read_4774(received_xml);
//
// Opt-in, apart from <clearance/clearance.hpp>: a tool that exchanges labels includes this one;
// one that only decides does not pay for the readers.
#pragma once

#include <cstdint>
#include <string_view>

#include "builtin.hpp"
#include "core/quiet_shadow.hpp"
#include "core/slice.hpp"
#include "wire/ess.hpp"
#include "wire/policy.hpp"
#include "wire/stanag4774.hpp"
#include "wire/stanag4778.hpp"
#include "wire/xep0258.hpp"
#include "wire/xml.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

constexpr xml_label read_4774(std::string_view text) noexcept { return read_4774(builtin_schemes, text); }
constexpr wire_text write_4774(const label& l, const stanag4774_options& options = {}) noexcept {
  return write_4774(builtin_schemes, l, options);
}
constexpr wire_text write_alternative_4774(const label& l, scheme_id target,
                                           const conversion_terms& terms = {}) noexcept {
  return write_alternative_4774(builtin_schemes, l, target, terms);
}
constexpr ess_label read_ess(slice<const std::uint8_t> der) noexcept { return read_ess(builtin_schemes, der); }
constexpr ess_result write_ess(const label& l, const ess_privacy_mark& mark = {}) noexcept {
  return write_ess(builtin_schemes, l, mark);
}
constexpr ess_label read_ess_base64(std::string_view text) noexcept { return read_ess_base64(builtin_schemes, text); }
constexpr ess_text write_ess_base64(const label& l, const ess_privacy_mark& mark = {}) noexcept {
  return write_ess_base64(builtin_schemes, l, mark);
}
constexpr binding_information read_4778(std::string_view text) noexcept { return read_4778(builtin_schemes, text); }
constexpr wire_text write_4778(const label& l, const binding_options& options = {}) noexcept {
  return write_4778(builtin_schemes, l, options);
}
constexpr xmpp_label read_xep0258(std::string_view text, const conversion_terms& terms = {}) noexcept {
  return read_xep0258(builtin_schemes, text, terms);
}
constexpr wire_text write_xep0258(const label& l, const xep0258_options& options = {}) noexcept {
  return write_xep0258(builtin_schemes, l, options);
}
constexpr decision label_intake(const wire_result& read) noexcept { return label_intake(builtin_schemes, read); }

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
