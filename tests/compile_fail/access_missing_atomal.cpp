// Forbidden: a NATO SECRET ATOMAL note to an officer who does not hold ATOMAL (restrictive
// category: the person must hold all). Twin: the officer holds ATOMAL.
// expect: denied<clearance::(v0::)?reason::missing_need_to_know, .*"NATO SECRET".*"ATOMAL"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr label note = operation_note.with(category::atomal);
#ifdef CLEARANCE_TWIN
constexpr person reader = with_need_to_know(dutch_officer, {operation, category::atomal});
#else
constexpr person reader = dutch_officer;
#endif
static_assert(require<can_access(reader, note)>);
