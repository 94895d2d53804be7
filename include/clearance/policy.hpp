// SPDX-License-Identifier: MIT
// Moved to <clearance/core/policy.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "core/policy.hpp"
#include "builtin.hpp"
