// One marking literal: the first in a file makes the reader's vocabulary of the built-in schemes
// from the tables written out in builtin_vocabulary.hpp.
#include <clearance/clearance.hpp>
using namespace clearance::literals;
inline constexpr clearance::label note = "NATO SECRET//ATOMAL//REL TO BEL, NLD"_marking;

#ifdef CLEARANCE_BUDGET_PLANT  // budget.literal_plant: the vocabulary built by the constant evaluator
inline constexpr clearance::label built = clearance::parse_marking_in<clearance::builtin_schemes, "NATO SECRET">();
#endif
