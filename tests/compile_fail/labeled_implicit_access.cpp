// Forbidden: reading a labelled value as a plain value, bypassing every check.
// Twin: reading it through reveal for a person allowed to.
// expect: (cannot convert|no viable conversion).*labeled<int, 
#include "../support/scenarios.hpp"
using namespace scenario;

int read(const labeled<int, operation_note>& note) {
#ifdef CLEARANCE_TWIN
  return reveal<dutch_officer>(note);
#else
  return note;
#endif
}
