// SPDX-License-Identifier: MIT
//
// Labels on the wire, stage 1: what every exchange format shares. The errors its readers report,
// and a label as a policy's tag sets carry it: the policy (by identifier or name), the
// classification (by code or name), each category in its tag set (by code or name) and the
// releasability as the Context, Releasable To and Only tag sets hold it (ADatP-4774 sample SPIF).
//
// STANAG 4774 (stanag4774.hpp) writes these by name, ESS labels (ess.hpp) by code; both read and
// write a label through lists_of and label_from, so that they agree on what a label means.
#pragma once

#include <cstddef>
#include <string_view>

#include "../core/categories.hpp"
#include "../core/decision.hpp"
#include "../core/found.hpp"
#include "../core/label.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "../core/scheme.hpp"
#include "../core/text.hpp"
#include "../core/wire_error.hpp"
#include "../text/names.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

/// A label read from the wire, or the error and the byte offset of the part that caused it.
struct wire_result {
  label value{};
  wire_error error = wire_error::none;
  std::size_t offset = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

/// What `label_intake(no_label)` is asked about: a message that carries no security label.
struct no_label_t {
  explicit no_label_t() = default;
};
inline constexpr no_label_t no_label{};

/// A message's label as its receiver decides on it, before any rule of access or transport:
/// allowed at the label's level when a reader (read_xep0258, read_stanag4774, read_ess, ...) read
/// it and it is a valid label of `reg`; else denied with label_unreadable, which holds the
/// reader's error, or with the rule the label breaks. An empty XEP-0258 <label/>
/// (wire_error::default_label) is refused as well until the host puts its own default in its
/// place: no default label is ever taken in place of a missing or unreadable one.
constexpr decision label_intake(const registry& reg, const wire_result& read) noexcept {
  if (read.ok()) {
    if (const decision valid = validate(reg, read.value); !valid) return valid;
    return detail::allow(level_of(read.value));
  }
  decision d = detail::deny(reason::label_unreadable, {});
  d.detail = static_cast<int>(read.error);
  return d;
}
/// A message without a security label: denied (label_missing).
constexpr decision label_intake(no_label_t) noexcept { return detail::deny(reason::label_missing, {}); }

/// What a writer produces: the text, or why it wrote none (and then no text).
template <std::size_t Capacity>
struct written_text {
  fixed_text<Capacity> text{};
  wire_error error = wire_error::none;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == wire_error::none; }
  constexpr explicit operator bool() const noexcept { return ok(); }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return text.view(); }
};

namespace wire {

// ---------------------------------------------------------------- policies and classifications

namespace detail {
/// The decimal number `text` (digits only, no leading zero, at most 9 digits); -1 otherwise.
constexpr long long decimal(std::string_view text) noexcept {
  if (text.empty() || text.size() > 9 || (text.size() > 1 && text[0] == '0')) return -1;
  long long n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}
}  // namespace detail

/// Whether `oid` (dotted decimal) is the identifier of the policy of `s` (see append_policy_id).
constexpr bool has_policy_id(const scheme& s, std::string_view oid) noexcept {
  if (!s.policy_id.empty()) return oid == s.policy_id;
  if (!oid.starts_with(policy_arc) || !oid.substr(policy_arc.size()).starts_with(".1.")) return false;
  return detail::decimal(oid.substr(policy_arc.size() + 3)) == static_cast<int>(s.id);
}

/// The scheme of `reg` whose policy has identifier `oid`.
constexpr found<scheme> scheme_by_policy_id(const registry& reg, std::string_view oid) noexcept {
  for (const scheme* s : reg.schemes())
    if (has_policy_id(*s, oid)) return *s;
  return {};
}

/// The level of `s` with code `code` (ESS security-classification, SPIF lacv).
constexpr found<level_info> level_by_code(const scheme& s, long long code) noexcept {
  for (const level_info& info : s.levels)
    if (level_code(info) == code) return info;
  return {};
}

/// The level of `s` named `name` in its policy (STANAG 4774 Classification: "SECRET").
constexpr found<level_info> level_by_policy_name(const scheme& s, std::string_view name) noexcept {
  for (const level_info& info : s.levels)
    if (policy_name(info) == name) return info;
  return {};
}

// ---------------------------------------------------------------- categories

/// A tag set a label of `s` can hold categories in: the library's (categories.hpp) or the scheme's.
template <class Pred>
constexpr found<tag_set_info> find_tag_set(const scheme& s, Pred pred) noexcept {
  for (const tag_set_info& t : library_tag_sets)
    if (pred(t)) return t;
  for (const tag_set_info& t : s.tag_sets)
    if (pred(t)) return t;
  return {};
}

/// A category value as the exchange formats write it: its tag set, its type there, its code and
/// its name (a compartment's name is its number).
struct category_value {
  found<tag_set_info> tag_set{};
  category_kind kind{};
  int code = 0;
  std::string_view name{};  ///< empty for a compartment: write `code` in decimal
};

/// How a category of a label of `s` travels; nothing for a value no tag set holds.
constexpr category_value value_of(const scheme& s, category c) noexcept {
  if (is_compartment(c))
    return {find_tag_set(s, [](const tag_set_info& t) { return t.id == compartment_tag_set; }),
            category_kind::restrictive,
            static_cast<int>(c) - first_compartment_bit,
            {}};
  const found<category_info> row = find_category(c, s.categories);
  if (!row) return {};
  return {find_tag_set(s, [&](const tag_set_info& t) { return t.id == row->tag_set; }), row->kind, row->code,
          row->name};
}

/// The category of `s` in tag set `tag` with code `code`; category::invalid for none.
constexpr category category_by_code(const scheme& s, const tag_set_info& tag, long long code) noexcept {
  if (tag.id == compartment_tag_set)
    return code >= 0 && code < compartment_count ? compartment(static_cast<int>(code)) : category::invalid;
  for (const category_info& info : categories)
    if (info.tag_set == tag.id && info.code == code) return info.id;
  for (const category_info& info : s.categories)
    if (info.tag_set == tag.id && info.code == code) return info.id;
  return category::invalid;
}

/// The category of `s` in tag set `tag` named `name`; category::invalid for none.
constexpr category category_by_name(const scheme& s, const tag_set_info& tag, std::string_view name) noexcept {
  if (tag.id == compartment_tag_set) return category_by_code(s, tag, detail::decimal(name));
  for (const category_info& info : categories)
    if (info.tag_set == tag.id && info.name == name) return info.id;
  for (const category_info& info : s.categories)
    if (info.tag_set == tag.id && info.name == name) return info.id;
  return category::invalid;
}

// ---------------------------------------------------------------- releasability

/// The releasability of a label as a policy's list tag sets carry it (ADatP-4774 sample SPIF):
/// - Context: the scheme's own value (the owner: "NATO", 1001), its contexts ("KFOR"), and the
///   value that says a Releasable To list follows ("Releasable", 10000);
/// - Releasable To: parties, groups collapsed ("NATO", "JPN");
/// - Only: the ONLY list as written.
/// A label with its owner's releasability carries no list (or only the owner's context).
struct label_lists {
  bool own_context = false;   ///< Context holds the scheme's owner
  bool list_follows = false;  ///< Context holds the value that goes with a Releasable To list
  unsigned contexts = 0;      ///< bit i: Context holds the scheme's context i
  party_set releasable_to{};  ///< the Releasable To values
  party_set only{};           ///< the Only values

  [[nodiscard]] constexpr bool any_context() const noexcept { return own_context || list_follows || contexts != 0; }
};

/// How the list tag sets travel in ESS labels: Releasable To and Only as enumerated permissive
/// attributes, Context as a permissive bit map (ADatP-4774 sample SPIF: tagType "enumerated" with
/// enumType "permissive"; Context tagType "permissive"). The library's own list tag sets as well.
namespace list_tag_types {
inline constexpr tag_type releasable_to = tag_type::enumerated_permissive;
inline constexpr tag_type only = tag_type::enumerated_permissive;
inline constexpr tag_type context = tag_type::permissive;
}  // namespace list_tag_types

/// Whether the scheme's policy has a Context tag set (its lists then say which context they use).
constexpr bool has_context_tag(const scheme& s) noexcept { return !list_tags_of(s).context.empty(); }

/// The lists of `l` (a valid label of `s`, releasable to someone: writers refuse a label releasable
/// to nobody, which no list can say). Writes the scheme's context where the label's
/// releasability is one ("NATO/KFOR": Context KFOR), else a Releasable To list with the context
/// that announces it, as the Table 17 labels of ADatP-4774 do.
constexpr label_lists lists_of(const scheme& s, const label& l) noexcept {
  label_lists out;
  out.only = l.only;
  const party_set to = expand(l.releasable_to);
  const bool context_tag = has_context_tag(s);
  if (to == owner_releasability(level_of(s, l.rank))) {
    out.own_context = context_tag;
    return out;
  }
  if (context_tag)
    for (std::size_t i = 0; i < s.contexts.size() && i < 32; ++i)
      if (expand(s.contexts[i].releasable_to) == to) {
        out.contexts = 1U << i;
        return out;
      }
  out.releasable_to = collapse(to);
  out.list_follows = context_tag && !list_tags_of(s).list_follows.word.empty();
  out.own_context = context_tag && out.releasable_to.contains(s.owner);
  return out;
}

/// The label of level `rank` of `s` with categories `cats` and the releasability `lists` say;
/// the error for lists that contradict each other: a Releasable To list without the context value
/// that announces it (or that value without a list) where the policy has one, a context with
/// another or with a Releasable To list. No list at all:
/// the owner's releasability, as a marking without one.
constexpr wire_error label_from(const scheme& s, int rank, category_set cats, const label_lists& lists,
                                label& out) noexcept {
  const context_value follows = list_tags_of(s).list_follows;
  if (!follows.word.empty() && lists.list_follows != !lists.releasable_to.empty()) return wire_error::conflicting_parts;
  if (lists.contexts >> (s.contexts.size() < 32 ? s.contexts.size() : 31) != 0) return wire_error::unknown_value;
  // One context at most, as in markings ("NATO/KFOR"): a context with the scheme's own, with a
  // second one, or with a Releasable To list contradicts it (the sample policy excludes the EAPC
  // value of Releasable To at every classified level: ADatP-4774 Table 17 no. 5 is invalid).
  if (lists.contexts != 0 && (lists.own_context || lists.list_follows || (lists.contexts & (lists.contexts - 1)) != 0))
    return wire_error::conflicting_parts;
  party_set to = lists.releasable_to;
  if (lists.own_context) to.insert(s.owner);
  for (std::size_t i = 0; i < s.contexts.size() && i < 32; ++i)
    if ((lists.contexts >> i) & 1U) to = to | s.contexts[i].releasable_to;
  label l = label{level_of(s, rank)}.with(cats);
  if (!to.empty()) l = l.releasable(to);
  out = l.only_for(lists.only);
  return wire_error::none;
}

/// The party of the catalogue with code `code` ("JPN", "NATO").
constexpr party party_by_code(std::string_view code) noexcept {
  for (const party_info& p : parties)
    if (p.id != party::none && p.code == code) return p.id;
  return party::none;
}

/// The party of the catalogue with number `number` (ISO 3166 numeric, the sample policy's code);
/// party::none for none (0 is no number).
constexpr party party_by_number(long long number) noexcept {
  if (number <= 0) return party::none;
  for (const party_info& p : parties)
    if (p.id != party::none && p.number == number) return p.id;
  return party::none;
}

}  // namespace wire
}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
