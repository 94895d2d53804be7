// Forbidden: a label of a scheme the library does not hold (deny by default). Twin: NATO.
// expect: denied<clearance::(v0::)?reason::unknown_scheme, .*"scheme 4242 rank 1".*"not in the registry"
#include "../support/scenarios.hpp"
using namespace scenario;

#ifdef CLEARANCE_TWIN
constexpr scheme_id id = nato::id;
#else
constexpr scheme_id id{4242};
#endif
constexpr label paper = label{level{id, 1}}.with(site_papers).releasable({party::nld});
static_assert(require<can_access(defence_cleaner, paper)>);
