// SPDX-License-Identifier: MIT
//
// Laws of may_transmit / may_store over every catalogue row, a few deployments and every label.
#include <doctest/doctest.h>

#include "universe.hpp"

using namespace universe;

namespace {
const deployment deployments[] = {
    deployment{},
    deployment{.meets = {condition::managed_by_mdm, condition::supervised, condition::approved_configuration,
                         condition::current_patch_level, condition::client_deployment},
               .version = 26, .on = date{2026, 3, 1}},
    deployment{.meets = {condition::client_deployment}, .version = 3, .on = date{2026, 3, 1},
               .accepts = confidence::unverified},
};
}  // namespace

TEST_CASE("law: transmission is monotone - what may go over a channel, everything below it may too") {
  long checks = 0;
  for (const scheme* s : builtin_schemes.schemes()) {
    const std::vector<label> ls = labels_of(*s);
    for (const channel* c : channels::catalogue)
      for (const deployment& dep : deployments)
        for (use u : {use::transmit, use::store}) {
          std::vector<bool> ok(ls.size());
          for (std::size_t i = 0; i < ls.size(); ++i)
            ok[i] = (u == use::transmit ? may_transmit(ls[i], *c, dep) : may_store(ls[i], *c, dep)).allowed();
          for (std::size_t i = 0; i < ls.size(); ++i)
            if (ok[i])
              for (std::size_t k = 0; k < ls.size(); ++k)
                if (dominates(ls[i], ls[k])) {
                  CAPTURE(c->id);
                  REQUIRE(ok[k]);
                  ++checks;
                }
        }
  }
  MESSAGE("monotonicity checks: " << checks);
  CHECK(checks > 0);
}

TEST_CASE("law: channels approved for unclassified information only never carry a classification") {
  for (const channel* c : channels::catalogue) {
    bool unclassified_only = true;
    for (const level ceiling : c->ceilings)
      if (ceiling.scheme != scheme_id::none && ceiling.rank > 0) unclassified_only = false;
    if (!unclassified_only) continue;
    for (const label& l : all_labels())
      for (const deployment& dep : deployments)
        if (find_level(level_of(l))->classified) REQUIRE_FALSE(may_transmit(l, *c, dep));
  }
}

TEST_CASE("law: a default deployment is denied every row with conditions, versions or an end date") {
  for (const channel* c : channels::catalogue) {
    const bool needs_something = !c->conditions.empty() || c->version_from != 0 || c->valid_until.known() ||
                                 static_cast<int>(c->source.conf) > static_cast<int>(confidence::inference);
    if (!needs_something) continue;
    for (const label& l : all_labels()) {
      REQUIRE_FALSE(may_transmit(l, *c));
      REQUIRE_FALSE(may_store(l, *c));
    }
  }
}

TEST_CASE("law: every denial has a reason, and what was allowed stays within a ceiling") {
  for (const channel* c : channels::catalogue)
    for (const deployment& dep : deployments)
      for (const label& l : all_labels()) {
        const decision d = may_transmit(l, *c, dep);
        if (!d) {
          REQUIRE(d.why != reason::none);
          REQUIRE(d.why != reason::undecided);
          continue;
        }
        if (!find_level(level_of(l))->classified) continue;
        bool within = false;
        for (const level ceiling : c->ceilings) {
          if (ceiling.scheme == scheme_id::none || ceiling.rank == 0) continue;
          const conversion converted = convert(l, ceiling.scheme, {dep.on, context::national, dep.accepts});
          within = within || (converted && converted.value.rank <= ceiling.rank);
        }
        REQUIRE(within);
      }
}
