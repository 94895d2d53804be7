// Forbidden: a NATO SECRET note releasable to NLD, BEL read by a German officer (permissive
// releasability: the person must match one value). Twin: a Dutch officer.
// expect: denied<clearance::(v0::)?reason::not_releasable, .*"releasable to BEL, NLD".*"DEU"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr label note = operation_note.releasable({party::nld, party::bel});
#ifdef CLEARANCE_TWIN
constexpr person reader = dutch_officer;
#else
constexpr person reader = german_officer;
#endif
static_assert(require<can_access(reader, note)>);
