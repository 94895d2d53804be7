// Forbidden: a channel whose approval was revoked on 2025-06-01, used that day.
// Twin: used the day before.
// expect: denied<clearance::(v0::)?reason::approval_revoked, .*"used 2025-06-01".*"revoked 2025-06-01"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr channel revoked_phone = [] {
  channel c = field_phone;
  c.revoked_on = date{2025, 6, 1};
  return c;
}();
#ifdef CLEARANCE_TWIN
constexpr deployment today{.on = date{2025, 5, 31}};
#else
constexpr deployment today{.on = date{2025, 6, 1}};
#endif
static_assert(require<may_transmit(operation_note, revoked_phone, today)>);
