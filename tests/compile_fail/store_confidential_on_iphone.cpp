// Forbidden: NATO CONFIDENTIAL on a managed iOS 26 iPhone, approved up to NATO RESTRICTED.
// Twin: NATO RESTRICTED.
// expect: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"NATO CONFIDENTIAL".*"up to NATO RESTRICTED"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label mail = nato::restricted;
#else
constexpr label mail = nato::confidential;
#endif
static_assert(require<may_store(mail, channels::ios_26_managed, managed_ios_26)>);
