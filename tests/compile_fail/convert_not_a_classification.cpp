// Forbidden: converting NATO UNCLASSIFIED, a marking and not a classification, to a national
// level. Twin: NATO RESTRICTED, which is Dep. VERTROUWELIJK.
// expect: denied<clearance::(v0::)?reason::not_a_classification, .*"NATO UNCLASSIFIED".*"a marking"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label notice = nato::restricted;
#else
constexpr label notice = nato::unclassified;
#endif
static_assert(require<from_nato(notice, nld::id).outcome>);
