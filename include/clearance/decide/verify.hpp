// SPDX-License-Identifier: MIT
//
// The check of scheme tables, at compile time or at run time. The library's tests check its own
// schemes; a host application checks its own against the registry holding their hubs:
//
//     static_assert(clearance::verified_in<my_registry, my_scheme>);
//
// A table that is not order-preserving, or that lowers a level on a round trip through a
// mapping, does not compile; the error names the rule and both levels, e.g.
//   no member named 'allowed' in 'clearance::denied<clearance::table_rule::
//       mapping_lowers_on_round_trip, literal<5>{"HIGH"}, literal<4>{"LOW"}>'
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

#include "../core/diagnostics.hpp"
#include "../text/names.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/slice.hpp"
#include "../core/registry.hpp"
#include "../core/scheme.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// The rules a scheme table must follow.
enum class table_rule : int {
  none = 0,
  no_levels,                     ///< a scheme needs levels
  level_order,                   ///< ranks start at 0 or 1 and rise by one
  classification_flag,           ///< rank 0 is a non-classified marking, ranks >= 1 classifications
  missing_name,                  ///< a level or grade without a name, an ASCII spelling or abbreviation
  missing_citation,              ///< a row without a source
  unknown_owner,                 ///< the owner is not a party of the catalogue
  unknown_mapping_target,        ///< a mapping to a scheme the registry does not hold
  mapping_unknown_level,         ///< a row naming a level that does not exist (or is not classified)
  mapping_duplicate,             ///< two rows for one level
  mapping_incomplete,            ///< a classified level without a row
  mapping_not_order_preserving,  ///< a higher level maps below a lower one
  mapping_lowers_on_round_trip,  ///< there and back ends lower than it started
  mapping_empty,                 ///< a table with no rows in either direction
  mapping_no_context,            ///< a table that applies in no (known) context
  invalid_period,                ///< a period whose ends are not real days, or end before they start
  mapping_overlap,               ///< two tables to one scheme that both apply on a day, in a context
  grade_unknown_level,           ///< a grade covering a level the scheme does not have
  grade_order,                   ///< grades must rise in number and in what they cover
  clearance_from_unknown_level,  ///< the clearance threshold is not a level of the scheme
  invalid_category,              ///< an own category outside host_category(0..63), twice, without a
                                 ///< name, code or source, in a tag set the scheme does not name
                                 ///< (or of another type, or with another's code there), from a
                                 ///< rank the scheme lacks, or
                                 ///< excluding or requiring a category the scheme does not
                                 ///< define, or requiring itself or one it excludes; a tag
                                 ///< set named like one of the catalogue's; or a
                                 ///< requirement (scheme::requirements) of no own category or
                                 ///< level, of no own categories, or without a source
  invalid_colour,                ///< a level's display colour that XEP-0258 does not allow
  invalid_release_ceiling,       ///< a ceiling for no party of the catalogue, twice for one, at a
                                 ///< rank the scheme lacks, or without a source
  duplicate_level,               ///< two levels with one code or one policy name: a label on the
                                 ///< wire would not say which
  invalid_spelling,              ///< a further spelling without text or source, of a rank the
                                 ///< scheme lacks, or carrying a category no one defines
  invalid_context,               ///< a context without a word, parties or source, with a party no
                                 ///< one defines, or with the word or code of another
};

/// The rule in words, for run-time reports (a policy loaded from a file).
constexpr std::string_view to_string(table_rule r) noexcept {
  switch (r) {
    case table_rule::none: return "no rule broken";
    case table_rule::no_levels: return "a scheme needs levels";
    case table_rule::level_order: return "ranks start at 0 or 1 and rise by one";
    case table_rule::classification_flag:
      return "rank 0 is a marking that is no classification, ranks from 1 are classifications";
    case table_rule::missing_name: return "a level or grade needs a name, an ASCII spelling and an abbreviation";
    case table_rule::missing_citation: return "every row needs a source";
    case table_rule::unknown_owner: return "the owner is not a party of the catalogue";
    case table_rule::unknown_mapping_target: return "a mapping to a scheme the registry does not hold";
    case table_rule::mapping_unknown_level:
      return "a mapping row names a level that does not exist or is not classified";
    case table_rule::mapping_duplicate: return "two mapping rows for one level";
    case table_rule::mapping_incomplete: return "a classified level without a mapping row";
    case table_rule::mapping_not_order_preserving: return "a higher level maps below a lower one";
    case table_rule::mapping_lowers_on_round_trip: return "there and back ends lower than it started";
    case table_rule::mapping_empty: return "a mapping table with no rows";
    case table_rule::mapping_no_context: return "a mapping table that applies in no context";
    case table_rule::invalid_period: return "a period whose ends are no days, or end before they start";
    case table_rule::mapping_overlap: return "two mapping tables to one scheme apply on one day in one context";
    case table_rule::grade_unknown_level: return "a grade covers a level the scheme does not have";
    case table_rule::grade_order: return "grades must rise in number and in what they cover";
    case table_rule::clearance_from_unknown_level: return "the clearance threshold is not a level of the scheme";
    case table_rule::invalid_category: return "an own category breaks a rule of categories";
    case table_rule::invalid_colour: return "a display colour XEP-0258 does not allow";
    case table_rule::duplicate_level: return "two levels with one code or one policy name";
    case table_rule::invalid_spelling:
      return "a spelling needs text, a level of the scheme, defined categories and a source";
    case table_rule::invalid_context: return "a context needs its own word and code, defined parties and a source";
    case table_rule::invalid_release_ceiling:
      return "a party's ceiling must name a party of the catalogue once, at a level of the scheme, with a source";
  }
  return "unknown rule";
}

/// The first rule a table breaks, with the two levels concerned.
struct table_check {
  table_rule rule = table_rule::none;
  level first{};
  level second{};
  friend constexpr bool operator==(const table_check&, const table_check&) noexcept = default;
};

namespace detail {

constexpr bool classified_in(const scheme& s, int rank) noexcept {
  const found<level_info> info = find_level(s, rank);
  return info && info->classified;
}

constexpr bool spelled(std::string_view name, std::string_view ascii) noexcept {
  return !name.empty() && (is_ascii(name) || (!ascii.empty() && is_ascii(ascii)));
}

constexpr bool maps(const correspondence& r) noexcept { return r.kind != mapping::no_equivalent; }

/// Checks one direction of a mapping table: rows from `src` levels to `dst` levels.
constexpr table_check check_rows(slice<const correspondence> rows, const scheme& src, const scheme& dst) noexcept {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const correspondence& r = rows[i];
    const level from{src.id, r.from}, to{dst.id, r.to};
    if (r.source.ref.empty()) return {table_rule::missing_citation, from, to};
    const bool to_ok = maps(r) ? classified_in(dst, r.to) : r.to == -1;
    if (!classified_in(src, r.from) || !to_ok) return {table_rule::mapping_unknown_level, from, to};
    for (std::size_t j = 0; j < i; ++j)
      if (rows[j].from == r.from) return {table_rule::mapping_duplicate, from, to};
  }
  for (const level_info& info : src.levels)
    if (info.classified && !find_row(rows, info.rank))
      return {table_rule::mapping_incomplete, {src.id, info.rank}, {dst.id, -1}};
  for (const correspondence& a : rows)
    for (const correspondence& b : rows)
      if (maps(a) && maps(b) && a.from < b.from && a.to > b.to)
        return {table_rule::mapping_not_order_preserving, {src.id, a.from}, {src.id, b.from}};
  return {};
}

/// There and back again must not end lower: `there` maps src -> dst, `back` dst -> src.
constexpr table_check check_round_trip(slice<const correspondence> there, slice<const correspondence> back,
                                       scheme_id src) noexcept {
  for (const correspondence& r : there) {
    if (!maps(r)) continue;
    const found<correspondence> b = find_row(back, r.to);
    if (b && maps(*b) && b->to < r.from) return {table_rule::mapping_lowers_on_round_trip, {src, r.from}, {src, b->to}};
  }
  return {};
}

}  // namespace detail

/// The first rule `s` breaks, or a check with rule `none`.
/// Hubs (the schemes its tables map to) are looked up in `reg`; `s` itself need not be in it.
constexpr table_check check_scheme(const registry& reg, const scheme& s) noexcept {
  using detail::spelled;
  if (s.levels.empty()) return {table_rule::no_levels, {s.id, -1}, {}};
  if (s.code.empty() || !detail::is_ascii(s.code) || s.name.empty()) return {table_rule::missing_name, {s.id, -1}, {}};
  if (const found<party_info> o = find_party(s.owner); !o || s.owner == party::none)
    return {table_rule::unknown_owner, {s.id, -1}, {}};

  const int first_rank = s.levels[0].rank;
  for (std::size_t i = 0; i < s.levels.size(); ++i) {
    const level_info& info = s.levels[i];
    const level here{s.id, info.rank};
    if ((first_rank != 0 && first_rank != 1) || info.rank != first_rank + static_cast<int>(i))
      return {table_rule::level_order, i > 0 ? level{s.id, s.levels[i - 1].rank} : here, here};
    if (info.classified != (info.rank >= 1)) return {table_rule::classification_flag, here, {}};
    if (!spelled(info.name, info.ascii) || info.abbreviation.empty()) return {table_rule::missing_name, here, {}};
    if (info.source.ref.empty() || info.damage_source.ref.empty()) return {table_rule::missing_citation, here, {}};
    if (!is_display_colour(info.fgcolor) || !is_display_colour(info.bgcolor))
      return {table_rule::invalid_colour, here, {}};
    for (std::size_t j = 0; j < i; ++j)
      if (level_code(s.levels[j]) == level_code(info) || policy_name(s.levels[j]) == policy_name(info))
        return {table_rule::duplicate_level, {s.id, s.levels[j].rank}, here};
  }

  const category_set own = sets_of(s.categories).defined;
  for (std::size_t i = 0; i < s.categories.size(); ++i) {
    const category_info& c = s.categories[i];
    bool bad = !is_host_category(c.id) || c.name.empty() || c.code <= 0 || c.source.ref.empty() ||
               !find_level(s, c.min_rank) || !own.includes(c.excludes) || !own.includes(c.needs) ||
               c.excludes.intersects(c.needs) || c.needs.contains(c.id);
    bool named = false;
    for (const tag_set_info& t : s.tag_sets)
      named = named || (!t.id.empty() && !t.name.empty() && t.id == c.tag_set &&
                        (c.kind == category_kind::restrictive ? is_restrictive(t.type) : is_informative(t.type)));
    bad = bad || !named;
    for (std::size_t j = 0; j < i && !bad; ++j)
      bad = s.categories[j].id == c.id || s.categories[j].name == c.name ||
            (s.categories[j].tag_set == c.tag_set && s.categories[j].code == c.code);
    if (bad) return {table_rule::invalid_category, {s.id, c.min_rank}, {}};
  }

  // A STANAG 4774 label names a tag set by its name alone: an own one named like one of the
  // catalogue's could not be told from it.
  for (const tag_set_info& t : s.tag_sets)
    for (const tag_set_info& lib : library_tag_sets)
      if (t.name == lib.name) return {table_rule::invalid_category, {s.id, -1}, {}};

  for (const category_requirement& q : s.requirements) {
    const bool when = q.with == category::invalid ? static_cast<bool>(find_level(s, q.rank)) : own.contains(q.with);
    const bool need = q.need == how_many::all || q.need == how_many::one_or_more || q.need == how_many::only_one;
    if (!when || !need || q.of.empty() || !own.includes(q.of) || q.of.contains(q.with) || q.source.ref.empty())
      return {table_rule::invalid_category, {s.id, q.rank}, {}};
  }

  const category_set defined = defined_categories | own;
  for (const spelling& x : s.spellings)
    if (x.text.empty() || !find_level(s, x.rank) || !defined.includes(x.categories) || x.source.ref.empty())
      return {table_rule::invalid_spelling, {s.id, x.rank}, {}};
  for (std::size_t i = 0; i < s.contexts.size(); ++i) {
    const marking_context& c = s.contexts[i];
    bool bad =
        c.word.empty() || c.releasable_to.empty() || !defined_parties.includes(c.releasable_to) || c.source.ref.empty();
    for (std::size_t j = 0; j < i && !bad; ++j) bad = s.contexts[j].word == c.word || s.contexts[j].code == c.code;
    if (bad) return {table_rule::invalid_context, {s.id, -1}, {}};
  }

  for (std::size_t i = 0; i < s.release_ceilings.size(); ++i) {
    const release_ceiling& c = s.release_ceilings[i];
    bool bad = c.to == party::none || !find_party(c.to) || !find_level(s, c.max_rank) || c.source.ref.empty();
    for (std::size_t j = 0; j < i && !bad; ++j) bad = s.release_ceilings[j].to == c.to;
    if (bad) return {table_rule::invalid_release_ceiling, {s.id, c.max_rank}, {}};
  }

  if (!s.in_use.valid() || (!s.in_use.open() && s.in_use_source.ref.empty()))
    return {table_rule::invalid_period, {s.id, -1}, {}};
  for (std::size_t i = 0; i < s.mappings.size(); ++i) {
    const mapping_table& t = s.mappings[i];
    const found<scheme> hub = reg.find(t.hub);
    if (!hub || hub->id == s.id) return {table_rule::unknown_mapping_target, {t.hub, -1}, {}};
    if (t.to_hub.empty() && t.from_hub.empty()) return {table_rule::mapping_empty, {s.id, -1}, {hub->id, -1}};
    if (t.contexts.empty() || !every_context.includes(t.contexts))
      return {table_rule::mapping_no_context, {s.id, -1}, {hub->id, -1}};
    if (!t.in_force.valid()) return {table_rule::invalid_period, {s.id, -1}, {hub->id, -1}};
    if (t.source.ref.empty()) return {table_rule::missing_citation, {s.id, -1}, {hub->id, -1}};
    for (std::size_t j = 0; j < i; ++j) {
      const mapping_table& u = s.mappings[j];
      const bool same_direction =
          (!u.to_hub.empty() && !t.to_hub.empty()) || (!u.from_hub.empty() && !t.from_hub.empty());
      if (u.hub == t.hub && same_direction && u.contexts.intersects(t.contexts) && u.in_force.overlaps(t.in_force))
        return {table_rule::mapping_overlap, {s.id, -1}, {hub->id, -1}};
    }
    if (!t.to_hub.empty())
      if (const table_check c = detail::check_rows(t.to_hub, s, *hub); c.rule != table_rule::none) return c;
    if (!t.from_hub.empty())
      if (const table_check c = detail::check_rows(t.from_hub, *hub, s); c.rule != table_rule::none) return c;
    if (const table_check c = detail::check_round_trip(t.to_hub, t.from_hub, s.id); c.rule != table_rule::none)
      return c;
    if (const table_check c = detail::check_round_trip(t.from_hub, t.to_hub, hub->id); c.rule != table_rule::none)
      return c;
  }

  const personnel_rules& p = s.personnel;
  if (p.clearance_from != never && !detail::classified_in(s, p.clearance_from))
    return {table_rule::clearance_from_unknown_level, {s.id, p.clearance_from}, {}};
  for (std::size_t i = 0; i < p.grades.size(); ++i) {
    const clearance_grade& g = p.grades[i];
    if (!detail::classified_in(s, g.covers_up_to)) return {table_rule::grade_unknown_level, {s.id, g.covers_up_to}, {}};
    if (!spelled(g.name, g.ascii)) return {table_rule::missing_name, {s.id, g.covers_up_to}, {}};
    if (g.source.ref.empty()) return {table_rule::missing_citation, {s.id, g.covers_up_to}, {}};
    if (g.grade <= 0 || (i > 0 && (g.grade <= p.grades[i - 1].grade || g.covers_up_to < p.grades[i - 1].covers_up_to)))
      return {table_rule::grade_order, {s.id, i > 0 ? p.grades[i - 1].covers_up_to : -1}, {s.id, g.covers_up_to}};
  }
  return {};
}

namespace detail {

/// A level of `s` (which may be outside the registry) or of a registered scheme, in ASCII.
constexpr fixed_text<72> table_level_name(const registry& reg, const scheme& s, level lv) noexcept {
  fixed_text<72> t;
  if (lv.scheme == s.id) {
    if (const found<level_info> info = find_level(s, lv.rank))
      t << spelling(info->name, info->ascii, charset::ascii);
    else if (lv.rank < 0)
      t << s.code;
    else
      t << s.code << " rank " << lv.rank;
    return t;
  }
  if (lv.scheme == scheme_id::none) return t;
  if (lv.rank < 0) {
    append_scheme(reg, t, lv.scheme);
    return t;
  }
  append_level(reg, t, lv, charset::ascii);
  return t;
}

/// A scheme's sides: the rule its tables break, and the two levels concerned.
template <const registry& R, const scheme& S>
struct table_sides {
  static constexpr table_check check = check_scheme(R, S);
  static constexpr table_rule rule = check.rule;
  static constexpr fixed_text<72> first = table_level_name(R, S, check.first);
  static constexpr fixed_text<72> second = table_level_name(R, S, check.second);
};

template <const registry& R, const scheme& S>
using table_rule_of = verdict<table_sides<R, S>>;
}  // namespace detail

/// True when the scheme's tables follow every rule, its hubs looked up in R; otherwise a compile
/// error naming the rule. A host checks its own scheme with static_assert(verified_in<R, scheme>).
/// (<clearance/clearance.hpp> adds verified<S>, over every built-in scheme.)
template <const registry& R, const scheme& S>
inline constexpr bool verified_in = detail::table_rule_of<R, S>::allowed;

/// No null entry; one scheme per id and per code, each following the table rules (its hubs looked up in `reg`);
/// schemes of one owner are editions used in periods apart, and one of them, the current, is
/// open-ended. The library checks its own registry in its tests (tests/unit/data_checks_test.cpp),
/// not in every file that includes it; a host checks its registry with static_assert.
constexpr bool registry_valid(const registry& reg) noexcept {
  // Positions, not addresses, tell two entries apart: g++'s sanitizer makes comparing the
  // addresses of two constants non-constant.
  const scheme_list all = reg.schemes();
  std::size_t i = 0;
  for (const scheme* a : all) {
    if (check_scheme(reg, *a).rule != table_rule::none) return false;
    bool current = false;
    std::size_t j = 0;
    for (const scheme* b : all) {
      current = current || (b->owner == a->owner && !b->in_use.until.known());
      if (j++ == i) continue;
      if (b->id == a->id || b->code == a->code) return false;
      if (b->owner == a->owner && b->in_use.overlaps(a->in_use)) return false;
    }
    if (!current) return false;
    ++i;
  }
  return i == all.size();  // a null entry (passed over in decisions) makes the registry invalid
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
