// SPDX-License-Identifier: MIT
//
// clearance: refuse invalid handling of classified information when the host application is
// built, and decide the same way at run time.
//
//     #include <clearance/clearance.hpp>
//     using namespace clearance;
//     constexpr person cleaner{.nationality = party::nld, .works_for = organisation::accredited,
//                              .clearances = {nld::screening_c}, .need_to_know = {compartment(0)},
//                              .briefed = true};
//     constexpr label notice = label{nato::restricted}.with(compartment(0));
//     static_assert(require<can_access(cleaner, notice)>);
//     static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::telephone)>);
#pragma once

// The headers whose checks report compile errors come first: a compiler prints one "In file
// included from" line per include level, so this keeps a denial's error short.
#include "require.hpp"
#include "transmit.hpp"
#include "verify.hpp"
#include "labeled.hpp"
#include "marking.hpp"

#include "access.hpp"
#include "audit.hpp"
#include "channel.hpp"
#include "data/categories.hpp"
#include "data/channels.hpp"
#include "data/marking_words.hpp"
#include "data/parties.hpp"
#include "decision.hpp"
#include "dynamic.hpp"
#include "equivalence.hpp"
#include "flow.hpp"
#include "label.hpp"
#include "person.hpp"
#include "policy.hpp"
#include "provenance.hpp"
#include "registry.hpp"
#include "scheme.hpp"
#include "version.hpp"
