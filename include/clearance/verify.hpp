// SPDX-License-Identifier: MIT
// Moved to <clearance/decide/verify.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "decide/verify.hpp"
#include "builtin.hpp"
