// SPDX-License-Identifier: MIT
//
// explain_all: every reason of a decision, explained, for the operator who fixes a clearance
// once instead of rule by rule. Run time (the text has no fixed bound); apart from explain.hpp
// so that the headers of the compile-time checks do not pull in <string>.
#pragma once

#include <string>
#include <string_view>

#include "../core/decision.hpp"
#include "../core/registry.hpp"
#include "explain.hpp"

namespace clearance::inline v0 {

/// Every reason of a list (access_reasons, transmit_reasons, delivery_reasons), in order, each
/// explained as `explain` does: the sentences, one per line. The first line is the decision's.
inline std::string explain_all(const registry& reg, const decision_list& reasons, std::string_view who = {}) {
  std::string out;
  for (const decision& d : reasons) {
    if (!out.empty()) out += '\n';
    out += explain(reg, d, who).view();
  }
  return out;
}

}  // namespace clearance::inline v0
