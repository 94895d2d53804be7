// SPDX-License-Identifier: MIT
//
// Security policy files: an Open XML SPIF read into what it says, and written (docs/spif.md).
//
//     #include <clearance/spif.hpp>
//     const clearance::spif::read_result r = clearance::spif::read(text);
//
// Opt-in, apart from <clearance/clearance.hpp>: run time only, and a tool that does not load
// policies does not pay for the reader.
#pragma once

#include "wire/spif.hpp"
