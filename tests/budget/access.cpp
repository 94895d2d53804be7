// Access checks: 8 people (each needs the Dutch national rule, a conversion, as well) and 8 labels, 4 times,
// all allowed, in one constant evaluation. The limit holds one evaluation at a time, so a single
// check would be hidden under the costliest constant of the headers (include_alone): 256 of them
// in one evaluation are what sets this file's count.
#include <array>

#ifndef CLEARANCE_BUDGET_PASSES  // the planted cost (budget.access_plant) makes them 8
#define CLEARANCE_BUDGET_PASSES 4
#endif

#include <clearance/clearance.hpp>
using namespace clearance;

constexpr bool all_allowed() {
  std::array<person, 8> people{};
  for (int i = 0; i < 8; ++i)
    people[static_cast<std::size_t>(i)] = {.nationality = party::nld, .works_for = organisation::government,
                                           .clearances = {nld::screening_a, nato::clearance_cosmic_top_secret},
                                           .need_to_know = {compartment(i), compartment(8)}, .briefed = true};
  const std::array<label, 4> levels{label{nato::restricted}, label{nato::confidential}, label{nato::secret},
                                    label{nato::cosmic_top_secret}};
  bool all = true;
  for (int pass = 0; pass < CLEARANCE_BUDGET_PASSES; ++pass)
    for (const person& p : people)
      for (const label& l : levels)
        for (const category c : {compartment(8), category::staff}) all = all && can_access(p, l.with(c)).allowed();
  return all;
}
static_assert(all_allowed());
