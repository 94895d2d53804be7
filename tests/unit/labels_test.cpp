// SPDX-License-Identifier: MIT
//
// Labels: validity, default releasability, dominance, join and meet.
#include <doctest/doctest.h>

#include <clearance/clearance.hpp>
#include <type_traits>

using namespace clearance;

TEST_CASE("domain-brief §4: ATOMAL and CRYPTO cannot accompany NATO UNCLASSIFIED or NATO RESTRICTED") {
  for (category c : {category::atomal, category::crypto}) {
    CHECK(validate(label{nato::unclassified}.with(c)).why == reason::category_not_allowed_at_level);
    CHECK(validate(label{nato::restricted}.with(c)).why == reason::category_not_allowed_at_level);
    CHECK(is_valid(label{nato::confidential}.with(c)));
    CHECK(is_valid(label{nato::secret}.with(c)));
    CHECK(is_valid(label{nato::cosmic_top_secret}.with(c)));
  }
  CHECK(is_valid(label{nato::cosmic_top_secret}.with(category::bohemia)));
  // national levels count as their NATO equivalent: the equivalents of NR exclude them too
  CHECK(validate(label{deu::vs_nfd}.with(category::atomal)).why == reason::category_not_allowed_at_level);
  CHECK(validate(label{nld::dep_vertrouwelijk}.with(category::crypto)).why == reason::category_not_allowed_at_level);
  CHECK(validate(label{eu::restricted}.with(category::atomal)).why == reason::category_not_allowed_at_level);
  CHECK(validate(label{bel::beperkte_verspreiding}.with(category::atomal)).why ==
        reason::category_not_allowed_at_level);
  CHECK(is_valid(label{bel::vertrouwelijk}.with(category::atomal)));  // ~ NATO CONFIDENTIAL
  CHECK(is_valid(label{nld::stg_geheim}.with(category::atomal)));
  const decision d = validate(label{nato::restricted}.with(category::atomal));
  CHECK(d.categories() == category_set{category::atomal});
}

TEST_CASE("invalid labels are refused with their reason") {
  CHECK(validate(label{}).why == reason::unknown_scheme);
  CHECK(validate(label{level{nato::id, 9}}).why == reason::unknown_level);
  CHECK(validate(label{nato::secret}.with(static_cast<category>(14))).why == reason::undefined_category);
  label l = nato::secret;
  l.releasable_to = party_set{static_cast<party>(120)};
  CHECK(validate(l).why == reason::undefined_party);
  CHECK(validate(label{nato::secret}.with(compartment(47))).allowed());
  CHECK(validate(label{nato::secret}.with(compartment(48))).why == reason::undefined_category);
}

TEST_CASE("a label is releasable to its scheme's owner by default") {
  const label ns = nato::secret;
  CHECK(ns.releasable_to == expand({party::nato}));
  CHECK(label{nld::stg_geheim}.releasable_to == party_set{party::nld});
  CHECK(label{eu::secret}.releasable_to == expand({party::eu}));
  CHECK(label{}.releasable_to.empty());
}

TEST_CASE("dominance: level, categories and releasability") {
  const label ns = nato::secret, nr = nato::restricted;
  CHECK(dominates(ns, nr));
  CHECK_FALSE(dominates(nr, ns));
  CHECK(compare(ns, ns) == ordering::equal);
  CHECK(compare(ns, nr) == ordering::above);
  CHECK(compare(nr, ns) == ordering::below);
  const label atomal = ns.with(category::atomal);
  CHECK(dominates(atomal, ns));
  const label nld_only = ns.releasable({party::nld});
  CHECK(dominates(nld_only, ns));  // releasable to fewer: more restrictive
  CHECK_FALSE(dominates(ns, nld_only));
}

TEST_CASE("incomparable labels exist") {
  const label a = label{nato::secret}.with(category::atomal);
  const label b = label{nato::secret}.with(category::crypto);
  CHECK(compare(a, b) == ordering::incomparable);
  const label nld_only = label{nato::secret}.releasable({party::nld});
  const label bel_only = label{nato::secret}.releasable({party::bel});
  CHECK(compare(nld_only, bel_only) == ordering::incomparable);
  CHECK(compare(label{nato::secret}, label{nld::stg_geheim}) == ordering::incomparable);
  CHECK(compare(label{}, label{}) == ordering::incomparable);  // invalid labels dominate nothing
}

TEST_CASE("join: a message with attachments is labelled at least as high as every part") {
  const label paragraph = label{nato::secret}.releasable({party::nld, party::bel});
  const label attachment = label{nato::restricted}.with(compartment(2)).releasable({party::nld, party::deu});
  const label_result msg = join(paragraph, attachment);
  REQUIRE(msg.ok());
  CHECK(level_of(msg.value) == nato::secret);
  CHECK(msg.value.categories == category_set{compartment(2)});
  CHECK(msg.value.releasable_to == party_set{party::nld});
  CHECK(dominates(msg.value, paragraph));
  CHECK(dominates(msg.value, attachment));
}

TEST_CASE("join of releasability respects group membership") {
  const label to_nato_members = nato::secret;  // default: NATO
  const label to_nld_jpn = label{nato::secret}.releasable({party::nld, party::jpn});
  const label_result j = join(to_nato_members, to_nld_jpn);
  REQUIRE(j.ok());
  CHECK(j.value.releasable_to == party_set{party::nld});  // Japan is not a NATO member
}

TEST_CASE("meet: the greatest lower bound") {
  const label a = label{nato::secret}.with(category::atomal).releasable({party::nld});
  const label b = label{nato::confidential}.with(category::atomal).with(category::crypto).releasable({party::bel});
  const label_result m = meet(a, b);
  REQUIRE(m.ok());
  CHECK(level_of(m.value) == nato::confidential);
  CHECK(m.value.categories == category_set{category::atomal});
  CHECK(m.value.releasable_to == party_set{party::nld, party::bel});
  CHECK(dominates(a, m.value));
  CHECK(dominates(b, m.value));
}

TEST_CASE("labels of different schemes are not combined silently") {
  const label_result j = join(nato::secret, nld::stg_geheim);
  CHECK(j.outcome.why == reason::different_schemes);
  CHECK(explain(j.outcome).view() ==
        "denied (different schemes): NATO SECRET and Stg. GEHEIM belong to different schemes; convert one first");
  const label_result ok = join(nato::secret, to_nato(nld::stg_geheim).value);
  REQUIRE(ok.ok());
  CHECK(ok.value.releasable_to == party_set{party::nld});  // the Dutch part stays Dutch-only
  CHECK(join(label{}, nato::secret).outcome.why == reason::unknown_scheme);
  CHECK(meet(nato::secret, label{nato::restricted}.with(category::atomal)).outcome.why ==
        reason::category_not_allowed_at_level);
}

namespace {
template <label L>
struct labelled_box {
  static constexpr label classification = L;
};
}  // namespace

TEST_CASE("labels are structural: usable as template arguments") {
  constexpr label l = label{nato::secret}.with(category::atomal);
  static_assert(labelled_box<l>::classification == l);
  static_assert(!std::is_same_v<labelled_box<l>, labelled_box<label{nato::secret}>>);
  static_assert(dominates(l, label{nato::confidential}));
  static_assert(join(l, nato::restricted).value == l);
  CHECK(labelled_box<l>::classification.categories.contains(category::atomal));
}

TEST_CASE("out-of-range values are never silently dropped: they make the label invalid") {
  CHECK(category_set{compartment(48)} == category_set{category::invalid});
  CHECK(validate(label{nato::secret}.with(static_cast<category>(99))).why == reason::undefined_category);
  CHECK(validate(label{nato::secret}.with(compartment(-1))).why == reason::undefined_category);
  CHECK(validate(label{nato::secret}.releasable({static_cast<party>(99)})).why == reason::undefined_party);
  CHECK(validate(label{nato::secret}.releasable({party::none})).why == reason::undefined_party);
}

TEST_CASE("requirement_met: a need that is none of the enumerators is met by nothing") {
  const category_set of{host_category(1), host_category(2)};
  for (const category_set& held : {category_set{}, category_set{host_category(1)}, of})
    CHECK(!requirement_met(held, static_cast<how_many>(7), of));
  CHECK(requirement_met(of, how_many::all, of));
  CHECK(requirement_met(category_set{host_category(1)}, how_many::only_one, of));
}
