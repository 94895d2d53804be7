// Forbidden: assigning a NATO SECRET value into a NATO RESTRICTED container (write-down).
// Twin: the NATO RESTRICTED value into the NATO SECRET container.
// expect: denied<clearance::(v0::)?reason::write_down, .*"NATO SECRET".*"into NATO RESTRICTED"
#include "../support/scenarios.hpp"
using namespace scenario;

void handle(labeled<int, label{nato::secret}> secret, labeled<int, label{nato::restricted}> restricted) {
#ifdef CLEARANCE_TWIN
  secret = restricted;
#else
  restricted = secret;
#endif
}
