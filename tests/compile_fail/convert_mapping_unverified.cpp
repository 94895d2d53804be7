// Forbidden: converting CONFIDENTIEL UE for the UK in 2015 through the UK row of Appendix B after
// 2014, which was not read (domain-brief §1.3 [U]): an unverified row decides nothing unless the
// caller accepts it. Twin: the caller accepts unverified rows, and gets UK SECRET.
// expect: denied<clearance::(v0::)?reason::mapping_unverified, .*"CONFIDENTIEL UE/EU CONFIDENTIAL".*"GBR SECRET \(unverified\)"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr conversion_terms terms{.on = {2015, 1, 1}, .accepts = confidence::unverified};
#else
constexpr conversion_terms terms{.on = {2015, 1, 1}};
#endif
static_assert(require<from_eu(eu::confidential, gbr::id, terms).outcome>);
