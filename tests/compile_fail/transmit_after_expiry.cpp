// Forbidden: a channel approved until 2026-12-31, used on 2027-01-01. Twin: used on the last day.
// expect: denied<clearance::(v0::)?reason::approval_expired, .*"used 2027-01-01".*"valid until 2026-12-31"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment today{.on = date{2026, 12, 31}};
#else
constexpr deployment today{.on = date{2027, 1, 1}};
#endif
static_assert(require<may_transmit(operation_note, field_phone, today)>);
