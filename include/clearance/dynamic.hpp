// SPDX-License-Identifier: MIT
// Moved to <clearance/handle/dynamic.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "handle/dynamic.hpp"
#include "builtin.hpp"
