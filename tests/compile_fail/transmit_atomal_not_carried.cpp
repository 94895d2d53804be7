// Forbidden: NATO SECRET ATOMAL over a phone approved up to NATO SECRET but not for ATOMAL.
// Twin: the phone's approval carries ATOMAL.
// expect: denied<clearance::(v0::)?reason::category_not_approved, .*"NATO SECRET".*"ATOMAL"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr channel phone = [] {
  channel c = field_phone;
#ifdef CLEARANCE_TWIN
  c.carries = {category::atomal};
#endif
  return c;
}();
static_assert(require<may_transmit(operation_note.with(category::atomal), phone, {.on = date{2026, 3, 1}})>);
