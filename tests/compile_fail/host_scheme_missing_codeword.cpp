// Forbidden: showing the host's SECRET DAWN orders to an officer not briefed on the codeword DAWN,
// a restrictive category of the host scheme's own tag set (tests/support/host_scheme.hpp).
// Twin: the officer holds DAWN.
// expect: denied<clearance::(v0::)?reason::missing_need_to_know, .*"SECRET".*"DAWN"
#include <clearance/decide/access.hpp>
#include <clearance/handle/labeled.hpp>
#include <string>

#include "../support/host_scheme.hpp"

using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr person reader{.nationality = party::nor, .works_for = organisation::government,
                        .clearances = {exr::full}, .need_to_know = {exr::dawn}, .briefed = true};
#else
constexpr person reader{.nationality = party::nor, .works_for = organisation::government,
                        .clearances = {exr::full}, .briefed = true};
#endif
const std::string& on_screen(const labeled_in<exr::schemes, std::string, label{exr::secret}.with(exr::dawn)>& orders) {
  return reveal<reader>(orders);
}
