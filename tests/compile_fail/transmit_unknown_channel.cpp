// Forbidden: a channel the catalogue does not hold is never guessed. Twin: a catalogue channel.
// expect: denied<clearance::(v0::)?reason::unknown_channel, .*"Dep\. VERTROUWELIJK".*"unknown channel"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr std::string_view id = "telephone";
#else
constexpr std::string_view id = "carrier-pigeon";
#endif
static_assert(require<may_transmit(nld::dep_vertrouwelijk, find_channel(id))>);
