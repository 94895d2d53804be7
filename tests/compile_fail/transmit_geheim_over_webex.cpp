// Forbidden: Stg. GEHEIM over Cisco Webex, approved up to Dep. VERTROUWELIJK (source 004).
// Twin: Dep. VERTROUWELIJK.
// expect: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"Stg\. GEHEIM".*"up to Dep\. VERTROUWELIJK"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label meeting_notes = nld::dep_vertrouwelijk;
#else
constexpr label meeting_notes = nld::stg_geheim;
#endif
static_assert(require<may_transmit(meeting_notes, channels::cisco_webex, webex_client)>);
