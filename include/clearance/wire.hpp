// SPDX-License-Identifier: MIT
//
// Labels on the wire over the built-in schemes: STANAG 4774 XML, read and written without
// naming a registry (the functions of wire/*.hpp take one first).
//
//     #include <clearance/wire.hpp>
//     const clearance::xml_label r = clearance::read_4774(received_xml);
//
// Opt-in, apart from <clearance/clearance.hpp>: a tool that exchanges labels includes this one;
// one that only decides does not pay for the readers.
#pragma once

#include <string_view>

#include "builtin.hpp"
#include "core/quiet_shadow.hpp"
#include "wire/policy.hpp"
#include "wire/stanag4774.hpp"
#include "wire/xml.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

constexpr xml_label read_4774(std::string_view text) noexcept { return read_4774(builtin_schemes, text); }
constexpr wire_text write_4774(const label& l, const stanag4774_options& options = {}) noexcept {
  return write_4774(builtin_schemes, l, options);
}
constexpr wire_text write_alternative_4774(const label& l, scheme_id target, const conversion_terms& terms = {}) noexcept {
  return write_alternative_4774(builtin_schemes, l, target, terms);
}

}  // namespace clearance

CLEARANCE_DETAIL_QUIET_SHADOW_END
