// Forbidden: a Stg. GEHEIM file shown to someone screened at level C (default Dutch screening
// table, source 000 [U]). Twin: the reader holds screening A.
// expect: denied<clearance::(v0::)?reason::clearance_below_label, .*"Stg\. GEHEIM".*"screening C"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr label file = label{nld::stg_geheim}.with(site_papers);
#ifdef CLEARANCE_TWIN
constexpr person reader = with_clearances(defence_cleaner, {nld::screening_a});
#else
constexpr person reader = defence_cleaner;
#endif
static_assert(require<can_access(reader, file)>);
