// Forbidden: a date of use that is no calendar day (31 February). Twin: 28 February.
// expect: denied<clearance::(v0::)?reason::invalid_date, .*"NATO SECRET".*"date of use 2026-02-31"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment today{.on = date{2026, 2, 28}};
#else
constexpr deployment today{.on = date{2026, 2, 31}};
#endif
static_assert(require<may_transmit(operation_note, field_phone, today)>);
