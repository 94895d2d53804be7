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
#include "decide/require.hpp"
#include "decide/transmit.hpp"
#include "decide/verify.hpp"
#include "handle/labeled.hpp"
#include "text/literals.hpp"

// Every built-in scheme, the channel catalogue and the calls without a registry.
#include "builtin.hpp"

#include "core/categories.hpp"
#include "core/channel.hpp"
#include "core/date.hpp"
#include "core/decision.hpp"
#include "core/destination.hpp"
#include "core/label.hpp"
#include "core/parties.hpp"
#include "core/person.hpp"
#include "core/policy.hpp"
#include "core/provenance.hpp"
#include "core/registry.hpp"
#include "core/scheme.hpp"
#include "data/channels.hpp"
#include "data/marking_words.hpp"
#include "data/schemes.hpp"
#include "decide/access.hpp"
#include "decide/deliver.hpp"
#include "decide/equivalence.hpp"
#include "decide/flow.hpp"
#include "handle/audit.hpp"
#include "handle/dynamic.hpp"
#include "text/explain.hpp"
#include "text/explain_all.hpp"
#include "text/marking.hpp"
#include "text/names.hpp"
#include "version.hpp"
