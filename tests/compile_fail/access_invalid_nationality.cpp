// Forbidden: a person whose nationality is an organisation, not a country. Twin: Dutch.
// expect: denied<clearance::(v0::)?reason::invalid_nationality, .*"NATO RESTRICTED".*"NATO"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr person reader = [] {
  person p = defence_cleaner;
#ifdef CLEARANCE_TWIN
  p.nationality = party::nld;
#else
  p.nationality = party::nato;
#endif
  return p;
}();
static_assert(require<can_access(reader, site_paper)>);
