// Forbidden: showing a host scheme's SECRET orders to an observer with the basic exercise
// clearance, through a value labelled over the host's own registry (tests/support/host_scheme.hpp).
// Twin: the officer with the full exercise clearance.
// expect: denied<clearance::(v0::)?reason::clearance_below_label, .*"SECRET".*"EXR basic"
#include <clearance/decide/access.hpp>
#include <clearance/handle/labeled.hpp>
#include <string>

#include "../support/host_scheme.hpp"

using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr person reader{.nationality = party::nor, .works_for = organisation::government,
                        .clearances = {exr::full}, .briefed = true};
#else
constexpr person reader{.nationality = party::nor, .works_for = organisation::government,
                        .clearances = {exr::basic}, .briefed = true};
#endif
const std::string& on_screen(const labeled_in<exr::schemes, std::string, label{exr::secret}>& orders) {
  return reveal<reader>(orders);
}
