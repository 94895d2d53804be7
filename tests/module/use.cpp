// SPDX-License-Identifier: MIT
//
// The module gives what the headers give: decisions at compile time and at run time, marking
// literals, explanations and a wire format.
import clearance;

#include <cstdio>
#include <string_view>

using namespace clearance;
using namespace clearance::literals;

namespace {

constexpr person reader{.nationality = party::nld,
                        .works_for = organisation::government,
                        .clearances = {nld::screening_a, nato::clearance_secret},
                        .need_to_know = {},
                        .briefed = true};
static_assert(require<can_access(reader, nato::secret)>);
static_assert(!can_access(reader, nato::cosmic_top_secret));
static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::telephone)>);
constexpr label marked = "Stg. GEHEIM"_marking;
static_assert(marked == label{nld::stg_geheim});

}  // namespace

int main() {
  const decision refused = can_access(reader, nato::cosmic_top_secret);
  const decision sent = may_transmit(nld::stg_geheim, channels::telephone);
  const marking_result read = parse_marking("NATO SECRET//REL TO NLD");
  std::printf("%s\n%s\n%s\n", explain(refused).c_str(), explain(sent).c_str(),
              format_marking(read.value).c_str());
  return refused.allowed() || sent.allowed() || !read ? 1 : 0;
}
