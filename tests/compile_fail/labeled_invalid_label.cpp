// Forbidden: a value labelled NATO RESTRICTED ATOMAL: ATOMAL cannot accompany NATO RESTRICTED.
// Twin: NATO CONFIDENTIAL ATOMAL.
// expect: denied<clearance::(v0::)?reason::category_not_allowed_at_level, .*"NATO RESTRICTED".*"ATOMAL"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label atomal = label{nato::confidential}.with(category::atomal);
#else
constexpr label atomal = label{nato::restricted}.with(category::atomal);
#endif
labeled<int, atomal> keep(int v) { return labeled<int, atomal>{v}; }
