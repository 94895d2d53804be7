// Forbidden: Webex is approved to carry meetings, not to store documents.
// Twin: transmitting over it.
// expect: denied<clearance::(v0::)?reason::use_not_approved, .*"Dep\. VERTROUWELIJK".*"no storage"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client)>);
#else
static_assert(require<may_store(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client)>);
#endif
