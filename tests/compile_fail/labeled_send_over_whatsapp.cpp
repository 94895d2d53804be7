// Forbidden: a code path that sends NATO RESTRICTED text over WhatsApp (source 003).
// Twin: NATO UNCLASSIFIED text.
// expect: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"NATO RESTRICTED".*"unclassified only"
#include <string>

#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
using text = labeled<std::string, label{nato::unclassified}>;
#else
using text = labeled<std::string, label{nato::restricted}>;
#endif
const std::string& outgoing(const text& t) { return send<channels::whatsapp>(t); }
