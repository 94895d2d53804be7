// Forbidden: a deployment accepting confidence -1, which is none of the tags (it must not read as
// "better than verified"). Twin: accepting verified approvals only.
// expect: denied<clearance::(v0::)?reason::invalid_confidence, .*"NATO SECRET".*"confidence -1"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment today{.on = date{2026, 6, 1}, .accepts = confidence::verified};
#else
constexpr deployment today{.on = date{2026, 6, 1}, .accepts = static_cast<confidence>(-1)};
#endif
static_assert(require<may_transmit(operation_note, field_phone, today)>);
