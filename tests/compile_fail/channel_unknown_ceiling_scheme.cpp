// Forbidden: a host's channel row with a ceiling in a scheme the library does not hold.
// Twin: the ceiling is Dep. VERTROUWELIJK.
// expect: denied<clearance::(v0::)?channel_rule::unknown_ceiling_scheme, .*"team-chat".*"ceilings scheme 4242 rank 1"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr level ceiling = nld::dep_vertrouwelijk;
#else
constexpr level ceiling{scheme_id{4242}, 1};
#endif
inline constexpr channel team_chat{.id = "team-chat", .name = "team chat", .kind = channel_kind::messenger,
                                   .uses = {use::transmit}, .ceilings = {ceiling},
                                   .approved_by = authority::government, .approver = "our ministry",
                                   .source = {"our accreditation", confidence::verified}};
static_assert(verified_channel<team_chat>);
