// SPDX-License-Identifier: MIT
// Moved to <clearance/core/registry.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "core/registry.hpp"
#include "builtin.hpp"
