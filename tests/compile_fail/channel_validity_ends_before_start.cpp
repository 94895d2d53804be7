// Forbidden: a host's channel row whose validity ends before it starts.
// Twin: valid for a year from its approval.
// expect: denied<clearance::(v0::)?channel_rule::validity_ends_before_start, .*"team-chat".*"ends 2025-01-01, starts 2026-01-01"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr date until{2027, 1, 1};
#else
constexpr date until{2025, 1, 1};
#endif
inline constexpr channel team_chat{.id = "team-chat", .name = "team chat", .kind = channel_kind::messenger,
                                   .uses = {use::transmit}, .ceilings = {nld::dep_vertrouwelijk},
                                   .approved_by = authority::government, .approver = "our ministry",
                                   .approved_on = date{2026, 1, 1}, .valid_until = until,
                                   .source = {"our accreditation", confidence::verified}};
static_assert(verified_channel<team_chat>);
