// SPDX-License-Identifier: MIT
//
// What a decision says, from one table with a row per reason: the reason's name (to_string),
// the sentence of a run-time denial (explain), and the two sides a compile-time denial names
// (require, labeled_in). Adding a reason is adding its enumerator and its row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../core/channel.hpp"
#include "../core/decision.hpp"
#include "../core/destination.hpp"
#include "../core/slice.hpp"
#include "../core/found.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/registry.hpp"
#include "names.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0 {

namespace detail {

/// What a row is given: the registry the names come from, the decision, and who it is about
/// (the person or the channel; empty: "person", "channel").
struct told {
  const registry& reg;
  const decision& d;
  std::string_view who;
};

/// A side of a compile-time denial, in ASCII.
using side_text = fixed_text<72>;

constexpr void says_nothing(const told&, sentence&) noexcept {}
constexpr void the_label(const told& t, side_text& s) noexcept {
  append_level(t.reg, s, t.d.label_level, charset::ascii);
}

/// A reason's row: its name, its sentence (after "denied (<name>): "), and its sides; the label's
/// side is the label's level unless the row says otherwise.
struct reason_row {
  reason why;
  std::string_view name;
  void (*says)(const told&, sentence&) noexcept = says_nothing;
  void (*label_side)(const told&, side_text&) noexcept = the_label;
  void (*held_side)(const told&, side_text&) noexcept = the_label;
};

// The words the rows share.
constexpr void the_person(const told& t, sentence& m) noexcept {
  m << (t.who.empty() ? std::string_view{"person"} : t.who);
}
constexpr void the_channel(const told& t, sentence& m) noexcept {
  m << "channel";
  if (!t.who.empty()) m << " " << t.who;
}
constexpr void the_destination(const told& t, sentence& m) noexcept {
  m << "destination";
  if (!t.who.empty()) m << " " << t.who;
}
/// "up to NATO SECRET", or "unclassified only" for a ceiling of rank 0.
constexpr void ceiling_held(const told& t, side_text& s) noexcept {
  if (t.d.held.rank == 0)
    s << "unclassified only";
  else
    append_ceiling(t.reg, s, t.d.held, charset::ascii);
}
constexpr void label_is(const told& t, sentence& m) noexcept {
  m << "; label is ";
  append_level(t.reg, m, t.d.label_level);
}
constexpr void approval_of(const told& t, sentence& m) noexcept {
  m << "the approval of ";
  the_channel(t, m);
}
/// "the approval of channel X <what> <its date>; used <the date of use>; label is L"
constexpr void dated(const told& t, sentence& m, std::string_view what) noexcept {
  approval_of(t, m);
  m << what;
  append_date(m, t.d.approval_dated());
  m << "; used ";
  append_date(m, t.d.used_on());
  label_is(t, m);
}
/// "person holds screening C, valid up to Dep. VERTROUWELIJK; label is L[, handled as H]"
constexpr void clearance_shortfall(const told& t, sentence& m) noexcept {
  the_person(t, m);
  m << " holds ";
  append_grade(t.reg, m, t.d.held.scheme, t.d.grade());
  if (t.d.grade() > 0) {
    m << ", valid up to ";
    append_level(t.reg, m, t.d.held);
  }
  label_is(t, m);
  if (t.d.required != t.d.label_level) {
    m << ", handled as ";
    append_level(t.reg, m, t.d.required);
  }
}
/// "<holder> is approved up to C; label is L[, which maps to M]": a label above a channel's or a
/// destination's ceilings (held: the ceiling; required: the label in its scheme).
constexpr void above_the_ceiling(const told& t, sentence& m, void (*holder)(const told&, sentence&) noexcept,
                                 std::string_view is) noexcept {
  holder(t, m);
  m << is;
  append_ceiling(t.reg, m, t.d.held);
  label_is(t, m);
  if (t.d.required.rank > 0 && t.d.required != t.d.label_level) {
    m << ", which maps to ";
    append_level(t.reg, m, t.d.required);
  }
}
template <std::size_t N>
constexpr void categories_in(const told& t, fixed_text<N>& m) noexcept {
  const found<scheme> s = t.reg.find(t.d.label_level.scheme);
  append_categories(m, t.d.categories(), s ? s->categories : slice<const category_info>{});
}
/// "<holder> does not hold ATOMAL; label is L with it": the restrictive categories of the label
/// a reader or a destination lacks (set: those categories).
constexpr void lacks_categories(const told& t, sentence& m, void (*holder)(const told&, sentence&) noexcept) noexcept {
  holder(t, m);
  m << " does not hold ";
  categories_in(t, m);
  label_is(t, m);
  m << " with it";
}
/// "DAWN, DUSK exclude each other; label is ...": the categories, what the policy says of them.
constexpr void categories_said(const told& t, sentence& m, std::string_view says) noexcept {
  categories_in(t, m);
  m << says;
  label_is(t, m);
}
constexpr void used_on(const told& t, side_text& s) noexcept {
  s << "used ";
  append_date(s, t.d.used_on());
}
constexpr void from_label(const told& t, side_text& s) noexcept {
  s << "from ";
  append_level(t.reg, s, t.d.label_level, charset::ascii);
}
constexpr void to_required(const told& t, side_text& s) noexcept {
  s << "to ";
  append_level(t.reg, s, t.d.required, charset::ascii);
}
constexpr void required_level(const told& t, side_text& s) noexcept {
  append_level(t.reg, s, t.d.required, charset::ascii);
}
constexpr void grade_held(const told& t, side_text& s) noexcept {
  append_grade(t.reg, s, t.d.held.scheme, t.d.grade(), charset::ascii);
}

using r = reason;

// clang-format off
/// The rows, in the order of the reasons. What the decision's fields hold for each reason is what
/// its row reads: `required`, `held` (levels), `detail` (a value) and `set` (bits or a date).
inline constexpr reason_row reason_rows[] = {
    {r::none, "allowed", says_nothing, the_label, [](const told&, side_text& s) noexcept { s << "allowed"; }},
    {r::undecided, "undecided",
     [](const told&, sentence& m) noexcept { m << "no decision was made"; }, the_label,
     [](const told&, side_text& s) noexcept { s << "no decision"; }},
    // the label
    {r::unknown_scheme, "unknown scheme",
     [](const told& t, sentence& m) noexcept { m << "the registry holds no scheme " << static_cast<int>(t.d.label_level.scheme); },
     the_label, [](const told&, side_text& s) noexcept { s << "not in the registry"; }},
    {r::unknown_level, "unknown level",
     [](const told& t, sentence& m) noexcept {
       append_scheme(t.reg, m, t.d.label_level.scheme);
       m << " has no level of rank " << t.d.label_level.rank;
     },
     the_label, [](const told&, side_text& s) noexcept { s << "not in the registry"; }},
    {r::undefined_category, "undefined category",  // set: the undefined bits
     [](const told& t, sentence& m) noexcept { m << "no catalogue defines "; categories_in(t, m); label_is(t, m); },
     the_label, categories_in<72>},
    {r::category_not_allowed_at_level, "category not allowed at level",  // set: those categories
     [](const told& t, sentence& m) noexcept {
       categories_in(t, m);
       m << " cannot accompany ";
       append_level(t.reg, m, t.d.label_level);
     },
     the_label, categories_in<72>},
    {r::categories_excluded, "categories excluded",  // set: the categories that exclude each other
     [](const told& t, sentence& m) noexcept { categories_said(t, m, " exclude each other"); },
     the_label, categories_in<72>},
    {r::category_required, "category required",  // set: the categories and those they require
     [](const told& t, sentence& m) noexcept { categories_said(t, m, " may only come together"); },
     the_label, categories_in<72>},
    {r::undefined_party, "undefined party",  // set: the undefined bits
     [](const told& t, sentence& m) noexcept {
       m << "no catalogue defines ";
       append_parties(m, t.d.parties());
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { append_parties(s, t.d.parties()); }},
    // the person
    {r::no_person, "no person",
     [](const told& t, sentence& m) noexcept { the_person(t, m); m << " has no nationality (default-constructed?)"; label_is(t, m); },
     the_label, [](const told&, side_text& s) noexcept { s << "no nationality"; }},
    {r::invalid_nationality, "invalid nationality",  // detail: the nationality
     [](const told& t, sentence& m) noexcept {
       m << "nationality ";
       append_party(m, t.d.nationality());
       m << " is not a country";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { append_party(s, t.d.nationality()); }},
    {r::invalid_clearance, "invalid clearance",  // held: {scheme, grade}
     [](const told& t, sentence& m) noexcept {
       the_person(t, m);
       m << " holds ";
       append_grade(t.reg, m, t.d.held.scheme, t.d.held.rank);
       m << ", which is not a grade of the policy, or a second clearance of one scheme";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { append_grade(t.reg, s, t.d.held.scheme, t.d.held.rank, charset::ascii); }},
    {r::invalid_organisation, "invalid organisation",  // detail: the value
     [](const told& t, sentence& m) noexcept {
       the_person(t, m);
       m << " works for organisation value " << t.d.value() << ", which is none of the library's";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << "organisation " << t.d.value(); }},
    {r::invalid_need_to_know, "invalid need-to-know",  // set: the undefined bits
     [](const told& t, sentence& m) noexcept {
       the_person(t, m);
       m << " holds need-to-know for ";
       categories_in(t, m);
       m << ", which no catalogue defines";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << "need-to-know "; categories_in(t, s); }},
    {r::invalid_affiliation, "invalid affiliation",  // set: the values that are no organisation
     [](const told& t, sentence& m) noexcept {
       the_person(t, m);
       m << " serves with ";
       append_parties(m, t.d.parties());
       m << ", which is no organisation or mission of the catalogue";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << "serves with "; append_parties(s, t.d.parties()); }},
    {r::invalid_policy, "invalid policy",
     [](const told& t, sentence& m) noexcept { m << "the access policy holds an invalid or excess override"; label_is(t, m); },
     the_label, [](const told&, side_text& s) noexcept { s << "invalid access policy"; }},
    // the terms of a decision
    {r::invalid_date, "invalid date",  // detail: the date
     [](const told& t, sentence& m) noexcept {
       m << "the date of use ";
       append_date(m, t.d.used_on());
       m << " is not a calendar day";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << "date of use "; append_date(s, t.d.used_on()); }},
    {r::invalid_confidence, "invalid confidence",  // detail: the value
     [](const told& t, sentence& m) noexcept {
       m << "the confidence accepted, value " << t.d.value() << ", is none of the tags verified to unverified";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << "confidence " << t.d.value(); }},
    {r::invalid_context, "invalid context",  // detail: the value
     [](const told& t, sentence& m) noexcept {
       m << "context value " << t.d.value() << " is none of national handling, EU exchange, NATO exchange";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << "context " << t.d.value(); }},
    {r::invalid_deployment, "invalid deployment",  // set: undefined conditions; detail: the version
     [](const told& t, sentence& m) noexcept {
       m << "the deployment of ";
       the_channel(t, m);
       if (!t.d.conditions().empty())
         m << " claims conditions the library does not define";
       else
         m << " gives version " << t.d.version() << ", which is not a version";
       label_is(t, m);
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       if (!t.d.conditions().empty())
         s << "undefined conditions";
       else
         s << "version " << t.d.version();
     }},
    // access rules
    {r::not_releasable, "not releasable",  // detail: the nationality; set: the label's releasability
     [](const told& t, sentence& m) noexcept {
       the_person(t, m);
       m << " is ";
       append_party(m, t.d.nationality());
       m << "; label ";
       append_level(t.reg, m, t.d.label_level);
       m << " is releasable to ";
       append_parties(m, t.d.parties());
     },
     [](const told& t, side_text& s) noexcept { s << "releasable to "; append_parties(s, t.d.parties()); },
     [](const told& t, side_text& s) noexcept { append_party(s, t.d.nationality()); }},
    {r::no_authorising_organisation, "no authorising organisation",
     [](const told& t, sentence& m) noexcept { the_person(t, m); m << " works for no authorising organisation"; label_is(t, m); },
     the_label, [](const told&, side_text& s) noexcept { s << "no organisation"; }},
    {r::not_briefed, "not briefed",
     [](const told& t, sentence& m) noexcept { the_person(t, m); m << " has had no security briefing"; label_is(t, m); },
     the_label, [](const told&, side_text& s) noexcept { s << "no briefing"; }},
    // required: the level that needs the clearance; held: the highest level covered; detail: the grade
    {r::clearance_below_label, "clearance below label",
     clearance_shortfall, required_level, grade_held},
    {r::national_clearance_below_label, "national clearance below label",
     [](const told& t, sentence& m) noexcept {
       append_scheme(t.reg, m, t.d.required.scheme);
       m << " rule: ";
       clearance_shortfall(t, m);
     },
     required_level, grade_held},
    {r::missing_need_to_know, "missing need-to-know",  // set: the missing categories
     [](const told& t, sentence& m) noexcept { lacks_categories(t, m, the_person); },
     the_label, categories_in<72>},
    // equivalence and lattice operations
    {r::not_a_classification, "not a classification",
     [](const told& t, sentence& m) noexcept { append_level(t.reg, m, t.d.label_level); m << " is a marking, not a classification"; },
     the_label, [](const told&, side_text& s) noexcept { s << "a marking"; }},
    {r::no_equivalent_level, "no equivalent level",  // detail: the target scheme
     [](const told& t, sentence& m) noexcept {
       append_scheme(t.reg, m, t.d.target());
       m << " has no level for ";
       append_level(t.reg, m, t.d.label_level);
     },
     the_label, [](const told& t, side_text& s) noexcept { append_scheme(t.reg, s, t.d.target()); }},
    {r::no_mapping, "no mapping",  // detail: the target scheme; set: context + 1 << 32 | day asked
     [](const told& t, sentence& m) noexcept {
       m << "no table maps ";
       append_scheme(t.reg, m, t.d.label_level.scheme);
       m << " to ";
       append_scheme(t.reg, m, t.d.target());
       if (t.d.asked_in_context()) {
         m << " in " << to_string(t.d.asked_in()) << " on ";
         if (const date on = t.d.asked_on(); on.known())
           append_date(m, on);
         else
           m << "an unknown day";
       }
       m << "; label is ";
       append_level(t.reg, m, t.d.label_level);
     },
     the_label, [](const told& t, side_text& s) noexcept { append_scheme(t.reg, s, t.d.target()); }},
    {r::mapping_unverified, "mapping unverified",  // required: the level it would become; set: confidence | accepted << 8
     [](const told& t, sentence& m) noexcept {
       m << "the route from ";
       append_level(t.reg, m, t.d.label_level);
       m << " to ";
       append_scheme(t.reg, m, t.d.required.scheme);
       m << " ";
       append_level(t.reg, m, t.d.required);
       m << " rests on " << to_string(t.d.established())
         << " rows, weaker than accepted (" << to_string(t.d.accepted()) << ")";
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       if (const found<scheme> target = t.reg.find(t.d.required.scheme)) s << target->code << " ";
       append_level(t.reg, s, t.d.required, charset::ascii);
       s << " (" << to_string(t.d.established()) << ")";
     }},
    {r::different_schemes, "different schemes",  // required: the other level (rank -1: a conversion's start)
     [](const told& t, sentence& m) noexcept {
       append_level(t.reg, m, t.d.label_level);
       if (t.d.required.rank >= 0) {
         m << " and ";
         append_level(t.reg, m, t.d.required);
         m << " belong to different schemes; convert one first";
       } else {
         m << " is not a label of the scheme this conversion starts from";
       }
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       if (t.d.required.rank >= 0)
         append_level(t.reg, s, t.d.required, charset::ascii);
       else
         s << "another scheme";
     }},
    // channels and devices
    {r::unknown_channel, "unknown channel",
     [](const told& t, sentence& m) noexcept {
       m << "no channel";
       if (!t.who.empty()) m << " " << t.who;
       m << " is known";
       label_is(t, m);
     },
     the_label, [](const told&, side_text& s) noexcept { s << "unknown channel"; }},
    {r::invalid_channel, "invalid channel",  // detail: the channel rule
     [](const told& t, sentence& m) noexcept {
       the_channel(t, m);
       m << " breaks the channel rule '" << to_string(t.d.rule()) << "'";
       label_is(t, m);
     },
     the_label,
     [](const told& t, side_text& s) noexcept { s << "channel rule: " << to_string(t.d.rule()); }},
    {r::use_not_approved, "use not approved",  // detail: the use
     [](const told& t, sentence& m) noexcept {
       the_channel(t, m);
       m << " is not approved to " << (t.d.use_asked() == use::store ? "store" : "transmit");
       label_is(t, m);
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       s << (t.d.use_asked() == use::store ? "no storage" : "no transmission");
     }},
    {r::approval_unverified, "approval unverified",  // detail: the confidence; set: the confidence accepted
     [](const told& t, sentence& m) noexcept {
       approval_of(t, m);
       m << " is " << to_string(t.d.established()) << ", weaker than the deployment accepts ("
         << to_string(t.d.accepted()) << ")";
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { s << to_string(t.d.established()) << " approval"; }},
    // detail: the date of use; set: the approval's date
    {r::approval_not_yet_valid, "approval not yet valid",
     [](const told& t, sentence& m) noexcept { dated(t, m, " starts "); }, used_on,
     [](const told& t, side_text& s) noexcept { s << "approved "; append_date(s, t.d.approval_dated()); }},
    {r::approval_expired, "approval expired",
     [](const told& t, sentence& m) noexcept { dated(t, m, " ended "); }, used_on,
     [](const told& t, side_text& s) noexcept { s << "valid until "; append_date(s, t.d.approval_dated()); }},
    {r::approval_revoked, "approval revoked",
     [](const told& t, sentence& m) noexcept { dated(t, m, " was revoked "); }, used_on,
     [](const told& t, side_text& s) noexcept { s << "revoked "; append_date(s, t.d.approval_dated()); }},
    {r::approval_date_unknown, "approval date unknown",  // detail: which date (approval_date); set: that date
     [](const told& t, sentence& m) noexcept {
       approval_of(t, m);
       m << " " << to_string(t.d.which_date()) << " ";
       append_date(m, t.d.approval_dated());
       m << "; no date of use is given";
       label_is(t, m);
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       s << (t.d.which_date() == approval_date::valid_until ? "limited to "
             : t.d.which_date() == approval_date::revoked_on ? "revoked "
                                                                         : "approved ");
       append_date(s, t.d.approval_dated());
     }},
    {r::above_channel_ceiling, "above channel ceiling",  // required: the label in the ceiling's scheme; held: the ceiling
     [](const told& t, sentence& m) noexcept { above_the_ceiling(t, m, the_channel, " is approved "); },
     the_label, ceiling_held},
    {r::category_not_approved, "category not approved",  // set: those categories
     [](const told& t, sentence& m) noexcept {
       the_channel(t, m);
       m << " may not carry ";
       categories_in(t, m);
       label_is(t, m);
     },
     the_label, categories_in<72>},
    {r::version_not_approved, "version not approved",  // required/held rank: first/last version; detail: version used
     [](const told& t, sentence& m) noexcept {
       the_channel(t, m);
       m << " is approved for versions " << t.d.required.rank << " to " << t.d.held.rank << "; deployed version ";
       if (t.d.version() > 0)
         m << t.d.version();
       else
         m << "not given";
       label_is(t, m);
     },
     [](const told& t, side_text& s) noexcept { s << "version " << t.d.version(); },
     [](const told& t, side_text& s) noexcept { s << "versions " << t.d.required.rank << " to " << t.d.held.rank; }},
    {r::condition_not_met, "condition not met",  // set: the missing conditions
     [](const told& t, sentence& m) noexcept {
       append_conditions(m, t.d.conditions());
       m << "; the approval of ";
       the_channel(t, m);
       m << " requires " << (t.d.conditions().count() == 1 ? "it" : "them");
       label_is(t, m);
     },
     the_label, [](const told& t, side_text& s) noexcept { append_conditions(s, t.d.conditions()); }},
    // handling paths; write_down: label_level is the source, held the target, set the categories it lacks
    {r::write_down, "write down",
     [](const told& t, sentence& m) noexcept {
       m << "a container labelled ";
       append_level(t.reg, m, t.d.held);
       if (!t.d.categories().empty()) {
         m << " without ";
         categories_in(t, m);
       } else if (t.d.held.rank >= t.d.label_level.rank) {
         m << ", releasable more widely,";
       }
       m << " cannot receive information labelled ";
       append_level(t.reg, m, t.d.label_level);
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       s << "into ";
       append_level(t.reg, s, t.d.held, charset::ascii);
       if (!t.d.categories().empty()) {
         s << " without ";
         categories_in(t, s);
       }
     }},
    // required: the new level
    {r::not_a_raise, "not a raise",
     [](const told& t, sentence& m) noexcept {
       append_level(t.reg, m, t.d.required);
       m << " does not dominate ";
       append_level(t.reg, m, t.d.label_level);
       m << "; lowering needs declassify";
     },
     from_label, to_required},
    {r::not_a_lowering, "not a lowering",
     [](const told& t, sentence& m) noexcept {
       append_level(t.reg, m, t.d.required);
       m << " is not below ";
       append_level(t.reg, m, t.d.label_level);
       m << "; raising needs raise";
     },
     from_label, to_required},
    {r::no_declassification_authority, "no declassification authority",
     [](const told& t, sentence& m) noexcept {
       m << "lowering ";
       append_level(t.reg, m, t.d.label_level);
       m << " to ";
       append_level(t.reg, m, t.d.required);
       m << " needs an authority and a ground";
     },
     from_label, to_required},
    // added later (the numbers of the reasons never change)
    {r::party_not_allowed_at_level, "party not allowed at level",  // set: the parties above their ceiling
     [](const told& t, sentence& m) noexcept {
       append_parties(m, t.d.parties());
       m << " may not be named at ";
       append_level(t.reg, m, t.d.label_level);
       m << ": above the scheme's ceiling for them";
     },
     the_label, [](const told& t, side_text& s) noexcept { append_parties(s, t.d.parties()); }},
    {r::category_requirement_unmet, "category requirement unmet",  // set: the rule's categories; detail: the rule
     [](const told& t, sentence& m) noexcept {
       const found<scheme> s = t.reg.find(t.d.label_level.scheme);
       const bool known = s && t.d.value() >= 0 && static_cast<std::size_t>(t.d.value()) < s->requirements.size();
       const category_requirement q = known ? s->requirements[static_cast<std::size_t>(t.d.value())] : category_requirement{};
       if (q.with != category::invalid) {
         append_categories(m, category_set{q.with}, s->categories);
         m << " needs ";
       } else {
         append_level(t.reg, m, t.d.label_level);
         m << " needs ";
       }
       m << (q.need == how_many::all ? "all of " : q.need == how_many::one_or_more ? "one or more of " : "exactly one of ");
       categories_in(t, m);
     },
     the_label, categories_in<72>},
    // destinations: peers and rooms (decide/deliver.hpp)
    {r::invalid_destination, "invalid destination",  // detail: the destination rule
     [](const told& t, sentence& m) noexcept {
       the_destination(t, m);
       m << " breaks the destination rule '" << to_string(static_cast<destination_rule>(t.d.value())) << "'";
       label_is(t, m);
     },
     the_label,
     [](const told& t, side_text& s) noexcept {
       s << "destination rule: " << to_string(static_cast<destination_rule>(t.d.value()));
     }},
    {r::above_destination_clearance, "above destination clearance",  // as above_channel_ceiling
     [](const told& t, sentence& m) noexcept { above_the_ceiling(t, m, the_destination, " is cleared "); },
     the_label, ceiling_held},
    {r::destination_not_releasable, "destination not releasable",  // set: the label's list it matches none of
     [](const told& t, sentence& m) noexcept {
       m << "label ";
       append_level(t.reg, m, t.d.label_level);
       m << " is releasable to ";
       append_parties(m, t.d.parties());
       m << ", and ";
       the_destination(t, m);
       m << " is none of them";
     },
     [](const told& t, side_text& s) noexcept { s << "releasable to "; append_parties(s, t.d.parties()); },
     [](const told&, side_text& s) noexcept { s << "the destination's parties"; }},
    {r::destination_lacks_category, "destination lacks category",  // set: the missing categories
     [](const told& t, sentence& m) noexcept { lacks_categories(t, m, the_destination); },
     the_label, categories_in<72>},
    {r::not_offered, "not offered",
     [](const told& t, sentence& m) noexcept {
       m << "label ";
       append_level(t.reg, m, t.d.label_level);
       m << " is not one of the catalog's labels";
     },
     the_label, [](const told&, side_text& s) noexcept { s << "not in the catalog"; }},
    // a message's label as received (wire/policy.hpp: label_intake)
    {r::label_missing, "label missing",
     [](const told&, sentence& m) noexcept { m << "the message carries no security label, and every message must carry one"; },
     [](const told&, side_text& s) noexcept { s << "no label"; },
     [](const told&, side_text& s) noexcept { s << "a label required"; }},
    {r::label_unreadable, "label unreadable",  // detail: the wire_error
     [](const told& t, sentence& m) noexcept { m << "the message's security label cannot be read: " << to_string(t.d.wire_fault()); },
     [](const told&, side_text& s) noexcept { s << "an unreadable label"; },
     [](const told& t, side_text& s) noexcept { s << to_string(t.d.wire_fault()); }},
};
// clang-format on

constexpr bool rows_complete() noexcept {
  if (std::size(reason_rows) != static_cast<std::size_t>(last_reason) + 1) return false;
  for (std::size_t i = 0; i < std::size(reason_rows); ++i)
    if (static_cast<std::size_t>(reason_rows[i].why) != i || reason_rows[i].name.empty()) return false;
  return true;
}
static_assert(rows_complete(), "explain.hpp: one row per reason, in the order of the reasons");

/// The row of `why`, or nothing for a value no enumerator has.
constexpr found<reason_row> row_of(reason why) noexcept {
  const auto i = static_cast<std::size_t>(why);
  return i < std::size(reason_rows) ? found<reason_row>{reason_rows[i]} : found<reason_row>{};
}

/// The label's side of a compile-time denial, in ASCII.
constexpr side_text label_side(const registry& reg, const decision& d) noexcept {
  side_text s;
  if (const found<reason_row> row = row_of(d.why))
    row->label_side({reg, d, {}}, s);
  else
    the_label({reg, d, {}}, s);
  return s;
}

/// The holder's side of a compile-time denial, in ASCII.
constexpr side_text held_side(const registry& reg, const decision& d) noexcept {
  side_text s;
  if (const found<reason_row> row = row_of(d.why)) row->held_side({reg, d, {}}, s);
  return s;
}

}  // namespace detail

/// The name of a reason: "clearance below label"; "unknown reason" for a value no enumerator has.
constexpr std::string_view to_string(reason why) noexcept {
  const found<detail::reason_row> row = detail::row_of(why);
  return row ? row->name : std::string_view{"unknown reason"};
}

/// One sentence naming the rule and both sides, e.g.
/// "denied (clearance below label): person holds screening C, valid up to Dep. VERTROUWELIJK;
///  label is Stg. GEHEIM". `who` names the person or the channel the decision was about:
/// explain(reg, d, "Cisco Webex") gives "... channel Cisco Webex is approved up to ...".
constexpr sentence explain(const registry& reg, const decision& d, std::string_view who = {}) noexcept {
  sentence m;
  if (d.allowed()) {
    m << "allowed: ";
    append_level(reg, m, d.label_level);
    if (d.required.scheme != d.label_level.scheme) {  // a conversion: name the level it became
      m << ", as ";
      append_level(reg, m, d.required);
    }
    return m;
  }
  m << "denied (" << to_string(d.why) << "): ";
  if (const found<detail::reason_row> row = detail::row_of(d.why)) row->says({reg, d, who}, m);
  return m;
}

}  // namespace clearance::inline v0

CLEARANCE_DETAIL_QUIET_SHADOW_END
