// Forbidden: a host's channel row whose citation confidence is a value cast from outside its enumerators.
// Twin: verified.
// expect: denied<clearance::(v0::)?channel_rule::undefined_confidence, .*"team-chat".*"undefined confidence"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr confidence value = confidence::verified;
#else
constexpr confidence value = static_cast<confidence>(-1);
#endif
inline constexpr channel team_chat{.id = "team-chat", .name = "team chat", .kind = channel_kind::messenger,
                                   .uses = {use::transmit}, .ceilings = {nld::dep_vertrouwelijk},
                                   .approved_by = authority::government, .approver = "our ministry",
                                   .source = {"our accreditation", value}};
static_assert(verified_channel<team_chat>);
