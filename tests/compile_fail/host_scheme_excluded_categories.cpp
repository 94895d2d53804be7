// Forbidden: a value labelled with both codewords DAWN and DUSK, which the host scheme's policy
// forbids to combine (tests/support/host_scheme.hpp). Twin: DAWN alone.
// expect: denied<clearance::(v0::)?reason::categories_excluded, .*"SECRET".*"DAWN, DUSK"
#include <clearance/handle/labeled.hpp>
#include <string>

#include "../support/host_scheme.hpp"

using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr label both = label{exr::secret}.with(exr::dawn);
#else
constexpr label both = label{exr::secret}.with({exr::dawn, exr::dusk});
#endif
labeled_in<exr::schemes, std::string, both> plan{"move at dawn, return at dusk"};
