// SPDX-License-Identifier: MIT
//
// Law: every field a host fills is validated. For each struct a host application fills (person,
// deployment, conversion terms, channel row, the personnel rules of a policy override, label),
// each enum, set and date field is forged with values outside its domain: -1, one past the last
// enumerator, a large value, day 0, 31 February. Every decision that reads the field must then
// deny, with the reason that names the field, never allow and never give another reason.
//
// Each forgery list unpacks its struct with a structured binding naming every field, so a field
// added to one of these structs later does not compile here until it has forgeries of its own
// (or a comment saying why it has no domain to leave: free text, a bool).
#include <doctest/doctest.h>

#include <climits>
#include <functional>
#include <string>
#include <vector>

#include "universe.hpp"

using namespace universe;

namespace {

/// Values of an enumeration outside its enumerators: -1, one past `last`, a large value.
template <class E>
std::vector<E> outside(E last) {
  return {static_cast<E>(-1), static_cast<E>(static_cast<int>(last) + 1), static_cast<E>(INT_MAX / 2)};
}

/// Dates that are no calendar day: day 0, 31 February, month 13, a negative value.
const date bad_dates[] = {date{2026, 3, 0}, date{2026, 2, 31}, date{2026, 13, 1}, [] {
                            date d;
                            d.value = -20260101;
                            return d;
                          }()};

/// One forged copy of a struct, named for the failure message.
template <class T>
struct forgery {
  std::string field;
  T value;
};

/// Applies `edit` to a copy of `base` for each value, naming the field.
template <class T, class V>
void forge(std::vector<forgery<T>>& out, const T& base, const std::string& field, const std::vector<V>& values,
           const std::function<void(T&, V)>& edit) {
  for (const V& v : values) {
    T copy = base;
    edit(copy, v);
    out.push_back({field, copy});
  }
}

template <class T, class V, std::size_t N>
void forge(std::vector<forgery<T>>& out, const T& base, const std::string& field, const V (&values)[N],
           const std::function<void(T&, V)>& edit) {
  forge(out, base, field, std::vector<V>(values, values + N), edit);
}

// Labels the decisions below are asked about: unclassified, restricted, secret with ATOMAL, a
// Dutch level, an EU level (each reads the person, channel or terms by a different path).
const label probe_labels[] = {nato::unclassified, nato::restricted, label{nato::secret}.with(category::atomal),
                              nld::stg_geheim, eu::confidential};

// --- person ---------------------------------------------------------------------------------

/// A person who may read every probe label: the forgeries must be what denies.
constexpr person reader{.nationality = party::nld,
                        .works_for = organisation::government,
                        .clearances = {nld::screening_a, nato::clearance_cosmic_top_secret, eu::clearance_secret},
                        .need_to_know = {category::atomal, compartment(0)},
                        .briefed = true};

std::vector<forgery<person>> forged_persons() {
  std::vector<forgery<person>> out;
  [[maybe_unused]] const auto& [nationality, works_for, clearances, need_to_know, briefed, serves_with] = reader;
  // briefed: a bool has no value outside its domain that a host can write.
  forge<person, party>(out, reader, "nationality", outside(parties.back().id),
                       [](person& p, party v) { p.nationality = v; });
  forge<person, party>(out, reader, "nationality (an organisation)", std::vector{party::nato, party::eu},
                       [](person& p, party v) { p.nationality = v; });
  forge<person, organisation>(out, reader, "works_for", outside(organisation::accredited),
                              [](person& p, organisation v) { p.works_for = v; });
  forge<person, scheme_id>(out, reader, "clearances[].scheme", std::vector{scheme_id{-1}, scheme_id{4242}},
                           [](person& p, scheme_id v) { p.clearances[3] = {v, 1}; });
  forge<person, int>(out, reader, "clearances[].grade", std::vector{-1, 0, 99, INT_MAX},
                     [](person& p, int v) { p.clearances[0].grade = v; });
  forge<person, category>(out, reader, "need_to_know", outside(category::operations),
                          [](person& p, category v) { p.need_to_know.insert(v); });
  forge<person, category>(out, reader, "need_to_know (a gap in the catalogue)", std::vector{static_cast<category>(14)},
                          [](person& p, category v) { p.need_to_know.insert(v); });
  forge<person, party>(out, reader, "serves_with", outside(parties.back().id),
                       [](person& p, party v) { p.serves_with.insert(v); });
  forge<person, party>(out, reader, "serves_with (a country, or no party)", std::vector{party::nld, party::none},
                       [](person& p, party v) { p.serves_with = {party::kfor, v}; });
  return out;
}

reason expected_for_person(const std::string& field) {
  if (field.starts_with("nationality")) return reason::invalid_nationality;
  if (field == "works_for") return reason::invalid_organisation;
  if (field.starts_with("clearances")) return reason::invalid_clearance;
  if (field.starts_with("serves_with")) return reason::invalid_affiliation;
  return reason::invalid_need_to_know;
}

// --- deployment -----------------------------------------------------------------------------

/// Meets every condition, at a version every row covers, on a day inside every approval.
constexpr deployment good_deployment{.meets = defined_conditions, .version = 26, .on = date{2026, 3, 1},
                                     .accepts = confidence::unverified};

std::vector<forgery<deployment>> forged_deployments() {
  std::vector<forgery<deployment>> out;
  [[maybe_unused]] const auto& [meets, version, on, accepts] = good_deployment;
  forge<deployment, condition>(out, good_deployment, "meets", outside(condition::vpn),
                               [](deployment& d, condition v) { d.meets.insert(v); });
  forge<deployment, condition>(out, good_deployment, "meets (a bit the catalogue leaves free)",
                               std::vector{static_cast<condition>(40)}, [](deployment& d, condition v) { d.meets.insert(v); });
  forge<deployment, int>(out, good_deployment, "version", std::vector{-1, INT_MIN},
                         [](deployment& d, int v) { d.version = v; });
  forge<deployment, date>(out, good_deployment, "on", bad_dates, [](deployment& d, date v) { d.on = v; });
  forge<deployment, confidence>(out, good_deployment, "accepts", outside(confidence::unverified),
                                [](deployment& d, confidence v) { d.accepts = v; });
  return out;
}

reason expected_for_deployment(const std::string& field) {
  if (field == "on") return reason::invalid_date;
  if (field == "accepts") return reason::invalid_confidence;
  return reason::invalid_deployment;
}

// --- conversion terms -----------------------------------------------------------------------

constexpr conversion_terms good_terms{.on = date{2026, 3, 1}, .in = context::national, .accepts = confidence::unverified};

std::vector<forgery<conversion_terms>> forged_terms() {
  std::vector<forgery<conversion_terms>> out;
  [[maybe_unused]] const auto& [on, in, accepts] = good_terms;
  forge<conversion_terms, date>(out, good_terms, "on", bad_dates, [](conversion_terms& t, date v) { t.on = v; });
  forge<conversion_terms, context>(out, good_terms, "in", outside(context::nato_exchange),
                                   [](conversion_terms& t, context v) { t.in = v; });
  forge<conversion_terms, context>(out, good_terms, "in (the set's invalid bit)", std::vector{context::invalid},
                                   [](conversion_terms& t, context v) { t.in = v; });
  forge<conversion_terms, confidence>(out, good_terms, "accepts", outside(confidence::unverified),
                                      [](conversion_terms& t, confidence v) { t.accepts = v; });
  return out;
}

reason expected_for_terms(const std::string& field) {
  if (field == "on") return reason::invalid_date;
  if (field.starts_with("in")) return reason::invalid_context;
  return reason::invalid_confidence;
}

// --- channel row ----------------------------------------------------------------------------

/// A valid row approved for everything the probe labels need.
constexpr channel good_channel{.id = "test-row",
                               .name = "test row",
                               .kind = channel_kind::secure_phone,
                               .vendor = "vendor",
                               .product = "product",
                               .version_from = 1,
                               .version_to = 30,
                               .uses = {use::transmit, use::store},
                               .ceilings = {nato::cosmic_top_secret, nld::stg_zeer_geheim, eu::top_secret},
                               .carries = {category::atomal},
                               .approved_by = authority::national_agency,
                               .approver = "approver",
                               .conditions = {condition::approved_configuration},
                               .configuration = "configuration",
                               .approved_on = date{2026, 1, 1},
                               .valid_until = date{2026, 12, 31},
                               .revoked_on = date{},
                               .source = {"test row", confidence::verified}};

std::vector<forgery<channel>> forged_channels() {
  std::vector<forgery<channel>> out;
  [[maybe_unused]] const auto& [id, name, kind, vendor, product, version_from, version_to, uses, ceilings, carries,
                                approved_by, approver, conditions, configuration, approved_on, valid_until, revoked_on,
                                source] = good_channel;
  // vendor, product, approver: free text with no domain to leave.
  forge<channel, std::string_view>(out, good_channel, "id", std::vector<std::string_view>{"", "Test Row", "row/1"},
                                   [](channel& c, std::string_view v) { c.id = v; });
  forge<channel, std::string_view>(out, good_channel, "name", std::vector<std::string_view>{""},
                                   [](channel& c, std::string_view v) { c.name = v; });
  forge<channel, channel_kind>(out, good_channel, "kind", outside(channel_kind::encryption_software),
                               [](channel& c, channel_kind v) { c.kind = v; });
  forge<channel, int>(out, good_channel, "version_from", std::vector{-1, 31}, [](channel& c, int v) { c.version_from = v; });
  forge<channel, int>(out, good_channel, "version_to", std::vector{-1, 0}, [](channel& c, int v) { c.version_to = v; });
  forge<channel, use>(out, good_channel, "uses", outside(use::store), [](channel& c, use v) { c.uses.insert(v); });
  forge<channel, use_set>(out, good_channel, "uses (none)", std::vector{use_set{}}, [](channel& c, use_set v) { c.uses = v; });
  forge<channel, scheme_id>(out, good_channel, "ceilings[].scheme", std::vector{scheme_id{-1}, scheme_id{4242}},
                            [](channel& c, scheme_id v) { c.ceilings[3] = {v, 1}; });
  forge<channel, int>(out, good_channel, "ceilings[].rank", std::vector{-1, 5, INT_MAX},
                      [](channel& c, int v) { c.ceilings[0].rank = v; });
  forge<channel, category>(out, good_channel, "carries", outside(category::operations),
                           [](channel& c, category v) { c.carries.insert(v); });
  forge<channel, category>(out, good_channel, "carries (not a special category)",
                           std::vector{static_cast<category>(14), category::staff, compartment(0)},
                           [](channel& c, category v) { c.carries.insert(v); });
  forge<channel, authority>(out, good_channel, "approved_by", outside(authority::government),
                            [](channel& c, authority v) { c.approved_by = v; });
  forge<channel, condition>(out, good_channel, "conditions", outside(condition::vpn),
                            [](channel& c, condition v) { c.conditions.insert(v); });
  forge<channel, std::string_view>(out, good_channel, "configuration", std::vector<std::string_view>{""},
                                   [](channel& c, std::string_view v) { c.configuration = v; });
  forge<channel, date>(out, good_channel, "approved_on", bad_dates, [](channel& c, date v) { c.approved_on = v; });
  forge<channel, date>(out, good_channel, "valid_until", bad_dates, [](channel& c, date v) { c.valid_until = v; });
  forge<channel, date>(out, good_channel, "revoked_on", bad_dates, [](channel& c, date v) { c.revoked_on = v; });
  forge<channel, confidence>(out, good_channel, "source.conf", outside(confidence::unverified),
                             [](channel& c, confidence v) { c.source.conf = v; });
  forge<channel, std::string_view>(out, good_channel, "source.ref", std::vector<std::string_view>{""},
                                   [](channel& c, std::string_view v) { c.source.ref = v; });
  return out;
}

// --- destination (a peer, room or list) -----------------------------------------------------

/// A peer for NATO, cleared up to COSMIC TOP SECRET and the EU's and the Dutch top levels, holding
/// ATOMAL: it may take every probe label, so the forgeries must be what denies.
constexpr destination good_destination{.id = "peer.example", .kind = destination_kind::peer,
                                       .cleared = {nato::cosmic_top_secret, eu::top_secret, nld::stg_zeer_geheim},
                                       .categories = {category::atomal, compartment(0)},
                                       .parties = {party::nato, party::nld}};

std::vector<forgery<destination>> forged_destinations() {
  std::vector<forgery<destination>> out;
  [[maybe_unused]] const auto& [d_id, d_kind, d_cleared, d_categories, d_parties] = good_destination;
  forge<destination, std::string_view>(out, good_destination, "id", std::vector<std::string_view>{""},
                                       [](destination& d, std::string_view v) { d.id = v; });
  forge<destination, destination_kind>(out, good_destination, "kind", outside(destination_kind::list),
                                       [](destination& d, destination_kind v) { d.kind = v; });
  forge<destination, scheme_id>(out, good_destination, "cleared[].scheme", std::vector{scheme_id{-1}, scheme_id{4242}},
                                [](destination& d, scheme_id v) { d.cleared[3] = {v, 1}; });
  forge<destination, int>(out, good_destination, "cleared[].rank", std::vector{-1, 5, INT_MAX},
                          [](destination& d, int v) { d.cleared[0].rank = v; });
  forge<destination, int>(out, good_destination, "cleared (a second level of a scheme)", std::vector{1, 4},
                          [](destination& d, int v) { d.cleared[3] = {nato::id, v}; });
  forge<destination, std::array<level, 4>>(out, good_destination, "cleared (none)", std::vector{std::array<level, 4>{}},
                                           [](destination& d, std::array<level, 4> v) { d.cleared = v; });
  forge<destination, category>(out, good_destination, "categories", outside(category::operations),
                               [](destination& d, category v) { d.categories.insert(v); });
  forge<destination, category>(out, good_destination, "categories (a host category no scheme defines)",
                               std::vector{host_category(40)}, [](destination& d, category v) { d.categories.insert(v); });
  forge<destination, party>(out, good_destination, "parties", outside(parties.back().id),
                            [](destination& d, party v) { d.parties.insert(v); });
  forge<destination, party_set>(out, good_destination, "parties (none)", std::vector{party_set{}},
                                [](destination& d, party_set v) { d.parties = v; });
  return out;
}

// --- personnel rules of a policy override ---------------------------------------------------

/// The NATO scheme's own rules, as a host would copy and edit them.
const personnel_rules& nato_rules() { return nato::scheme.personnel; }

std::vector<forgery<personnel_rules>> forged_rules(std::vector<std::vector<clearance_grade>>& storage) {
  std::vector<forgery<personnel_rules>> out;
  const personnel_rules& base = nato_rules();
  [[maybe_unused]] const auto& [grades, clearance_from, clearance_source, national_rule, national_rule_source] = base;
  [[maybe_unused]] const auto& [grade, grade_name, grade_ascii, covers_up_to, grade_source] = base.grades[0];
  // national_rule: a bool. grade names: free text.
  storage.reserve(64);
  const auto with_grade = [&](const std::string& field, const std::function<void(clearance_grade&)>& edit) {
    storage.emplace_back(base.grades.begin(), base.grades.end());
    edit(storage.back()[0]);
    personnel_rules r = base;
    r.grades = storage.back();
    out.push_back({field, r});
  };
  for (const int v : {-1, 0, INT_MIN}) with_grade("grades[].grade", [v](clearance_grade& g) { g.grade = v; });
  for (const int v : {-1, 5, INT_MAX}) with_grade("grades[].covers_up_to", [v](clearance_grade& g) { g.covers_up_to = v; });
  for (const confidence v : outside(confidence::unverified))
    with_grade("grades[].source.conf", [v](clearance_grade& g) { g.source.conf = v; });
  forge<personnel_rules, int>(out, base, "clearance_from", std::vector{-1, 5, INT_MAX - 1},
                              [](personnel_rules& r, int v) { r.clearance_from = v; });
  forge<personnel_rules, confidence>(out, base, "clearance_source.conf", outside(confidence::unverified),
                                     [](personnel_rules& r, confidence v) { r.clearance_source.conf = v; });
  forge<personnel_rules, confidence>(out, base, "national_rule_source.conf", outside(confidence::unverified),
                                     [](personnel_rules& r, confidence v) { r.national_rule_source.conf = v; });
  return out;
}

// --- label ----------------------------------------------------------------------------------

std::vector<forgery<label>> forged_labels() {
  std::vector<forgery<label>> out;
  const label base = label{nato::secret}.with(category::atomal);
  [[maybe_unused]] const auto& [scheme, rank, categories, releasable_to, only] = base;
  forge<label, scheme_id>(out, base, "scheme", std::vector{scheme_id{-1}, scheme_id::none, scheme_id{4242}},
                          [](label& l, scheme_id v) { l.scheme = v; });
  forge<label, int>(out, base, "rank", std::vector{-1, 5, INT_MAX}, [](label& l, int v) { l.rank = v; });
  forge<label, category>(out, base, "categories", outside(category::operations),
                         [](label& l, category v) { l.categories.insert(v); });
  forge<label, category>(out, base, "categories (a gap in the catalogue)", std::vector{static_cast<category>(14)},
                         [](label& l, category v) { l.categories.insert(v); });
  forge<label, party>(out, base, "releasable_to", outside(parties.back().id), [](label& l, party v) { l.releasable_to.insert(v); });
  forge<label, party>(out, base, "only", outside(parties.back().id), [](label& l, party v) { l.only = {party::nld, v}; });
  // A label made from a level whose owner is forged: releasable to no party the catalogue defines.
  [[maybe_unused]] const auto& [level_scheme, level_rank, level_owner] = nato::secret;
  forge<label, party>(out, base, "releasable_to (a level's owner)", outside(parties.back().id), [](label& l, party v) {
    l = label{level{nato::id, nato::secret.rank, v}}.with(category::atomal);
  });
  return out;
}

reason expected_for_label(const std::string& field) {
  if (field == "scheme") return reason::unknown_scheme;
  if (field == "rank") return reason::unknown_level;
  if (field.starts_with("categories")) return reason::undefined_category;
  return reason::undefined_party;
}

}  // namespace

TEST_CASE("law: the valid bases are allowed, so each forgery alone is what denies") {
  for (const label& l : probe_labels) {
    CAPTURE(explain(can_access(reader, l)).view());
    REQUIRE(can_access(reader, l).allowed());
    REQUIRE(may_transmit(l, good_channel, good_deployment).allowed());
    REQUIRE(may_store(l, good_channel, good_deployment).allowed());
    for (const scheme_id target : {nato::id, eu::id, nld::id})
      if (find_level(level_of(l))->classified || target == l.scheme) REQUIRE(convert(l, target, good_terms).ok());
  }
  REQUIRE(check_channel(good_channel) == channel_rule::none);
  REQUIRE(check_destination(good_destination) == destination_rule::none);
  for (const label& l : probe_labels) REQUIRE(may_deliver(l, good_destination).allowed());
  REQUIRE(default_policy.with(nato::id, nato_rules()).valid(builtin_schemes));
}

TEST_CASE("law: a forged person field is denied by can_access with the field's reason") {
  const auto forged = forged_persons();
  REQUIRE(forged.size() >= 15);
  for (const auto& [field, p] : forged)
    for (const label& l : probe_labels) {
      const decision d = can_access(p, l);
      CAPTURE(field);
      CAPTURE(explain(d).view());
      REQUIRE(d.why == expected_for_person(field));
    }
}

TEST_CASE("law: a forged deployment field is denied by may_transmit and may_store, on every row") {
  const auto forged = forged_deployments();
  REQUIRE(forged.size() >= 12);
  std::vector<const channel*> rows(channels::catalogue.begin(), channels::catalogue.end());
  rows.push_back(&good_channel);
  for (const auto& [field, dep] : forged)
    for (const channel* c : rows)
      for (const label& l : probe_labels) {
        CAPTURE(field);
        CAPTURE(c->id);
        REQUIRE(may_transmit(l, *c, dep).why == expected_for_deployment(field));
        REQUIRE(may_store(l, *c, dep).why == expected_for_deployment(field));
      }
}

TEST_CASE("law: forged conversion terms are denied by every conversion") {
  const auto forged = forged_terms();
  REQUIRE(forged.size() >= 11);
  for (const auto& [field, terms] : forged)
    for (const scheme* from : builtin_schemes.schemes())
      for (const level_info& info : from->levels)
        for (const scheme_id target : {nato::id, eu::id, nld::id, from->id}) {
          const label l{level_of(*from, info.rank)};
          CAPTURE(field);
          const conversion c = convert(l, target, terms);
          REQUIRE(c.outcome.why == expected_for_terms(field));
          if (from->id == nato::id) REQUIRE(from_nato(l, target, terms).outcome.why == expected_for_terms(field));
          if (from->id == eu::id) REQUIRE(from_eu(l, target, terms).outcome.why == expected_for_terms(field));
          REQUIRE(to_nato(l, terms).outcome.why == expected_for_terms(field));
          REQUIRE(to_eu(l, terms).outcome.why == expected_for_terms(field));
        }
}

TEST_CASE("law: a forged channel row breaks a channel rule and is denied for every use") {
  const auto forged = forged_channels();
  REQUIRE(forged.size() >= 45);
  for (const auto& [field, c] : forged) {
    CAPTURE(field);
    REQUIRE(check_channel(c) != channel_rule::none);
    for (const label& l : probe_labels) {
      for (const decision d : {may_transmit(l, c, good_deployment), may_store(l, c, good_deployment)}) {
        CAPTURE(explain(d, c.name).view());
        REQUIRE(d.why == reason::invalid_channel);
        REQUIRE(d.detail == static_cast<int>(check_channel(c)));
      }
    }
  }
}

TEST_CASE("law: a forged destination breaks a destination rule and is denied every label") {
  const auto forged = forged_destinations();
  REQUIRE(forged.size() >= 18);
  for (const auto& [field, d] : forged) {
    CAPTURE(field);
    const destination_rule rule = check_destination(d);
    REQUIRE(rule != destination_rule::none);
    for (const label& l : probe_labels) {
      const decision refused = may_deliver(l, d);
      CAPTURE(explain(refused, d.id).view());
      REQUIRE(refused.why == reason::invalid_destination);
      REQUIRE(refused.value() == static_cast<int>(rule));
      REQUIRE(delivery_reasons(l, d).size() == 1);
    }
  }
}

TEST_CASE("law: a forged policy override makes the policy invalid, and every access under it denied") {
  std::vector<std::vector<clearance_grade>> storage;
  auto forged = forged_rules(storage);
  REQUIRE(forged.size() >= 18);
  for (const auto& [field, rules] : forged) {
    const access_policy policy = default_policy.with(nato::id, rules);
    CAPTURE(field);
    REQUIRE_FALSE(policy.valid(builtin_schemes));
    for (const label& l : probe_labels) REQUIRE(can_access(reader, l, policy).why == reason::invalid_policy);
  }
  for (const scheme_id id : {scheme_id{-1}, scheme_id::none, scheme_id{4242}}) {
    const access_policy policy = default_policy.with(id, nato_rules());
    REQUIRE_FALSE(policy.valid(builtin_schemes));
    for (const label& l : probe_labels) REQUIRE(can_access(reader, l, policy).why == reason::invalid_policy);
  }
}

TEST_CASE("law: a forged label field is denied by every decision that reads a label") {
  const auto forged = forged_labels();
  REQUIRE(forged.size() >= 12);
  const label other = nato::restricted;
  for (const auto& [field, l] : forged) {
    const reason why = expected_for_label(field);
    CAPTURE(field);
    REQUIRE(validate(l).why == why);
    REQUIRE(can_access(reader, l).why == why);
    REQUIRE(may_transmit(l, good_channel, good_deployment).why == why);
    REQUIRE(may_store(l, good_channel, good_deployment).why == why);
    REQUIRE(convert(l, eu::id, good_terms).outcome.why == why);
    REQUIRE(join(l, other).outcome.why == why);
    REQUIRE(join(other, l).outcome.why == why);
    REQUIRE(meet(l, other).outcome.why == why);
    REQUIRE(may_write(other, l).why == why);
    REQUIRE(may_write(l, other).why == why);
    REQUIRE(may_raise(l, other).why == why);
    REQUIRE(may_lower(l, other, {"who", "ground"}).why == why);
    REQUIRE_FALSE(dominates(l, other));
    REQUIRE_FALSE(dominates(other, l));
    REQUIRE(format_marking(l).view().empty());
  }
}
