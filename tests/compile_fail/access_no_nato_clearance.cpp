// Forbidden: NATO SECRET to a Dutch officer screened at A but without a NATO clearance (NATO
// Security Agreement Art. 3: clearance for CONFIDENTIAL and above). Twin: with an NS clearance.
// expect: denied<clearance::(v0::)?reason::clearance_below_label, .*"NATO SECRET".*"no NATO clearance"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = dutch_officer;
#else
constexpr person reader = with_clearances(dutch_officer, {nld::screening_a});
#endif
static_assert(require<can_access(reader, operation_note)>);
