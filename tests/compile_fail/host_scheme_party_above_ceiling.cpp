// Forbidden: an exercise SECRET value releasable to Ukraine, which the host scheme's policy lets
// see nothing above its RESTRICTED (tests/support/host_scheme.hpp). Twin: releasable to Sweden.
// expect: denied<clearance::(v0::)?reason::party_not_allowed_at_level, .*"SECRET".*"UKR"
#include <clearance/handle/labeled.hpp>
#include <string>

#include "../support/host_scheme.hpp"

using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr party partner = party::swe;
#else
constexpr party partner = party::ukr;
#endif
constexpr label shared = label{exr::secret}.releasable({party::nor, partner});
labeled_in<exr::schemes, std::string, shared> order{"hold the bridge"};
