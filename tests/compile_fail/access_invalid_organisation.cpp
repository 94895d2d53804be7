// Forbidden: a person whose organisation is a value cast from outside the enumeration (99): it is
// not read as "some organisation". Twin: an accredited organisation.
// expect: denied<clearance::(v0::)?reason::invalid_organisation, .*"NATO RESTRICTED".*"organisation 99"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr organisation employer = organisation::accredited;
#else
constexpr organisation employer = static_cast<organisation>(99);
#endif
constexpr person reader{.nationality = party::nld, .works_for = employer, .clearances = {nld::screening_c},
                        .need_to_know = {site_papers}, .briefed = true};
static_assert(require<can_access(reader, site_paper)>);
