// Forbidden: a default-constructed person (deny by default). Twin: the Defence cleaner.
// expect: denied<clearance::(v0::)?reason::no_person, .*"NATO RESTRICTED".*"no nationality"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = defence_cleaner;
#else
constexpr person reader{};
#endif
static_assert(require<can_access(reader, site_paper)>);
