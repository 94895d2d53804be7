// SPDX-License-Identifier: MIT
//
// Security policy files (docs/spif.md): an Open XML SPIF read into what it says and written;
// a scheme exported as one; one loaded at run time as a scheme, with what a SPIF cannot say.
//
//     #include <clearance/spif.hpp>
//     const clearance::spif::read_result r = clearance::spif::read(text);
//     const clearance::spif::load_result l = clearance::spif::load(r.policy, complement, clearance::builtin_schemes);
//     const clearance::marking_result m = clearance::parse_marking(l.value.vocabulary(), "TRI GEHEIM");
//
// Opt-in, apart from <clearance/clearance.hpp>: run time only, and a tool that does not load
// policies does not pay for the reader.
#pragma once

#include "text/owned_vocabulary.hpp"
#include "text/parse.hpp"
#include "wire/spif.hpp"
#include "wire/spif_scheme.hpp"
