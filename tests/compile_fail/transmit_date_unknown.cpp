// Forbidden: using an approval that ends on 2026-12-31 without saying when it is used.
// Twin: used on 2026-06-01.
// expect: denied<clearance::(v0::)?reason::approval_date_unknown, .*"NATO SECRET".*"limited to 2026-12-31"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment today{.on = date{2026, 6, 1}};
#else
constexpr deployment today{};
#endif
static_assert(require<may_transmit(operation_note, field_phone, today)>);
