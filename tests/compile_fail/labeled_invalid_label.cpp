// Forbidden: a value labelled NATO RESTRICTED ATOMAL: ATOMAL cannot accompany NATO RESTRICTED.
// Twin: NATO CONFIDENTIAL ATOMAL.
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr label atomal = label{nato::confidential}.with(category::atomal);
#else
constexpr label atomal = label{nato::restricted}.with(category::atomal);
#endif
labeled<int, atomal> keep(int v) { return labeled<int, atomal>{v}; }
