// Forbidden: a value labelled with the handling note DEBRIEF and no operation codeword, which the
// host scheme's policy requires one or more of (tests/support/host_scheme.hpp). Twin: DEBRIEF
// with DUSK.
// expect: denied<clearance::(v0::)?reason::category_requirement_unmet, .*"SECRET".*"DAWN, DUSK"
#include <clearance/handle/labeled.hpp>
#include <string>

#include "../support/host_scheme.hpp"

using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr label note = label{exr::secret}.with({exr::debrief, exr::dusk});
#else
constexpr label note = label{exr::secret}.with(exr::debrief);
#endif
labeled_in<exr::schemes, std::string, note> debrief{"lessons of the night"};
