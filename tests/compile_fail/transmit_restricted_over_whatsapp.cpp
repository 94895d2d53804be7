// Forbidden: NATO RESTRICTED over WhatsApp, for unclassified information only (source 003).
// Twin: NATO UNCLASSIFIED.
// expect: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"NATO RESTRICTED".*"unclassified only"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label chat = nato::unclassified;
#else
constexpr label chat = nato::restricted;
#endif
static_assert(require<may_transmit(chat, channels::whatsapp)>);
