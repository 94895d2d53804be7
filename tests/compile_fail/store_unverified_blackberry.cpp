// Forbidden: relying on the unverified BlackBerry 10 approval (source 000, domain-brief §5 [U])
// without saying so. Twin: the deployment accepts unverified approvals (on a day after the
// approval, which the source dates to 2013 only).
// expect: denied<clearance::(v0::)?reason::approval_unverified, .*"NATO RESTRICTED".*"unverified approval"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment phone{.version = 10, .on = date{2026, 3, 1}, .accepts = confidence::unverified};
#else
constexpr deployment phone{.version = 10, .on = date{2026, 3, 1}};
#endif
static_assert(require<may_store(nato::restricted, channels::blackberry_10, phone)>);
