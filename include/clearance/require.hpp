// SPDX-License-Identifier: MIT
// Moved to <clearance/decide/require.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "decide/require.hpp"
#include "builtin.hpp"
