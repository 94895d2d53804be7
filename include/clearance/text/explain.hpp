// SPDX-License-Identifier: MIT
//
// The sentence of a decision: the rule and both sides, named from the registry's data.
#pragma once

#include <cstdint>
#include <string_view>

#include "../core/channel.hpp"
#include "../core/decision.hpp"
#include "../core/registry.hpp"
#include "names.hpp"
#include "../core/quiet_shadow.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance {

/// One sentence naming the rule and both sides, e.g.
/// "denied (clearance below label): person holds screening C, valid up to Dep. VERTROUWELIJK;
///  label is Stg. GEHEIM". `who` names the person or the channel the decision was about:
/// explain(d, "Cisco Webex") gives "... channel Cisco Webex is approved up to ...".
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
  const auto person = [&] { m << (who.empty() ? std::string_view{"person"} : who); };
  const auto channel = [&] {
    m << "channel";
    if (!who.empty()) m << " " << who;
  };
  const auto label_is = [&] {
    m << "; label is ";
    append_level(reg, m, d.label_level);
  };
  const auto approval_of_channel = [&] {
    m << "the approval of ";
    channel();
  };
  const auto dated = [&](std::string_view what) {
    approval_of_channel();
    m << what;
    append_date(m, detail::date_of(static_cast<std::int64_t>(d.set)));
    m << "; used ";
    append_date(m, detail::date_of(d.detail));
    label_is();
  };
  switch (d.why) {
    case reason::none: break;
    case reason::undecided: m << "no decision was made"; break;
    case reason::unknown_scheme:
      m << "the registry holds no scheme " << static_cast<int>(d.label_level.scheme);
      break;
    case reason::unknown_level:
      append_scheme(reg, m, d.label_level.scheme);
      m << " has no level of rank " << d.label_level.rank;
      break;
    case reason::undefined_category:
      m << "no catalogue defines ";
      append_categories(m, category_set::from_bits(d.set));
      label_is();
      break;
    case reason::category_not_allowed_at_level:
      append_categories(m, category_set::from_bits(d.set));
      m << " cannot accompany ";
      append_level(reg, m, d.label_level);
      break;
    case reason::undefined_party:
      m << "no catalogue defines ";
      append_parties(m, party_set::from_bits(d.set));
      label_is();
      break;
    case reason::no_person:
      person();
      m << " has no nationality (default-constructed?)";
      label_is();
      break;
    case reason::invalid_nationality:
      m << "nationality ";
      append_party(m, static_cast<party>(d.detail));
      m << " is not a country";
      label_is();
      break;
    case reason::invalid_clearance:
      person();
      m << " holds ";
      append_grade(reg, m, d.held.scheme, d.held.rank);
      m << ", which is not a grade of the policy, or a second clearance of one scheme";
      label_is();
      break;
    case reason::invalid_organisation:
      person();
      m << " works for organisation value " << d.detail << ", which is none of the library's";
      label_is();
      break;
    case reason::invalid_need_to_know:
      person();
      m << " holds need-to-know for ";
      append_categories(m, category_set::from_bits(d.set));
      m << ", which no catalogue defines";
      label_is();
      break;
    case reason::invalid_policy: m << "the access policy holds an invalid or excess override"; label_is(); break;
    case reason::invalid_date:
      m << "the date of use ";
      append_date(m, detail::date_of(d.detail));
      m << " is not a calendar day";
      label_is();
      break;
    case reason::invalid_confidence:
      m << "the confidence accepted, value " << d.detail << ", is none of the tags verified to unverified";
      label_is();
      break;
    case reason::invalid_context:
      m << "context value " << d.detail << " is none of national handling, EU exchange, NATO exchange";
      label_is();
      break;
    case reason::invalid_deployment:
      m << "the deployment of ";
      channel();
      if (d.set != 0)
        m << " claims conditions the library does not define";
      else
        m << " gives version " << d.detail << ", which is not a version";
      label_is();
      break;
    case reason::not_releasable:
      person();
      m << " is ";
      append_party(m, static_cast<party>(d.detail));
      m << "; label ";
      append_level(reg, m, d.label_level);
      m << " is releasable to ";
      append_parties(m, party_set::from_bits(d.set));
      break;
    case reason::no_authorising_organisation:
      person();
      m << " works for no authorising organisation";
      label_is();
      break;
    case reason::not_briefed:
      person();
      m << " has had no security briefing";
      label_is();
      break;
    case reason::clearance_below_label:
    case reason::national_clearance_below_label:
      if (d.why == reason::national_clearance_below_label) {
        append_scheme(reg, m, d.required.scheme);
        m << " rule: ";
      }
      person();
      m << " holds ";
      append_grade(reg, m, d.held.scheme, d.detail);
      if (d.detail > 0) {
        m << ", valid up to ";
        append_level(reg, m, d.held);
      }
      label_is();
      if (d.required != d.label_level) {
        m << ", handled as ";
        append_level(reg, m, d.required);
      }
      break;
    case reason::missing_need_to_know:
      person();
      m << " does not hold ";
      append_categories(m, category_set::from_bits(d.set));
      label_is();
      m << " with it";
      break;
    case reason::not_a_classification:
      append_level(reg, m, d.label_level);
      m << " is a marking, not a classification";
      break;
    case reason::no_equivalent_level:
      append_scheme(reg, m, static_cast<scheme_id>(d.detail));
      m << " has no level for ";
      append_level(reg, m, d.label_level);
      break;
    case reason::no_mapping:
      m << "no table maps ";
      append_scheme(reg, m, d.label_level.scheme);
      m << " to ";
      append_scheme(reg, m, static_cast<scheme_id>(d.detail));
      if (const std::uint64_t in = d.set >> 32; in != 0) {
        m << " in " << to_string(static_cast<context>(in - 1)) << " on ";
        if (const date on = detail::date_of(static_cast<std::int64_t>(d.set & 0xFFFFFFFFu)); on.known())
          append_date(m, on);
        else
          m << "an unknown day";
      }
      m << "; label is ";
      append_level(reg, m, d.label_level);
      break;
    case reason::mapping_unverified:
      m << "the route from ";
      append_level(reg, m, d.label_level);
      m << " to ";
      append_scheme(reg, m, d.required.scheme);
      m << " ";
      append_level(reg, m, d.required);
      m << " rests on " << to_string(static_cast<confidence>(d.set & 0xFFu))
        << " rows, weaker than accepted (" << to_string(static_cast<confidence>(d.set >> 8 & 0xFFu)) << ")";
      break;
    case reason::different_schemes:
      append_level(reg, m, d.label_level);
      if (d.required.rank >= 0) {
        m << " and ";
        append_level(reg, m, d.required);
        m << " belong to different schemes; convert one first";
      } else {
        m << " is not a label of the scheme this conversion starts from";
      }
      break;
    case reason::unknown_channel:
      m << "no channel";
      if (!who.empty()) m << " " << who;
      m << " is known";
      label_is();
      break;
    case reason::invalid_channel:
      channel();
      m << " breaks the channel rule '" << to_string(static_cast<channel_rule>(d.detail)) << "'";
      label_is();
      break;
    case reason::use_not_approved:
      channel();
      m << " is not approved to " << (d.detail == static_cast<int>(use::store) ? "store" : "transmit");
      label_is();
      break;
    case reason::approval_unverified:
      approval_of_channel();
      m << " is " << to_string(static_cast<confidence>(d.detail))
        << ", weaker than the deployment accepts (" << to_string(static_cast<confidence>(d.set)) << ")";
      label_is();
      break;
    case reason::approval_not_yet_valid: dated(" starts "); break;
    case reason::approval_expired: dated(" ended "); break;
    case reason::approval_revoked: dated(" was revoked "); break;
    case reason::approval_date_unknown:
      approval_of_channel();
      m << " " << to_string(static_cast<approval_date>(d.detail)) << " ";
      append_date(m, detail::date_of(static_cast<std::int64_t>(d.set)));
      m << "; no date of use is given";
      label_is();
      break;
    case reason::above_channel_ceiling:
      channel();
      m << " is approved ";
      append_ceiling(reg, m, d.held);
      label_is();
      if (d.required.rank > 0 && d.required != d.label_level) {
        m << ", which maps to ";
        append_level(reg, m, d.required);
      }
      break;
    case reason::category_not_approved:
      channel();
      m << " may not carry ";
      append_categories(m, category_set::from_bits(d.set));
      label_is();
      break;
    case reason::version_not_approved:
      channel();
      m << " is approved for versions " << d.required.rank << " to " << d.held.rank << "; deployed version ";
      if (d.detail > 0)
        m << d.detail;
      else
        m << "not given";
      label_is();
      break;
    case reason::write_down:
      m << "a container labelled ";
      append_level(reg, m, d.held);
      if (d.set != 0) {
        m << " without ";
        append_categories(m, category_set::from_bits(d.set));
      } else if (d.held.rank >= d.label_level.rank) {
        m << ", releasable more widely,";
      }
      m << " cannot receive information labelled ";
      append_level(reg, m, d.label_level);
      break;
    case reason::not_a_raise:
    case reason::not_a_lowering:
      append_level(reg, m, d.required);
      m << (d.why == reason::not_a_raise ? " does not dominate " : " is not below ");
      append_level(reg, m, d.label_level);
      m << (d.why == reason::not_a_raise ? "; lowering needs declassify" : "; raising needs raise");
      break;
    case reason::no_declassification_authority:
      m << "lowering ";
      append_level(reg, m, d.label_level);
      m << " to ";
      append_level(reg, m, d.required);
      m << " needs an authority and a ground";
      break;
    case reason::condition_not_met:
      append_conditions(m, condition_set::from_bits(d.set));
      m << "; the approval of ";
      channel();
      m << " requires " << (condition_set::from_bits(d.set).count() == 1 ? "it" : "them");
      label_is();
      break;
  }
  return m;
}

}  // namespace clearance

CLEARANCE_DETAIL_QUIET_SHADOW_END
