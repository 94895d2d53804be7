// Forbidden: a host's channel row whose approving authority is a value cast from outside its enumerators.
// Twin: the government.
// expect: denied<clearance::(v0::)?channel_rule::undefined_authority, .*"team-chat".*"undefined authority"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr authority value = authority::government;
#else
constexpr authority value = static_cast<authority>(-1);
#endif
inline constexpr channel team_chat{.id = "team-chat", .name = "team chat", .kind = channel_kind::messenger,
                                   .uses = {use::transmit}, .ceilings = {nld::dep_vertrouwelijk},
                                   .approved_by = value, .approver = "our ministry",
                                   .source = {"our accreditation", confidence::verified}};
static_assert(verified_channel<team_chat>);
