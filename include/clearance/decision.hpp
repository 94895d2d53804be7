// SPDX-License-Identifier: MIT
// Moved to <clearance/core/decision.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "core/decision.hpp"
#include "builtin.hpp"
