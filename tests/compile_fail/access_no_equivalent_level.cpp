// Forbidden: a host policy makes Belgian nationals meet a national rule; Belgium has no level
// for NATO RESTRICTED (NVO table), so the rule cannot be met. Twin: the default policy.
// expect: denied<clearance::(v0::)?reason::no_equivalent_level, .*"NATO RESTRICTED".*"Belgium"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr person belgian_clerk{.nationality = party::bel, .works_for = organisation::government,
                               .clearances = {}, .need_to_know = {site_papers}, .briefed = true};
#ifdef CLEARANCE_TWIN
constexpr access_policy policy = default_policy;
#else
constexpr personnel_rules belgian_rule = [] {
  personnel_rules r = bel::scheme.personnel;
  r.national_rule = true;
  return r;
}();
constexpr access_policy policy = default_policy.with(bel::id, belgian_rule);
#endif
static_assert(require<can_access(belgian_clerk, site_paper, policy)>);
