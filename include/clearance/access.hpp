// SPDX-License-Identifier: MIT
// Moved to <clearance/decide/access.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "decide/access.hpp"
#include "builtin.hpp"
