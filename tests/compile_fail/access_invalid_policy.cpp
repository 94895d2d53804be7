// Forbidden: a policy overriding a scheme the library does not hold is invalid, and every
// decision under it is denied. Twin: the default policy.
// expect: denied<clearance::(v0::)?reason::invalid_policy, .*"Stg\. GEHEIM".*"invalid access policy"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr person reader = with_clearances(defence_cleaner, {nld::screening_a});
constexpr label file = label{nld::stg_geheim}.with(site_papers);
#ifdef CLEARANCE_TWIN
constexpr access_policy policy = default_policy;
#else
constexpr access_policy policy = default_policy.with(scheme_id{4242}, nld::default_screening);
#endif
static_assert(require<can_access(reader, file, policy)>);
