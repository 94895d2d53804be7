// Forbidden: NATO RESTRICTED for someone who works for no NATO body, member state or accredited
// organisation (source 000 [U]). Twin: employed by an accredited organisation.
// expect: denied<clearance::(v0::)?reason::no_authorising_organisation, .*"NATO RESTRICTED".*"no organisation"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = defence_cleaner;
#else
constexpr person reader = working_for(defence_cleaner, organisation::none);
#endif
static_assert(require<can_access(reader, site_paper)>);
