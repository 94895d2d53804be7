// SPDX-License-Identifier: MIT
// Moved to <clearance/decide/transmit.hpp>; this path forwards there, with the calls without a registry
// (builtin.hpp), for one release.
#pragma once
#include "decide/transmit.hpp"
#include "builtin.hpp"
