// Forbidden: a chat server hands a COSMIC TOP SECRET message to the transport towards a peer
// server cleared up to NATO SECRET. Twin: a NATO SECRET message, which the peer may take.
// expect: denied<clearance::(v0::)?reason::above_destination_clearance, .*"COSMIC TOP SECRET".*"up to NATO SECRET"
#include <string>

#include <clearance/clearance.hpp>
using namespace clearance;

constexpr destination peer{.id = "xmpp.bund.example", .kind = destination_kind::peer, .cleared = {nato::secret},
                           .parties = {party::deu}};
#ifdef CLEARANCE_TWIN
using message = labeled<std::string, label{nato::secret}>;
#else
using message = labeled<std::string, label{nato::cosmic_top_secret}>;
#endif
const std::string& outgoing(const message& m) { return deliver<peer>(m); }
