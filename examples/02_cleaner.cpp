// SPDX-License-Identifier: MIT
//
// Lesson 2: the Defence cleaner. Who may read what.
//
// Source 000: a cleaner on a Dutch Defence site holds screening C and may see NATO RESTRICTED
// papers there, because the work needs it. Access needs every part at once: a screening that
// covers the level, need-to-know for each compartment, an employer that is accredited, a
// briefing. Each missing part is its own "no", with its own reason. The decisions are made when
// the program is built (static_assert) and printed at run time by the very same function.
#include "lesson.hpp"

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

// The build itself refuses a forbidden path. Uncomment the next line to see the compiler name
// the rule and both sides:
// static_assert(require<can_access(cleaner, label{nld::stg_geheim}.with(site_papers))>);  // breaks: denied<clearance::(v0::)?reason::clearance_below_label, .*"Stg\. GEHEIM".*"screening C"
static_assert(require<can_access(cleaner, site_paper)>);

void show(const char* who, const person& p, const label& l) { lesson::show(who, can_access(p, l)); }

}  // namespace

int main() {
  person no_need = cleaner;
  no_need.need_to_know = {};
  person no_employer = cleaner;
  no_employer.works_for = organisation::none;
  person screened_b = cleaner;
  screened_b.clearances = {nld::screening_b};

  std::printf("NATO RESTRICTED paper on a Defence site (source 000):\n");
  show("cleaner, screening C, need-to-know", cleaner, site_paper);
  show("cleaner without need-to-know", no_need, site_paper);
  show("cleaner without an accredited employer", no_employer, site_paper);
  show("nobody (a default-constructed person)", person{}, site_paper);

  std::printf("\nDutch files (default screening table, source 000 [unverified]):\n");
  show("cleaner, Stg. CONFIDENTIEEL", cleaner, label{nld::stg_confidentieel}.with(site_papers));
  show("screening B, Stg. CONFIDENTIEEL", screened_b, label{nld::stg_confidentieel}.with(site_papers));
  show("screening B, Stg. GEHEIM", screened_b, label{nld::stg_geheim}.with(site_papers));

  constexpr person officer{.nationality = party::deu, .works_for = organisation::government,
                           .clearances = {nato::clearance_secret}, .need_to_know = {}, .briefed = true};
  std::printf("\nNATO SECRET:\n");
  show("German officer, NS clearance", officer, nato::secret);
  show("... ATOMAL, not held", officer, label{nato::secret}.with(category::atomal));
  show("... releasable to NLD, BEL", officer, label{nato::secret}.releasable({party::nld, party::bel}));

  std::printf("\nEquivalences:\n");
  std::printf("  Dep. VERTROUWELIJK in NATO: %s\n", explain(to_nato(nld::dep_vertrouwelijk).outcome).c_str());
  std::printf("  NATO RESTRICTED in Belgium: %s\n", explain(from_nato(nato::restricted, bel::id).outcome).c_str());
}
