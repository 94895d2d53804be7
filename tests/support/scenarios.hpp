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

}  // namespace scenario
