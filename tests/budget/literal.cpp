// One marking literal: the first in a file builds the reader's vocabulary.
#include <clearance/clearance.hpp>
using namespace clearance::literals;
inline constexpr clearance::label note = "NATO SECRET//ATOMAL//REL TO BEL, NLD"_marking;
