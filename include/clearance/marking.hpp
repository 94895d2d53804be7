// SPDX-License-Identifier: MIT
// Moved to <clearance/text/marking.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "text/marking.hpp"
#include "builtin.hpp"
