// Forbidden: NATO RESTRICTED for a Dutch employee without screening. NATO asks no clearance for
// NR, but the Dutch national rule asks screening C for its equivalent Dep. VERTROUWELIJK
// (source 000 [U]). Twin: screened at C.
// expect: denied<clearance::(v0::)?reason::national_clearance_below_label, .*"Dep\. VERTROUWELIJK".*"no Netherlands clearance"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr person reader = defence_cleaner;
#else
constexpr person reader = with_clearances(defence_cleaner, {});
#endif
static_assert(require<can_access(reader, site_paper)>);
