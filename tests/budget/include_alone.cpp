// The include alone: every constant the headers evaluate where they are read (the registry of the
// built-in schemes, the party and category tables, the explain rows).
#include <clearance/clearance.hpp>
