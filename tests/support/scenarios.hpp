// SPDX-License-Identifier: MIT
//
// The people and documents of the source scenarios, shared by the unit and compile-fail tests.
#pragma once

#include <clearance/clearance.hpp>

namespace scenario {

using namespace clearance;

/// Need-to-know for the NATO RESTRICTED papers on a Defence site (a host-defined compartment).
inline constexpr category site_papers = compartment(0);
/// Need-to-know for an operation's NATO SECRET notes.
inline constexpr category operation = compartment(1);

/// Source 000: a cleaner at a Dutch Defence location. Dutch, screening C, employed by an
/// accredited contractor, briefed, with need-to-know for the papers on the site.
inline constexpr person defence_cleaner{
    .nationality = party::nld,
    .works_for = organisation::accredited,
    .clearances = {nld::screening_c},
    .need_to_know = {site_papers},
    .briefed = true,
};

/// A NATO RESTRICTED paper lying on a desk of that site.
inline constexpr label site_paper = label{nato::restricted}.with(site_papers);

/// A Dutch Defence officer: screening A, a NATO SECRET clearance, need-to-know for an operation.
inline constexpr person dutch_officer{
    .nationality = party::nld,
    .works_for = organisation::government,
    .clearances = {nld::screening_a, nato::clearance_secret},
    .need_to_know = {operation},
    .briefed = true,
};

/// The same rank and clearance in the German armed forces.
inline constexpr person german_officer{
    .nationality = party::deu,
    .works_for = organisation::government,
    .clearances = {deu::ue2, nato::clearance_secret},
    .need_to_know = {operation},
    .briefed = true,
};

/// An operation's NATO SECRET note.
inline constexpr label operation_note = label{nato::secret}.with(operation);

/// A managed and supervised iOS 26 device in the indigo configuration, patched (sources 000-002).
inline constexpr deployment managed_ios_26{
    .meets = {condition::managed_by_mdm, condition::supervised, condition::approved_configuration,
              condition::current_patch_level},
    .version = 26,
    .on = date{2026, 3, 1},
};

/// The same iPhone, not enrolled in device management.
inline constexpr deployment unmanaged_ios_26{.meets = {}, .version = 26, .on = date{2026, 3, 1}};

/// Cisco Webex as the Dutch government runs it: the client version (source 004).
inline constexpr deployment webex_client{.meets = {condition::client_deployment}};

/// A host's own secure phone row: approved up to NATO SECRET until the end of 2026.
inline constexpr channel field_phone{
    .id = "field-phone",
    .name = "field phone",
    .kind = channel_kind::secure_phone,
    .uses = {use::transmit},
    .ceilings = {nato::secret},
    .approved_by = authority::national_agency,
    .approver = "our national security authority",
    .approved_on = date{2024, 1, 1},
    .valid_until = date{2026, 12, 31},
    .source = {"test row", confidence::verified},
};

/// An authority that may lower an operation's notes, and on what ground (for declassify).
struct operation_commander {
  static constexpr authority_grant grant{"operation commander", "the operation has ended"};
};

// Variations: each changes one thing.
constexpr person with_need_to_know(person p, category_set held) noexcept {
  p.need_to_know = held;
  return p;
}
constexpr person with_clearances(person p, std::array<clearance_grant, 4> held) noexcept {
  p.clearances = held;
  return p;
}
constexpr person working_for(person p, organisation o) noexcept {
  p.works_for = o;
  return p;
}
constexpr person briefed(person p, bool b) noexcept {
  p.briefed = b;
  return p;
}
constexpr deployment used_on(deployment d, date on) noexcept {
  d.on = on;
  return d;
}

}  // namespace scenario
