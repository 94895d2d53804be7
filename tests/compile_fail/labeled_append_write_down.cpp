// Forbidden: appending a NATO SECRET paragraph to a NATO RESTRICTED text (write-down).
// Twin: appending the NATO RESTRICTED paragraph to the NATO SECRET text.
// expect: denied<clearance::(v0::)?reason::write_down, .*"NATO SECRET".*"into NATO RESTRICTED"
#include <string>

#include "../support/scenarios.hpp"
using namespace scenario;

void handle(labeled<std::string, label{nato::secret}> secret, labeled<std::string, label{nato::restricted}> restricted) {
  const auto add = [](std::string& text, const std::string& paragraph) { text += paragraph; };
#ifdef CLEARANCE_TWIN
  append(secret, restricted, add);
#else
  append(restricted, secret, add);
#endif
}
