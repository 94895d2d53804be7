// SPDX-License-Identifier: MIT
// Moved to <clearance/handle/audit.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "handle/audit.hpp"
#include "builtin.hpp"
