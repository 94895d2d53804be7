// SPDX-License-Identifier: MIT
//
// Small universes for exhaustive law tests: every level of every scheme, crossed with a few
// categories and releasability sets.
#pragma once

#include <clearance/clearance.hpp>
#include <vector>

namespace universe {

using namespace clearance;

inline const category_set category_choices[] = {
    {}, {category::atomal}, {compartment(0)}, {category::atomal, compartment(0)},
    {category::staff}, {category::crypto, compartment(0)},
};

/// Every valid label of scheme `s` in the universe (owner default and two explicit releasabilities).
inline std::vector<label> labels_of(const scheme& s) {
  std::vector<label> out;
  for (const level_info& info : s.levels)
    for (const category_set& cats : category_choices) {
      const label base = label{level{s.id, info.rank}}.with(cats);
      for (const label& l : {base, base.releasable({party::nld}), base.releasable({party::nld, party::bel})})
        if (is_valid(l)) out.push_back(l);
    }
  return out;
}

/// Every valid label of every scheme.
inline std::vector<label> all_labels() {
  std::vector<label> out;
  for (const scheme* s : known_schemes)
    for (const label& l : labels_of(*s)) out.push_back(l);
  return out;
}

}  // namespace universe
