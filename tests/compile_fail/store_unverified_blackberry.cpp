// Forbidden: relying on the unverified BlackBerry 10 approval (source 000, domain-brief §5 [U])
// without saying so. Twin: the deployment accepts unverified approvals.
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment phone{.version = 10, .accepts = confidence::unverified};
#else
constexpr deployment phone{.version = 10};
#endif
static_assert(require<may_store(nato::restricted, channels::blackberry_10, phone)>);
