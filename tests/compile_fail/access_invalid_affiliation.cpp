// Forbidden: a person said to serve with a country (Japan): serves_with names organisations and
// missions only, so the value is refused rather than read as membership. Twin: serving with KFOR.
// expect: denied<clearance::(v0::)?reason::invalid_affiliation, .*"NATO RESTRICTED".*"serves with JPN"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr party_set mission{party::kfor};
#else
constexpr party_set mission{party::jpn};
#endif
constexpr person reader{.nationality = party::nld, .works_for = organisation::accredited, .clearances = {nld::screening_c},
                        .need_to_know = {site_papers}, .briefed = true, .serves_with = mission};
static_assert(require<can_access(reader, site_paper)>);
