// SPDX-License-Identifier: MIT
// Moved to <clearance/decide/equivalence.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "decide/equivalence.hpp"
#include "builtin.hpp"
