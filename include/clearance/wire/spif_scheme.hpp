// SPDX-License-Identifier: MIT
//
// Security policy files, stage 2: a scheme written as a SPIF document (export). Run time only.
//
//     const clearance::spif::document d = clearance::spif::document_of(clearance::builtin_schemes, clearance::nld::scheme);
//     std::cout << clearance::spif::write(d);
//
// What a SPIF says of a scheme, and how (docs/spif.md):
//   - the policy: the scheme's name, and its policy OID (sourced, or the library's arc);
//   - a classification per level: its policy name and code (lacv); hierarchy = rank + 1 (the
//     sample NATO policy's numbering); its colour (fgcolor); its marking (no language), its
//     language markings (xml:lang) and its abbreviation (code portionMarking);
//   - equivalent classifications from the mapping tables, towards each hub's policy: a row from
//     the scheme to the hub is applied by the originator (encrypt), a row from the hub by the
//     recipient (decrypt), a pair of both by either (both);
//   - the scheme's own categories in their tag sets, with excluded classes (below min_rank),
//     excluded categories and required categories (all of them);
//   - the releasability tag sets: Releasable To and Only with every party of the catalogue
//     (name = code, lacv = number; phrases in English and French; the implied values with
//     noMarkingDisplay) and the ONLY word as the suffix; Context with the scheme's owner, its
//     contexts and the value that announces a list.
// What a SPIF cannot say stays in the library's data: personnel rules, organisation and briefing
// requirements, when the scheme is in use, the contexts and periods of mapping tables, further
// spellings, damage definitions and citations.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "../core/categories.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/scheme.hpp"
#include "../core/slice.hpp"
#include "../decide/verify.hpp"
#include "../text/fold.hpp"
#include "../text/names.hpp"
#include "../text/owned_vocabulary.hpp"
#include "policy.hpp"
#include "spif.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::spif {

/// What a written SPIF says about itself.
struct export_options {
  std::string creation_date = "20260101000000Z";  ///< the schema's genTime
  std::string originator = "CN=clearance";        ///< originatorDN
  long long version = 1;
};

namespace detail {

/// The privilege and RBAC identifiers of the written policies: those of the sample NATO policy
/// (ADatP-4774 sample SPIF, privilegeId and rbacId).
inline constexpr std::string_view clearance_attribute = "2.16.840.1.101.2.1.8.3";

inline std::string oid_of(const scheme& s) {
  fixed_text<96> t;
  append_policy_id(t, s);
  return std::string(t.view());
}

inline std::string padded(int number) {
  std::string n = std::to_string(number);
  return n.size() < 3 ? std::string(3 - n.size(), '0') + n : n;
}

inline marking_data phrase(std::string_view text, std::string_view lang, marking_codes codes) {
  return {std::string(text), std::string(lang), codes, {}};
}

/// The classification names of the levels of `s` below rank `min_rank` (excluded classes).
inline std::vector<class_ref> below(const scheme& s, int min_rank) {
  std::vector<class_ref> out;
  for (const level_info& info : s.levels)
    if (info.rank < min_rank) out.push_back({std::string(policy_name(info)), {}});
  return out;
}

/// The classifications above `max_rank`: those a party with that ceiling may not be named at.
inline std::vector<class_ref> above(const scheme& s, int max_rank) {
  std::vector<class_ref> out;
  for (const level_info& info : s.levels)
    if (info.rank > max_rank) out.push_back({std::string(policy_name(info)), {}});
  return out;
}

/// The highest rank of `s` at which `p` may be named (its ceiling, or the top level).
inline int ceiling_of(slice<const level_info> levels, slice<const release_ceiling> ceilings, party p) {
  for (const release_ceiling& c : ceilings)
    if (c.to == p) return c.max_rank;
  return levels.empty() ? 0 : levels.back().rank;
}

/// What a Context value may carry, implied by the ceilings of its parties: the lowest of them.
inline int context_ceiling(slice<const level_info> levels, slice<const release_ceiling> ceilings, party_set to) {
  int out = ceiling_of(levels, ceilings, party::none);
  (to | expand(to)).for_each([&](party p) { out = std::min(out, ceiling_of(levels, ceilings, p)); });
  return out;
}

/// Up to where a Releasable To list may follow, implied by the ceilings of the parties outside
/// the owner's releasability: the highest of them (the sample NATO policy excludes its
/// "Releasable" context from TOP SECRET, as it excludes every country outside NATO).
inline int list_ceiling(slice<const level_info> levels, party owner, slice<const release_ceiling> ceilings) {
  const party_set home = expand(party_set{owner}) | party_set{owner};
  int out = -1;
  for (const party_info& p : clearance::parties)
    if (p.id != party::none && p.number > 0 && !home.contains(p.id))
      out = std::max(out, ceiling_of(levels, ceilings, p.id));
  return out < 0 ? ceiling_of(levels, ceilings, party::none) : out;
}

inline std::string_view tag_set_name(const scheme& s, std::string_view id) {
  const found<tag_set_info> t = wire::find_tag_set(s, [&](const tag_set_info& x) { return x.id == id; });
  return t ? t->name : std::string_view{};
}

/// The tag type and enumType a tag_type is written with.
inline void write_type(tag_type t, tag_kind& kind, std::optional<enum_type>& enumerated,
                       std::optional<tag7_encoding>& encoding) {
  switch (t) {
    case tag_type::restrictive: kind = tag_kind::restrictive; break;
    case tag_type::enumerated_restrictive: kind = tag_kind::enumerated, enumerated = enum_type::restrictive; break;
    case tag_type::permissive: kind = tag_kind::permissive; break;
    case tag_type::enumerated_permissive: kind = tag_kind::enumerated, enumerated = enum_type::permissive; break;
    case tag_type::informative: kind = tag_kind::tag_type7, encoding = tag7_encoding::bit_set_attributes; break;
    case tag_type::informative_enumerated:
      kind = tag_kind::tag_type7, encoding = tag7_encoding::security_attributes;
      break;
  }
}

/// A reference to category `c` of `s` (excludedCategory, categoryGroup).
inline category_ref reference_to(const scheme& s, category c) {
  const wire::category_value v = wire::value_of(s, c);
  category_ref r;
  if (!v.tag_set) return r;
  r.tag_set = std::string(v.tag_set->name);
  std::optional<tag7_encoding> unused;
  write_type(v.tag_set->type, r.type, r.enumerated, unused);
  r.lacv = std::to_string(v.code);
  return r;
}

/// A requirement of `s` as a requiredCategory: a group per category.
inline category_rule rule_of(const scheme& s, const category_requirement& q) {
  category_rule out{q.need == how_many::all           ? operation::all
                    : q.need == how_many::one_or_more ? operation::one_or_more
                                                      : operation::only_one,
                    {},
                    {}};
  q.of.for_each([&](category x) { out.groups.push_back(reference_to(s, x)); });
  return out;
}

inline tag one_tag(std::string_view name, tag_type type) {
  tag t;
  t.name = std::string(name);
  write_type(type, t.type, t.enumerated, t.encoding);
  return t;
}

inline void add_equivalence(classification& c, const std::string& policy, int lacv, applied direction) {
  for (equivalent_classification& q : c.equivalents)
    if (q.policy == policy && q.lacv == lacv) {
      if (q.direction != direction) q.direction = applied::both;
      return;
    }
  c.equivalents.push_back({policy, lacv, direction, {}, {}});
}

}  // namespace detail

/// The SPIF document of scheme `s` (its mapping tables' hubs are looked up in `reg`).
inline document document_of(const registry& reg, const scheme& s, const export_options& options = {}) {
  using namespace detail;
  document d;
  d.schema_version = "2.1";
  d.version = options.version;
  d.creation_date = options.creation_date;
  d.originator_dn = options.originator;
  d.privilege_id = d.rbac_id = std::string(clearance_attribute);
  d.policy_name = std::string(s.name);
  d.policy_id = oid_of(s);
  // The phrases below are whole markings: the policy's name is not put before them.
  d.policy_markings.push_back({std::nullopt, {}, code_bit(marking_code::no_name_display), {}});

  for (const level_info& info : s.levels) {
    classification c;
    c.name = std::string(policy_name(info));
    c.lacv = level_code(info);
    c.hierarchy = info.rank + 1;
    c.color = std::string(info.fgcolor);
    c.markings.push_back(phrase(info.name, {}, code_bit(marking_code::page_top_bottom)));
    for (const marking& m : info.markings)
      if (!m.text.empty())
        c.markings.push_back(
            phrase(m.text, language_codes[static_cast<std::size_t>(m.lang)], code_bit(marking_code::page_top_bottom)));
    c.markings.push_back(phrase(info.abbreviation, {}, code_bit(marking_code::portion_marking)));
    for (const category_requirement& q : s.requirements)
      if (q.with == category::invalid && q.rank == info.rank) c.required.push_back(rule_of(s, q));
    d.classifications.push_back(std::move(c));
  }

  // Equivalences: each mapping table's rows, towards the hub's policy.
  for (const mapping_table& t : s.mappings) {
    const found<scheme> hub = reg.find(t.hub);
    if (!hub) continue;  // a table whose hub the registry lacks says nothing it could check
    const std::string name(hub->name);
    if (std::none_of(d.equivalent_policies.begin(), d.equivalent_policies.end(),
                     [&](const equivalent_policy& p) { return p.name == name; }))
      d.equivalent_policies.push_back({name, oid_of(*hub), {}, {}});
    const auto code_in = [](const scheme& x, int rank) {
      const found<level_info> info = find_level(x, rank);
      return info ? level_code(*info) : -1;
    };
    const auto classification_of = [&](int rank) -> classification* {
      for (std::size_t i = 0; i < s.levels.size(); ++i)
        if (s.levels[i].rank == rank) return &d.classifications[i];
      return nullptr;
    };
    for (const correspondence& r : t.to_hub)
      if (classification* c = classification_of(r.from); c && r.kind != mapping::no_equivalent)
        add_equivalence(*c, name, code_in(*hub, r.to), applied::encrypt);
    for (const correspondence& r : t.from_hub)
      if (classification* c = classification_of(r.to); c && r.kind != mapping::no_equivalent)
        add_equivalence(*c, name, code_in(*hub, r.from), applied::decrypt);
  }

  // The scheme's own categories, in their tag sets.
  for (const tag_set_info& info : s.tag_sets) {
    tag_set set{std::string(info.name), std::string(info.id), {one_tag(info.name, info.type)}, {}};
    for (const category_info& c : s.categories) {
      if (c.tag_set != info.id) continue;
      tag_category value;
      value.name = std::string(c.name);
      value.lacv = std::to_string(c.code);
      value.obsolete = c.obsolete;
      value.excluded_classes = below(s, c.min_rank);
      if (!c.needs.empty()) {
        category_rule all{operation::all, {}, {}};
        c.needs.for_each([&](category x) { all.groups.push_back(reference_to(s, x)); });
        value.required.push_back(std::move(all));
      }
      c.excludes.for_each([&](category x) { value.excluded.push_back(reference_to(s, x)); });
      for (const category_requirement& q : s.requirements)
        if (q.with == c.id) value.required.push_back(rule_of(s, q));
      set.tags[0].categories.push_back(std::move(value));
    }
    d.tag_sets.push_back(std::move(set));
  }

  // Releasability: Releasable To and Only list every party of the catalogue with a number.
  const list_tag_sets lists = list_tags_of(s);
  const auto party_values = [&](bool releasable) {
    std::vector<tag_category> out;
    for (const party_info& p : clearance::parties) {
      if (p.id == party::none || p.number <= 0) continue;
      tag_category value;
      value.name = std::string(p.code);
      value.lacv = padded(p.number);
      marking_codes codes = code_bit(marking_code::page_top_bottom);
      if (releasable && s.implied_releasability.contains(p.id))
        codes |= code_bit(marking_code::no_marking_display) | code_bit(marking_code::no_name_display);
      value.markings.push_back(phrase(p.name, {}, codes));
      if (!p.french.empty()) value.markings.push_back(phrase(p.french, "fr", codes));
      value.excluded_classes = above(s, ceiling_of(s.levels, s.release_ceilings, p.id));
      out.push_back(std::move(value));
    }
    return out;
  };
  tag releasable = one_tag(list_tag_names::releasable_to, wire::list_tag_types::releasable_to);
  releasable.categories = party_values(true);
  d.tag_sets.push_back(
      {std::string(list_tag_names::releasable_to), std::string(lists.releasable_to), {releasable}, {}});
  tag only = one_tag(list_tag_names::only, wire::list_tag_types::only);
  only.categories = party_values(false);
  const std::string only_word = s.only_word.empty() ? std::string("ONLY") : std::string(s.only_word);
  only.qualifiers.push_back({marking_code::page_top_bottom,
                             {{" " + only_word, qualifier_code::suffix, ""}, {", ", qualifier_code::separator, ""}},
                             {}});
  d.tag_sets.push_back({std::string(list_tag_names::only), std::string(lists.only), {only}, {}});
  if (!lists.context.empty()) {
    tag context = one_tag(list_tag_names::context, wire::list_tag_types::context);
    const found<party_info> owner = find_party(s.owner);
    context.categories.push_back({std::string(owner ? owner->code : s.code),
                                  std::to_string(owner ? owner->number : 0),
                                  {},
                                  false,
                                  {},
                                  {},
                                  {},
                                  {},
                                  {},
                                  {}});
    for (const marking_context& c : s.contexts)
      context.categories.push_back(
          {std::string(c.word),
           std::to_string(c.code),
           {},
           false,
           {phrase(std::string(s.code) + "/" + std::string(c.word), {},
                   code_bit(marking_code::no_name_display) | code_bit(marking_code::replace_policy))},
           {},
           above(s, context_ceiling(s.levels, s.release_ceilings, c.releasable_to)),
           {},
           {},
           {}});
    if (!lists.list_follows.word.empty())
      context.categories.push_back({std::string(lists.list_follows.word),
                                    std::to_string(lists.list_follows.code),
                                    {},
                                    false,
                                    {{std::nullopt, {}, code_bit(marking_code::no_name_display), {}}},
                                    {},
                                    above(s, list_ceiling(s.levels, s.owner, s.release_ceilings)),
                                    {},
                                    {},
                                    {}});
    d.tag_sets.push_back({std::string(list_tag_names::context), std::string(lists.context), {context}, {}});
  }
  return d;
}

// ---------------------------------------------------------------- a SPIF as a scheme (import)

/// A context of the policy's Context tag set, by its value's name, and whom it releases to: a
/// SPIF names a context, it does not say who is in it.
struct context_parties {
  std::string_view word{};
  party_set releasable_to{};
};

/// Where the equivalences with one policy apply: a SPIF gives the rows, not their contexts or
/// period. Without a scope (or tables, below) for a policy, its equivalences are refused.
struct mapping_scope {
  scheme_id hub = scheme_id::none;
  context_set contexts{};
  period in_force{};
  citation source{};
};

/// What a SPIF cannot say of one classification (by its name in the policy): the ASCII spelling
/// of a name in another script, and what disclosure would do.
struct level_note {
  std::string_view classification{};
  std::string_view ascii{};
  std::string_view damage{};
  citation damage_source{};
};

/// What a scheme needs that a SPIF cannot say; the import takes it from the host (or, for a round
/// trip, from the scheme exported: complement_of).
struct complement {
  scheme_id id = scheme_id::none;
  std::string_view code{};  ///< ASCII, e.g. "NLD"
  party owner = party::none;
  std::string_view file{};          ///< the SPIF's name, cited on every row read from it
  std::string_view unclassified{};  ///< the classification that is no classification (rank 0), if any
  personnel_rules personnel{};
  requirement organisation{};
  requirement briefing{};
  std::vector<level_note> levels{};
  std::vector<spelling> spellings{};
  std::vector<context_parties> contexts{};
  std::string_view list_follows{};  ///< the Context value that announces a Releasable To list
  /// Per equivalent policy: the SPIF's rows apply in this scope...
  std::vector<mapping_scope> mappings{};
  /// ...or these tables hold them, split by context and period as a SPIF cannot (France's
  /// tables before and after its 2021 reform). The SPIF must then say exactly their rows.
  std::vector<mapping_table> tables{};
  period in_use{};
  citation in_use_source{};
};

namespace detail {
class importing;

/// What a loaded scheme views: its strings and tables, and the registry it is checked in.
struct loaded_storage {
  std::deque<std::string> strings{};  // a deque: adding a string moves no other
  std::vector<level_info> levels{};
  std::vector<category_info> categories{};
  std::vector<tag_set_info> tag_sets{};
  std::vector<marking_context> contexts{};
  std::vector<release_ceiling> ceilings{};
  std::vector<category_requirement> requirements{};
  std::vector<spelling> spellings{};
  std::vector<clearance_grade> grades{};
  std::vector<std::vector<correspondence>> rows{};
  std::vector<mapping_table> mappings{};
  std::vector<const clearance::scheme*> entries{};
  clearance::scheme scheme{};
  clearance::registry reg{slice<const clearance::scheme* const>{}};
  std::optional<owned_vocabulary> words{};  // of reg, once the scheme is whole
};
}  // namespace detail

/// A scheme read from a SPIF at run time, owning everything it views, and a registry of the
/// schemes it was checked against plus itself. Movable; not copyable (it views its own storage,
/// which a move keeps where it is).
class loaded_scheme {
 public:
  loaded_scheme() = default;

  [[nodiscard]] const clearance::scheme& scheme() const noexcept { return store_->scheme; }
  /// The schemes of the registry it was loaded against, and this one.
  [[nodiscard]] const clearance::registry& registry() const noexcept { return store_->reg; }
  /// The vocabulary of registry(), for parse_marking: markings of the loaded scheme read like
  /// those of a compiled one. One of no phrase for a default-constructed loaded_scheme.
  [[nodiscard]] clearance::vocabulary vocabulary() const noexcept {
    if (const std::optional<owned_vocabulary>& words = store_->words; words) return words->view();
    static constexpr std::uint16_t no_slot[1] = {clearance::detail::mk::no_word}, no_start[1] = {0};
    return clearance::vocabulary{store_->reg, {}, {}, no_slot, {}, {}, no_start};
  }

 private:
  friend class detail::importing;
  std::unique_ptr<detail::loaded_storage> store_ = std::make_unique<detail::loaded_storage>();
};

/// A loaded scheme, or why none: the element and line of the SPIF at fault, or the table rule
/// the scheme breaks (refused as a whole).
struct load_result {
  loaded_scheme value{};
  wire_error error = wire_error::none;
  table_rule rule = table_rule::none;
  std::size_t line = 0;
  std::string element{};
  std::string detail{};
  [[nodiscard]] bool ok() const noexcept { return error == wire_error::none && rule == table_rule::none; }
  explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] std::string message() const {
    if (ok()) return "no error";
    std::string out = line != 0 ? "line " + std::to_string(line) + ": " : std::string{};
    if (!element.empty()) out += element + ": ";
    return out + (detail.empty() ? std::string(rule != table_rule::none ? to_string(rule) : to_string(error)) : detail);
  }
};

namespace detail {

/// The ASCII spelling of a Latin name: its letters without their accents; empty when the name is
/// ASCII already, or has a letter that has none.
inline std::string ascii_of(std::string_view name) {
  std::string out;
  bool plain = true;
  for (std::size_t i = 0; i < name.size();) {
    const unsigned b = static_cast<unsigned char>(name[i]);
    if (b < 0x80) {
      out.push_back(name[i++]);
      continue;
    }
    plain = false;
    const code_point c = decode_utf8(name, i);
    if (c.size == 0) return {};
    const std::string_view folded = clearance::detail::mk::fold_wide(name, i, c);
    if (!clearance::detail::is_ascii(folded)) return {};
    // fold_wide gives capitals; keep the letter's case
    const bool lower =
        (c.value >= 0xE0 && c.value <= 0xFF) || (c.value >= 0x100 && c.value <= 0x17F && (c.value % 2) == 1);
    for (const char x : folded) out.push_back(lower && x >= 'A' && x <= 'Z' ? static_cast<char>(x - 'A' + 'a') : x);
    i += c.size;
  }
  return plain ? std::string{} : out;
}

}  // namespace detail

namespace detail {

class importing {
 public:
  importing(const document& d, const complement& c, const registry& reg) : d_(d), c_(c), reg_(reg) {}

  load_result run() {
    load_result out;
    loaded_storage& st = *out.value.store_;
    if (c_.id == scheme_id::none)
      fail(wire_error::missing_element, {}, "", "complement::id: the scheme needs a number");
    else if (complement_used() && levels(st) && categories(st) && lists(st) && mappings(st))
      finish(st);
    if (failed_) {
      out = load_result{};
      out.error = error_;
      out.line = line_;
      out.element = element_;
      out.detail = detail_;
      return out;
    }
    const table_check check = check_scheme(st.reg, st.scheme);
    if (check.rule != table_rule::none) {
      out.rule = check.rule;
      out.detail = "the scheme breaks a table rule: " + std::string(to_string(check.rule));
      out.value = loaded_scheme{};
      return out;
    }
    // Its markings must be readable: phrases a reader could not keep apart refuse the scheme.
    st.words.emplace(st.reg);
    if (!st.words->ok()) {
      // Read before `out` is reset: `st` is its storage.
      std::string detail = "'" + std::string(st.words->phrase()) + "': " + std::string(to_string(st.words->fault())) +
                           " (marking vocabulary)";
      out = load_result{};
      out.error = wire_error::conflicting_parts;
      out.element = "markingData";
      out.detail = std::move(detail);
    }
    return out;
  }

 private:
  bool fail(wire_error e, const source_position& where, std::string_view element, std::string detail) {
    if (!failed_) {
      failed_ = true;
      error_ = e;
      line_ = where.line;
      element_ = std::string(element);
      detail_ = std::move(detail);
    }
    return false;
  }
  bool not_modelled(const source_position& where, std::string_view element, std::string_view what) {
    return fail(wire_error::unexpected_element, where, element, std::string(what) + " (not modelled: docs/spif.md)");
  }

  std::string_view keep(loaded_storage& st, std::string s) { return st.strings.emplace_back(std::move(s)); }
  citation cite(loaded_storage& st, std::string_view element, std::string_view name, const source_position& where) {
    std::string ref = "SPIF " + std::string(c_.file.empty() ? d_.policy_name : c_.file) + ": " + std::string(element) +
                      " '" + std::string(name) + "'";
    if (where.line != 0) ref += " (line " + std::to_string(where.line) + ")";
    return {keep(st, std::move(ref)), confidence::verified};
  }

  // ------------------------------------------------------------ the complement

  /// Every entry of the complement must say something of this SPIF: a note on a classification it
  /// has, a context it has, equivalences with a policy it names. One that says nothing is a
  /// mistake (a misspelt name), never skipped.
  bool complement_used() {
    const auto unused = [&](std::string_view what, std::string_view name) {
      return fail(wire_error::unknown_value, {}, "complement",
                  std::string(what) + " '" + std::string(name) + "': the SPIF has no such " + std::string(what));
    };
    for (const level_note& n : c_.levels)
      if (std::none_of(d_.classifications.begin(), d_.classifications.end(),
                       [&](const classification& x) { return x.name == n.classification; }))
        return unused("classification", n.classification);
    const auto context_value = [&](std::string_view word) {
      for (const tag_set& t : d_.tag_sets)
        if (t.name == list_tag_names::context)
          for (const tag& g : t.tags)
            for (const tag_category& c : g.categories)
              if (c.name == word) return true;
      return false;
    };
    for (const context_parties& x : c_.contexts)
      if (!context_value(x.word)) return unused("context", x.word);
    if (!c_.list_follows.empty() && !context_value(c_.list_follows)) return unused("context", c_.list_follows);
    const auto equivalent = [&](scheme_id hub) {
      const found<scheme> h = reg_.find(hub);
      return h && std::any_of(d_.equivalent_policies.begin(), d_.equivalent_policies.end(),
                              [&](const equivalent_policy& p) { return wire::has_policy_id(*h, p.id); });
    };
    for (const mapping_scope& m : c_.mappings)
      if (!equivalent(m.hub)) return unused("equivalent policy", std::to_string(static_cast<int>(m.hub)));
    for (const mapping_table& t : c_.tables)
      if (!equivalent(t.hub)) return unused("equivalent policy", std::to_string(static_cast<int>(t.hub)));
    return true;
  }

  // ------------------------------------------------------------ classifications

  /// The codes that say where a phrase is shown.
  static constexpr marking_codes shown_codes =
      code_bit(marking_code::page_top) | code_bit(marking_code::page_bottom) | code_bit(marking_code::page_top_bottom) |
      code_bit(marking_code::document_start) | code_bit(marking_code::document_end) |
      code_bit(marking_code::first_line_of_text) | code_bit(marking_code::last_line_of_text) |
      code_bit(marking_code::subject) | code_bit(marking_code::x_header) | code_bit(marking_code::input_title) |
      code_bit(marking_code::water_mark);

  /// The policy's phrase in a marking, in language `lang`: none when its marking data says
  /// noNameDisplay, else its phrase in that language, its phrase, or its name.
  [[nodiscard]] std::string policy_phrase(std::string_view lang) const {
    std::string out = d_.policy_name;
    for (const marking_data& m : d_.policy_markings) {
      if ((m.codes & code_bit(marking_code::no_name_display)) != 0) return {};
      if (m.phrase && m.lang.empty() && out == d_.policy_name) out = *m.phrase;
    }
    for (const marking_data& m : d_.policy_markings)
      if (m.phrase && !lang.empty() && m.lang == lang) out = *m.phrase;
    return out;
  }

  bool levels(loaded_storage& st) {
    std::vector<const classification*> order;  // by hierarchy; in document order where equal
    order.reserve(d_.classifications.size());
    for (const classification& x : d_.classifications) order.push_back(&x);
    std::sort(order.begin(), order.end(), [](const classification* a, const classification* b) {
      return a->hierarchy != b->hierarchy ? a->hierarchy < b->hierarchy : a < b;
    });
    for (std::size_t i = 1; i < order.size(); ++i)
      if (order[i]->hierarchy == order[i - 1]->hierarchy)
        return fail(wire_error::conflicting_parts, order[i]->where, "securityClassification",
                    "hierarchy " + std::to_string(order[i]->hierarchy) + " shared with '" + order[i - 1]->name +
                        "': two classifications neither above the other are no scheme");
    const bool has_unclassified = !c_.unclassified.empty();
    if (has_unclassified && (order.empty() || order[0]->name != c_.unclassified))
      return fail(wire_error::unknown_classification, {}, "securityClassification",
                  "the unclassified marking '" + std::string(c_.unclassified) + "' is not the lowest classification");
    for (std::size_t i = 0; i < order.size(); ++i) {
      const classification& x = *order[i];
      if (x.obsolete) return not_modelled(x.where, "securityClassification", "an obsolete classification");
      // A level's code is 1 or more (0 stands for "rank + 1"; ESS reads 0 as unmarked).
      if (x.lacv <= 0) return not_modelled(x.where, "securityClassification", "a lacv below 1");
      level_info info;
      info.rank = static_cast<int>(i) + (has_unclassified ? 0 : 1);
      info.classified = info.rank >= 1;
      info.code = x.lacv;
      info.policy_name = keep(st, x.name);
      info.fgcolor = keep(st, x.color);
      // The display marking (ADatP-4774): the policy's phrase, or the classification's replacement
      // of it ("COSMIC"), then the classification's phrase (its name by default); per language.
      std::string phrase = x.name, replacement, abbreviation,
                  language_phrases[std::tuple_size_v<decltype(info.markings)>];
      bool replaced = false;
      std::size_t languages = 0;
      for (const marking_data& m : x.markings) {
        if (!m.phrase) return not_modelled(m.where, "markingData", "marking data without a phrase on a classification");
        if ((m.codes &
             ~(shown_codes | code_bit(marking_code::replace_policy) | code_bit(marking_code::portion_marking))) != 0)
          return not_modelled(m.where, "markingData", "codes other than where a phrase is shown");
        if ((m.codes & code_bit(marking_code::portion_marking)) != 0) {
          // One abbreviation per level: the one without a language, else the first given.
          if (abbreviation.empty() || m.lang.empty()) abbreviation = *m.phrase;
          if ((m.codes & shown_codes) == 0) continue;  // a portion marking only
        }
        if ((m.codes & code_bit(marking_code::replace_policy)) != 0) {
          if (!m.lang.empty())
            return not_modelled(m.where, "markingData", "a replacement of the policy's phrase in one language");
          replacement = *m.phrase;
          replaced = true;
        } else if (m.lang.empty()) {
          phrase = *m.phrase;
        } else {
          const std::optional<int> lang = one_of(m.lang, language_codes);
          if (!lang) return not_modelled(m.where, "markingData", "a marking in language '" + m.lang + "'");
          if (languages == info.markings.size())
            return not_modelled(m.where, "markingData",
                                "more than " + std::to_string(info.markings.size()) + " language markings");
          info.markings[languages++] = {static_cast<language>(*lang), {}};
          language_phrases[languages - 1] = *m.phrase;
        }
      }
      const auto join = [](std::string a, const std::string& b) {
        if (a.empty()) return b;
        if (!b.empty()) a.append(" ").append(b);
        return a;
      };
      const std::string name = join(replaced ? replacement : policy_phrase(""), phrase);
      for (std::size_t k = 0; k < languages; ++k) {
        const std::string_view lang = language_codes[static_cast<std::size_t>(info.markings[k].lang)];
        info.markings[k].text = keep(st, join(replaced ? replacement : policy_phrase(lang), language_phrases[k]));
      }
      if (!x.qualifiers.empty())
        return not_modelled(x.qualifiers[0].where, "markingQualifier", "qualifiers of a classification");
      info.name = keep(st, name);
      info.ascii = keep(st, ascii_of(name));
      info.abbreviation = keep(st, abbreviation.empty() ? name : abbreviation);
      info.source = cite(st, "securityClassification", x.name, x.where);
      info.damage_source = {"not in a SPIF: no damage definition", confidence::unverified};
      for (const level_note& n : c_.levels) {
        if (n.classification != x.name) continue;
        if (!n.ascii.empty()) info.ascii = keep(st, std::string(n.ascii));
        info.damage = keep(st, std::string(n.damage));
        info.damage_source = {keep(st, std::string(n.damage_source.ref)), n.damage_source.conf};
      }
      st.levels.push_back(info);
    }
    return true;
  }

  // ------------------------------------------------------------ tag sets and categories

  [[nodiscard]] bool is_list_tag_set(const tag_set& t) const {
    return t.name == list_tag_names::releasable_to || t.name == list_tag_names::only ||
           t.name == list_tag_names::context;
  }
  [[nodiscard]] found<level_info> level_named(const loaded_storage& st, std::string_view name) const {
    for (const level_info& info : st.levels)
      if (policy_name(info) == name) return info;
    return {};
  }
  /// The rank below which excluded classes exclude: they must be the lowest classifications.
  bool min_rank_of(const loaded_storage& st, const tag_category& c, int& out) {
    out = st.levels.empty() ? 0 : st.levels.front().rank;
    std::vector<int> ranks;
    ranks.reserve(c.excluded_classes.size());
    for (const class_ref& x : c.excluded_classes) ranks.push_back(level_named(st, x.name)->rank);
    std::sort(ranks.begin(), ranks.end());
    for (const int r : ranks) {
      if (r != out)
        return not_modelled(c.where, "tagCategory", "excluded classes other than the lowest classifications");
      ++out;
    }
    return true;
  }

  bool categories(loaded_storage& st) {
    int next = 0;
    for (const tag_set& t : d_.tag_sets) {
      if (is_list_tag_set(t)) continue;
      if (t.tags.size() != 1)
        return not_modelled(t.where, "securityCategoryTagSet", "a tag set with more than one tag");
      const tag& g = t.tags[0];
      tag_type type{};
      if (!type_of(g, type)) return false;
      if (is_library(t)) {  // its values are written as the sample NATO policy's qualifiers say
        if (!library_values(t, g)) return false;
        continue;
      }
      // The library writes a scheme's own values as ADatP-4774 displays the sample NATO policy's:
      // restrictive ones after the level, separated by spaces; informative ones after "- ". The
      // qualifiers that say the same are the separator " " and, for informative values, the
      // prefix "- " (the sample's Administrative tag set).
      for (const marking_qualifier& q : g.qualifiers)
        for (const qualifier& x : q.qualifiers) {
          const bool said = (x.code == qualifier_code::separator && x.text == " ") ||
                            (is_informative(type) && x.code == qualifier_code::prefix && x.text == "- ");
          if (!said || !x.lang.empty())
            return not_modelled(
                q.where, "markingQualifier",
                "a prefix, suffix or separator other than ' ' (and '- ' before informative values) for categories");
        }
      st.tag_sets.push_back(
          {keep(st, t.id), keep(st, t.name), type, cite(st, "securityCategoryTagSet", t.name, t.where)});
      for (const tag_category& c : g.categories) {
        // A required class that is the highest classification says what excluding every other
        // does; below it, whether a higher class may carry the value is not settled.
        if (!c.required_class.empty() && (st.levels.empty() || policy_name(st.levels.back()) != c.required_class))
          return not_modelled(c.where, "tagCategory", "a required class other than the highest classification");
        if (!c.markings.empty() || !c.qualifiers.empty())
          return not_modelled(c.where, "tagCategory", "marking data of a category (its name is its marking)");
        const std::optional<int> code = integer(trim(c.lacv));
        if (!code || *code <= 0)
          return fail(wire_error::bad_value, c.where, "tagCategory", "lacv '" + c.lacv + "' is no positive integer");
        if (next == host_category_count)
          return not_modelled(c.where, "tagCategory",
                              "more than " + std::to_string(host_category_count) + " categories");
        category_info info;
        info.id = host_category(next++);
        info.name = keep(st, c.name);
        info.kind = is_informative(type) ? category_kind::informative : category_kind::restrictive;
        if (!min_rank_of(st, c, info.min_rank)) return false;
        if (!c.required_class.empty()) info.min_rank = st.levels.back().rank;
        info.source = cite(st, "tagCategory", c.name, c.where);
        info.code = *code;
        info.tag_set = st.tag_sets.back().id;
        info.obsolete = c.obsolete;
        st.categories.push_back(info);
      }
    }
    // Rules between categories, once all are known: excluded ones, and required ones (all of them).
    std::size_t k = 0;
    for (const tag_set& t : d_.tag_sets) {
      if (is_list_tag_set(t) || is_library(t)) continue;
      for (const tag_category& c : t.tags[0].categories) {
        category_info& info = st.categories[k++];
        for (const category_ref& r : c.excluded) {
          category_set x{};
          if (!resolve(st, r, x, true)) return false;
          info.excludes = info.excludes | (x - category_set{info.id});  // "all": the others of its set
        }
        for (const category_rule& rule : c.required) {
          category_set x{};
          if (!required_set(st, rule, x)) return false;
          if (rule.op == operation::all)
            info.needs = info.needs | x;
          else
            st.requirements.push_back(
                {info.id, -1, how_many_of(rule.op), x, cite(st, "requiredCategory", c.name, rule.where)});
        }
      }
    }
    // Categories a classification requires: a rule for its level.
    for (const level_info& info : st.levels) {
      const classification& x = classification_named(policy_name(info));
      for (const category_rule& rule : x.required) {
        category_set of{};
        if (!required_set(st, rule, of)) return false;
        st.requirements.push_back(
            {category::invalid, info.rank, how_many_of(rule.op), of, cite(st, "requiredCategory", x.name, rule.where)});
      }
    }
    return true;
  }

  static constexpr how_many how_many_of(operation op) noexcept {
    return op == operation::all           ? how_many::all
           : op == operation::one_or_more ? how_many::one_or_more
                                          : how_many::only_one;
  }

  /// The categories a requiredCategory names. A group of any value of a tag set says "one of its
  /// values" only where one or more of the groups will do.
  bool required_set(const loaded_storage& st, const category_rule& rule, category_set& out) {
    for (const category_ref& r : rule.groups)
      if (!resolve(st, r, out, rule.op == operation::one_or_more)) return false;
    return true;
  }

  [[nodiscard]] static bool is_library(const tag_set& t) {
    for (const tag_set_info& lib : library_tag_sets)
      if (lib.id == t.id) return true;
    return false;
  }

  bool type_of(const tag& g, tag_type& out) {
    switch (g.type) {
      case tag_kind::restrictive: out = tag_type::restrictive; return true;
      case tag_kind::enumerated:
        out =
            g.enumerated == enum_type::restrictive ? tag_type::enumerated_restrictive : tag_type::enumerated_permissive;
        if (out == tag_type::enumerated_permissive)
          return not_modelled(g.where, "securityCategoryTag",
                              "permissive categories other than Releasable To and Only");
        return true;
      case tag_kind::tag_type7:
        out =
            g.encoding == tag7_encoding::bit_set_attributes ? tag_type::informative : tag_type::informative_enumerated;
        return true;
      case tag_kind::permissive:
        return not_modelled(g.where, "securityCategoryTag", "permissive categories other than Context");
      case tag_kind::not_applicable: return not_modelled(g.where, "securityCategoryTag", "tagType notApplicable");
    }
    return false;
  }

  /// A tag set of the library's catalogue: its values must be the catalogue's, code for code.
  bool library_values(const tag_set& t, const tag& g) {
    for (const tag_category& c : g.categories) {
      const std::optional<int> code = integer(trim(c.lacv));
      bool known = false;
      for (const category_info& info : clearance::categories)
        known = known || (info.tag_set == t.id && code && info.code == *code && info.name == c.name);
      if (!known)
        return fail(wire_error::unknown_value, c.where, "tagCategory",
                    "'" + c.name + "' (" + c.lacv + ") is not a value of the library's tag set " + t.id);
    }
    return true;
  }

  /// Adds the categories a group names to `out`: its value (`lacv`), or every value of its tag
  /// set (`all`; and a group of no value where any value means them all: excluding any excludes
  /// all, one or more of any is one or more of all).
  bool resolve(const loaded_storage& st, const category_ref& r, category_set& out, bool any_is_all) {
    if (r.lacv && r.all.value_or(false))
      return fail(wire_error::conflicting_parts, r.where, "categoryGroup", "a value and all values at once");
    const bool all = !r.lacv && (r.all.value_or(false) || any_is_all);
    if (!r.lacv && !all) return not_modelled(r.where, "categoryGroup", "a required group of any value of a tag set");
    const std::optional<int> code = r.lacv ? integer(trim(*r.lacv)) : std::nullopt;
    bool found_one = false;
    for (const tag_set_info& t : st.tag_sets)
      if (t.name == r.tag_set)
        for (const category_info& info : st.categories)
          if (info.tag_set == t.id && (all || (code && info.code == *code))) {
            out.insert(info.id);
            found_one = true;
          }
    if (found_one) return true;
    return fail(wire_error::unknown_value, r.where, "categoryGroup",
                (all ? std::string("no category") : "no category " + *r.lacv) + " in tag set '" + r.tag_set + "'");
  }

  // ------------------------------------------------------------ releasability

  /// The ceiling excluded classes give: they must be the highest classifications, and leave one.
  bool ceiling_from(const loaded_storage& st, const tag_category& c, int& out) {
    out = st.levels.empty() ? 0 : st.levels.back().rank;
    std::vector<int> ranks;
    ranks.reserve(c.excluded_classes.size());
    for (const class_ref& x : c.excluded_classes) ranks.push_back(level_named(st, x.name)->rank);
    std::sort(ranks.begin(), ranks.end(), [](int a, int b) { return a > b; });
    for (const int r : ranks) {
      if (r != out)
        return not_modelled(c.where, "tagCategory", "excluded classes other than the highest classifications");
      --out;
    }
    if (!st.levels.empty() && out < st.levels.front().rank)
      return not_modelled(c.where, "tagCategory", "a value excluded from every classification");
    return true;
  }

  bool lists(loaded_storage& st) {
    // Releasable To first, whose values' excluded classes give the parties' ceilings; Only and
    // Context must agree with them.
    for (const std::string_view list : {list_tag_names::releasable_to, list_tag_names::only, list_tag_names::context})
      for (const tag_set& t : d_.tag_sets) {
        if (t.name != list) continue;
        if (t.tags.size() != 1)
          return not_modelled(t.where, "securityCategoryTagSet", "a list tag set with more than one tag");
        const tag& g = t.tags[0];
        const bool context = t.name == list_tag_names::context;
        const tag_type want = context ? wire::list_tag_types::context : wire::list_tag_types::releasable_to;
        tag_type type{};
        if (g.type == tag_kind::permissive)
          type = tag_type::permissive;
        else if (g.type == tag_kind::enumerated && g.enumerated == enum_type::permissive)
          type = tag_type::enumerated_permissive;
        if (type != want || (g.type != tag_kind::permissive && g.type != tag_kind::enumerated))
          return fail(wire_error::wrong_tag_type, g.where, "securityCategoryTag",
                      "tag set '" + t.name + "' of another type than its list's");
        if (context) {
          st.scheme.list_tags.context = keep(st, t.id);
          if (!context_values(st, g)) return false;
          continue;
        }
        const bool releasable = t.name == list_tag_names::releasable_to;
        (releasable ? st.scheme.list_tags.releasable_to : st.scheme.list_tags.only) = keep(st, t.id);
        for (const tag_category& c : g.categories) {
          const std::optional<int> number = integer(trim(c.lacv));
          const party p = wire::party_by_code(c.name);
          const found<party_info> info = find_party(p);
          if (p == party::none || !number || !info || info->number != *number)
            return fail(wire_error::unknown_value, c.where, "tagCategory",
                        "'" + c.name + "' (" + c.lacv + ") is no party of the catalogue with that code and number");
          int ceiling = 0;
          if (!ceiling_from(st, c, ceiling)) return false;
          const int before = ceiling_of(st.levels, st.ceilings, p);
          const bool known =
              std::any_of(st.ceilings.begin(), st.ceilings.end(), [&](const release_ceiling& x) { return x.to == p; });
          if (known || !releasable) {
            if (before != ceiling)
              return fail(wire_error::conflicting_parts, c.where, "tagCategory",
                          "'" + c.name + "' is excluded from other classifications in Only than in Releasable To");
          } else if (!c.excluded_classes.empty()) {
            st.ceilings.push_back({p, ceiling, cite(st, "tagCategory", c.name, c.where)});
          }
          for (const marking_data& m : c.markings)
            if (releasable && (m.codes & code_bit(marking_code::no_marking_display)) != 0)
              st.scheme.implied_releasability.insert(p);
        }
        if (!releasable)
          for (const marking_qualifier& q : g.qualifiers)
            for (const qualifier& x : q.qualifiers)
              if (x.code == qualifier_code::suffix && x.lang.empty()) {
                const std::string_view word = trim(x.text);
                if (word != "ONLY") st.scheme.only_word = keep(st, std::string(word));
              }
      }
    if (st.scheme.list_tags.releasable_to.empty() != st.scheme.list_tags.only.empty())
      return fail(wire_error::missing_element, {}, "securityCategoryTagSets", "Releasable To and Only go together");
    return true;
  }

  bool context_values(loaded_storage& st, const tag& g) {
    const found<party_info> owner = find_party(c_.owner);
    for (const tag_category& c : g.categories) {
      const std::optional<int> code = integer(trim(c.lacv));
      if (!code) return fail(wire_error::bad_value, c.where, "tagCategory", "lacv '" + c.lacv + "' is no integer");
      // What a context or a following list may carry is what its parties' ceilings imply; other
      // excluded classes would be a rule of their own.
      int ceiling = 0;
      if (!ceiling_from(st, c, ceiling)) return false;
      const auto implied = [&](int want, std::string_view what) {
        return want == ceiling ||
               not_modelled(c.where, "excludedClass", std::string(what) + " other than its parties' ceilings imply");
      };
      if (owner && c.name == owner->code) {  // the scheme's own context
        if (!implied(ceiling_of(st.levels, st.ceilings, party::none),
                     "classifications the scheme's own context may not carry"))
          return false;
        continue;
      }
      if (c.name == c_.list_follows) {
        if (!implied(list_ceiling(st.levels, c_.owner, st.ceilings),
                     "classifications a Releasable To list may not follow"))
          return false;
        st.scheme.list_tags.list_follows = {keep(st, c.name), *code};
        continue;
      }
      const context_parties* known = nullptr;
      for (const context_parties& x : c_.contexts)
        if (x.word == c.name) known = &x;
      if (known == nullptr)
        return fail(wire_error::unknown_value, c.where, "tagCategory",
                    "context '" + c.name + "': whom it releases to is not given (complement::contexts)");
      if (!implied(context_ceiling(st.levels, st.ceilings, known->releasable_to),
                   "classifications a context may not carry"))
        return false;
      st.contexts.push_back({keep(st, c.name), known->releasable_to, cite(st, "tagCategory", c.name, c.where), *code});
    }
    return true;
  }

  // ------------------------------------------------------------ equivalences

  bool mappings(loaded_storage& st) {
    for (const equivalent_policy& p : d_.equivalent_policies) {
      if (!p.required.empty())
        return not_modelled(p.required[0].where, "requiredCategory", "categories an equivalent policy requires");
      const found<scheme> hub = wire::scheme_by_policy_id(reg_, p.id);
      if (!hub)
        return fail(wire_error::unknown_policy, p.where, "equivalentPolicy",
                    "'" + p.name + "' (" + p.id + ") is no policy of the registry");
      if (std::any_of(c_.tables.begin(), c_.tables.end(), [&](const mapping_table& t) { return t.hub == hub->id; })) {
        if (!tables_say(st, p, *hub)) return false;
        continue;
      }
      const mapping_scope* scope = nullptr;
      for (const mapping_scope& m : c_.mappings)
        if (m.hub == hub->id) scope = &m;
      if (scope == nullptr)
        return fail(wire_error::missing_element, p.where, "equivalentPolicy",
                    "equivalences with '" + p.name + "': where they apply is not given (complement::mappings)");
      std::vector<correspondence> to, from;
      for (const level_info& info : st.levels) {
        const classification& x = classification_named(policy_name(info));
        for (const equivalent_classification& q : x.equivalents) {
          if (q.policy != p.name) continue;
          if (!q.required.empty())
            return not_modelled(q.where, "requiredCategory", "categories an equivalence requires");
          const found<level_info> there = wire::level_by_code(*hub, q.lacv);
          if (!there)
            return fail(wire_error::unknown_classification, q.where, "equivalentClassification",
                        "'" + p.name + "' has no classification " + std::to_string(q.lacv));
          const citation source = cite(st, "equivalentClassification", x.name, q.where);
          const mapping kind = q.direction == applied::both ? mapping::equivalent : mapping::handled_as;
          if (q.direction != applied::decrypt) to.push_back({info.rank, there->rank, kind, source});
          if (q.direction != applied::encrypt) from.push_back({there->rank, info.rank, kind, source});
        }
      }
      // No silent gaps: a classified level the SPIF gives no equivalent for has none.
      const citation none = {keep(st, "SPIF " + std::string(c_.file.empty() ? d_.policy_name : c_.file) +
                                          ": no equivalentClassification towards '" + p.name + "'"),
                             confidence::verified};
      if (!to.empty())
        for (const level_info& info : st.levels)
          if (info.classified &&
              std::none_of(to.begin(), to.end(), [&](const correspondence& r) { return r.from == info.rank; }))
            to.push_back({info.rank, -1, mapping::no_equivalent, none});
      if (!from.empty())
        for (const level_info& info : hub->levels)
          if (info.classified &&
              std::none_of(from.begin(), from.end(), [&](const correspondence& r) { return r.from == info.rank; }))
            from.push_back({info.rank, -1, mapping::no_equivalent, none});
      const auto by_rank = [](const correspondence& a, const correspondence& b) { return a.from < b.from; };
      std::sort(to.begin(), to.end(), by_rank);
      std::sort(from.begin(), from.end(), by_rank);
      st.rows.push_back(std::move(to));
      st.rows.push_back(std::move(from));
      st.mappings.push_back({hub->id,
                             {},
                             {},
                             scope->contexts,
                             scope->in_force,
                             {keep(st, std::string(scope->source.ref)), scope->source.conf}});
    }
    return true;
  }

  /// The complement's tables towards `hub`, taken when the SPIF's equivalences with policy `p`
  /// are exactly their rows (an equivalence in both directions: a row each way).
  bool tables_say(loaded_storage& st, const equivalent_policy& p, const scheme& hub) {
    std::vector<std::tuple<int, int, applied>> said, held;  // (our rank, their rank, direction)
    for (const level_info& info : st.levels)
      for (const equivalent_classification& q : classification_named(policy_name(info)).equivalents) {
        if (q.policy != p.name) continue;
        if (!q.required.empty()) return not_modelled(q.where, "requiredCategory", "categories an equivalence requires");
        const found<level_info> there = wire::level_by_code(hub, q.lacv);
        if (!there)
          return fail(wire_error::unknown_classification, q.where, "equivalentClassification",
                      "'" + p.name + "' has no classification " + std::to_string(q.lacv));
        if (q.direction != applied::decrypt) said.emplace_back(info.rank, there->rank, applied::encrypt);
        if (q.direction != applied::encrypt) said.emplace_back(info.rank, there->rank, applied::decrypt);
      }
    for (const mapping_table& t : c_.tables) {
      if (t.hub != hub.id) continue;
      for (const correspondence& r : t.to_hub)
        if (r.kind != mapping::no_equivalent) held.emplace_back(r.from, r.to, applied::encrypt);
      for (const correspondence& r : t.from_hub)
        if (r.kind != mapping::no_equivalent) held.emplace_back(r.to, r.from, applied::decrypt);
      st.rows.emplace_back(t.to_hub.begin(), t.to_hub.end());
      for (correspondence& r : st.rows.back()) r.source.ref = keep(st, std::string(r.source.ref));
      st.rows.emplace_back(t.from_hub.begin(), t.from_hub.end());
      for (correspondence& r : st.rows.back()) r.source.ref = keep(st, std::string(r.source.ref));
      st.mappings.push_back(t);
      st.mappings.back().source.ref = keep(st, std::string(t.source.ref));
    }
    std::sort(said.begin(), said.end());
    said.erase(std::unique(said.begin(), said.end()), said.end());
    std::sort(held.begin(), held.end());
    held.erase(std::unique(held.begin(), held.end()), held.end());
    if (said != held)
      return fail(
          wire_error::conflicting_parts, p.where, "equivalentPolicy",
          "the equivalences with '" + p.name + "' are not the rows of the tables given for it (complement::tables)");
    return true;
  }

  [[nodiscard]] const classification& classification_named(std::string_view name) const {
    for (const classification& x : d_.classifications)
      if (x.name == name) return x;
    return d_.classifications.front();  // every level was made from one
  }

  // ------------------------------------------------------------ the scheme

  void finish(loaded_storage& st) {
    for (std::size_t i = 0; i < st.mappings.size(); ++i) {
      st.mappings[i].to_hub = st.rows[2 * i];
      st.mappings[i].from_hub = st.rows[2 * i + 1];
    }
    st.spellings.assign(c_.spellings.begin(), c_.spellings.end());
    for (spelling& x : st.spellings) {
      x.text = keep(st, std::string(x.text));
      x.source.ref = keep(st, std::string(x.source.ref));
    }
    st.grades.assign(c_.personnel.grades.begin(), c_.personnel.grades.end());
    for (clearance_grade& g : st.grades) {
      g.name = keep(st, std::string(g.name));
      g.ascii = keep(st, std::string(g.ascii));
      g.source.ref = keep(st, std::string(g.source.ref));
    }
    clearance::scheme& s = st.scheme;
    s.id = c_.id;
    s.name = keep(st, d_.policy_name);
    s.code = keep(st, std::string(c_.code));
    s.owner = c_.owner;
    s.levels = st.levels;
    s.mappings = st.mappings;
    // The complement's texts are copied: the loaded scheme outlives it.
    const auto own = [&](citation x) { return citation{keep(st, std::string(x.ref)), x.conf}; };
    s.personnel = c_.personnel;
    s.personnel.grades = st.grades;
    s.personnel.clearance_source = own(c_.personnel.clearance_source);
    s.personnel.national_rule_source = own(c_.personnel.national_rule_source);
    s.organisation = {c_.organisation.required, own(c_.organisation.source)};
    s.briefing = {c_.briefing.required, own(c_.briefing.source)};
    s.spellings = st.spellings;
    s.contexts = st.contexts;
    s.release_ceilings = st.ceilings;
    s.requirements = st.requirements;
    s.categories = st.categories;
    s.tag_sets = st.tag_sets;
    s.policy_id = keep(st, d_.policy_id);
    s.in_use = c_.in_use;
    s.in_use_source = own(c_.in_use_source);
    for (const clearance::scheme* x : reg_.schemes())
      if (x->id != s.id) st.entries.push_back(x);
    st.entries.push_back(&st.scheme);
    st.reg = clearance::registry{st.entries};
  }

  const document& d_;
  const complement& c_;
  const registry& reg_;
  bool failed_ = false;
  wire_error error_ = wire_error::none;
  std::size_t line_ = 0;
  std::string element_{};
  std::string detail_{};
};

}  // namespace detail

/// The scheme a SPIF document describes, completed by `c` with what a SPIF cannot say, checked by
/// the table rules against `reg` (which holds the hubs of its equivalences). Refused as a whole on
/// the first thing it cannot hold or rule it breaks; never a part of it. Its registry holds the
/// schemes of `reg` and the loaded one, which takes the place of a scheme of `reg` with its id (a
/// newer edition of a policy, loaded while the program runs).
inline load_result load(const document& d, const complement& c, const registry& reg) {
  return detail::importing{d, c, reg}.run();
}

/// What `s` has beyond its SPIF (document_of): for a round trip, export then load.
inline complement complement_of(const scheme& s) {
  complement c;
  c.id = s.id;
  c.code = s.code;
  c.owner = s.owner;
  for (const level_info& info : s.levels) {
    if (!info.classified) c.unclassified = policy_name(info);
    c.levels.push_back({policy_name(info), info.ascii, info.damage, info.damage_source});
  }
  c.personnel = s.personnel;
  c.organisation = s.organisation;
  c.briefing = s.briefing;
  c.spellings.assign(s.spellings.begin(), s.spellings.end());
  for (const marking_context& x : s.contexts) c.contexts.push_back({x.word, x.releasable_to});
  c.tables.assign(s.mappings.begin(), s.mappings.end());
  c.list_follows = list_tags_of(s).list_follows.word;
  c.in_use = s.in_use;
  c.in_use_source = s.in_use_source;
  return c;
}

}  // namespace clearance::inline v0::spif

CLEARANCE_DETAIL_QUIET_SHADOW_END
