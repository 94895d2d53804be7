// SPDX-License-Identifier: MIT
//
// Who may read what: the scenarios of source 000 (a Dutch Defence cleaner and NATO RESTRICTED)
// and of the issue, decided at compile time and printed at run time with their reasons.
#include <clearance/clearance.hpp>
#include <cstdio>

using namespace clearance;

namespace {

constexpr category site_papers = compartment(0);  // need-to-know for the papers on a Defence site

constexpr person cleaner{
    .nationality = party::nld,
    .works_for = organisation::accredited,  // the cleaning contractor is accredited
    .clearances = {nld::screening_c},
    .need_to_know = {site_papers},
    .briefed = true,
};
constexpr label site_paper = label{nato::restricted}.with(site_papers);

// The build itself refuses a forbidden path. Uncomment to see the compiler name the rule:
// static_assert(require<can_access(cleaner, label{nld::stg_geheim}.with(site_papers))>);
static_assert(require<can_access(cleaner, site_paper)>);

void show(const char* who, const person& p, const label& l) {
  std::printf("%-44s %s\n", who, explain(can_access(p, l)).c_str());
}

}  // namespace

int main() {
  person no_need = cleaner;
  no_need.need_to_know = {};
  person no_employer = cleaner;
  no_employer.works_for = organisation::none;
  person screened_b = cleaner;
  screened_b.clearances = {nld::screening_b};

  std::printf("NATO RESTRICTED paper on a Defence site (source 000):\n");
  show("  cleaner, screening C, need-to-know", cleaner, site_paper);
  show("  cleaner without need-to-know", no_need, site_paper);
  show("  cleaner without an accredited employer", no_employer, site_paper);
  show("  nobody (a default-constructed person)", person{}, site_paper);

  std::printf("\nDutch files (default screening table, source 000 [unverified]):\n");
  show("  cleaner, Stg. CONFIDENTIEEL", cleaner, label{nld::stg_confidentieel}.with(site_papers));
  show("  screening B, Stg. CONFIDENTIEEL", screened_b, label{nld::stg_confidentieel}.with(site_papers));
  show("  screening B, Stg. GEHEIM", screened_b, label{nld::stg_geheim}.with(site_papers));

  constexpr person officer{.nationality = party::deu, .works_for = organisation::government,
                           .clearances = {nato::clearance_secret}, .need_to_know = {}, .briefed = true};
  std::printf("\nNATO SECRET:\n");
  show("  German officer, NS clearance", officer, nato::secret);
  show("  ... ATOMAL, not held", officer, label{nato::secret}.with(category::atomal));
  show("  ... releasable to NLD, BEL", officer, label{nato::secret}.releasable({party::nld, party::bel}));

  std::printf("\nEquivalences:\n");
  std::printf("  Dep. VERTROUWELIJK in NATO: %s\n", explain(to_nato(nld::dep_vertrouwelijk).outcome).c_str());
  std::printf("  NATO RESTRICTED in Belgium: %s\n", explain(from_nato(nato::restricted, bel::id).outcome).c_str());
}
