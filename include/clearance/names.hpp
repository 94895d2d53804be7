// SPDX-License-Identifier: MIT
// Moved to <clearance/text/names.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "text/names.hpp"
#include "builtin.hpp"
