// Forbidden: Stg. CONFIDENTIEEL over the regular telephone, approved up to Dep. VERTROUWELIJK
// (source 004). Twin: Dep. VERTROUWELIJK.
// expect: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"Stg\. CONFIDENTIEEL".*"up to Dep\. VERTROUWELIJK"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label call = nld::dep_vertrouwelijk;
#else
constexpr label call = nld::stg_confidentieel;
#endif
static_assert(require<may_transmit(call, channels::telephone)>);
