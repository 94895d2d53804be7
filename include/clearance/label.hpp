// SPDX-License-Identifier: MIT
// Moved to <clearance/core/label.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "core/label.hpp"
#include "builtin.hpp"
