// Forbidden: a host's channel row whose kind is a value cast from outside its enumerators.
// Twin: a messenger.
// expect: denied<clearance::(v0::)?channel_rule::undefined_kind, .*"team-chat".*"undefined kind"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr channel_kind value = channel_kind::messenger;
#else
constexpr channel_kind value = static_cast<channel_kind>(42);
#endif
inline constexpr channel team_chat{.id = "team-chat", .name = "team chat", .kind = value,
                                   .uses = {use::transmit}, .ceilings = {nld::dep_vertrouwelijk},
                                   .approved_by = authority::government, .approver = "our ministry",
                                   .source = {"our accreditation", confidence::verified}};
static_assert(verified_channel<team_chat>);
