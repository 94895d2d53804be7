// Forbidden: converting RESTREINT UE to Belgium, which has no level for it (2013/488 App. B,
// note 1): never silently replaced by another level. Twin: CONFIDENTIEL UE.
// expect: denied<clearance::(v0::)?reason::no_equivalent_level, .*"RESTREINT UE/EU RESTRICTED".*"Belgium"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label restreint = eu::confidential;
#else
constexpr label restreint = eu::restricted;
#endif
static_assert(require<from_eu(restreint, bel::id).outcome>);
