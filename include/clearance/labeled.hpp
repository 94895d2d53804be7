// SPDX-License-Identifier: MIT
// Moved to <clearance/handle/labeled.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "handle/labeled.hpp"
#include "builtin.hpp"
