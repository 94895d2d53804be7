// SPDX-License-Identifier: MIT
// Moved to <clearance/decide/flow.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "decide/flow.hpp"
#include "builtin.hpp"
