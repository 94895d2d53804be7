// Forbidden: a label releasable to a party value that no catalogue defines (deny by default).
// Twin: releasable to the Netherlands.
// expect: denied<clearance::(v0::)?reason::undefined_party, .*"NATO RESTRICTED".*"party 120 ?"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr party to = party::nld;
#else
constexpr party to = static_cast<party>(120);
#endif
static_assert(require<can_access(defence_cleaner, site_paper.releasable({party::nld, to}))>);
