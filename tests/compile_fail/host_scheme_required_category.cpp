// Forbidden: a value labelled with the codeword NOON alone, which the host scheme's policy allows
// only together with DAWN (tests/support/host_scheme.hpp). Twin: NOON with DAWN.
// expect: denied<clearance::(v0::)?reason::category_required, .*"SECRET".*"DAWN, NOON"
#include <clearance/handle/labeled.hpp>
#include <string>

#include "../support/host_scheme.hpp"

using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr label noon = label{exr::secret}.with({exr::noon, exr::dawn});
#else
constexpr label noon = label{exr::secret}.with(exr::noon);
#endif
labeled_in<exr::schemes, std::string, noon> order{"hold at noon"};
