// Forbidden: a person holding need-to-know for category bit 5, which no catalogue defines.
// Twin: need-to-know for the site's papers only.
// expect: denied<clearance::(v0::)?reason::invalid_need_to_know, .*"NATO RESTRICTED".*"need-to-know category 14"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr category_set held{site_papers};
#else
constexpr category_set held{site_papers, static_cast<category>(14)};
#endif
constexpr person reader{.nationality = party::nld, .works_for = organisation::accredited,
                        .clearances = {nld::screening_c}, .need_to_know = held, .briefed = true};
static_assert(require<can_access(reader, site_paper)>);
