// Forbidden: a deployment claiming condition bit 40, which the library does not define.
// Twin: a deployment meeting "managed by MDM".
// expect: denied<clearance::(v0::)?reason::invalid_deployment, .*"NATO SECRET".*"undefined conditions"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr deployment today{.meets = {condition::managed_by_mdm}, .on = date{2026, 6, 1}};
#else
constexpr deployment today{.meets = {static_cast<condition>(40)}, .on = date{2026, 6, 1}};
#endif
static_assert(require<may_transmit(operation_note, field_phone, today)>);
