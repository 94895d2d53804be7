// SPDX-License-Identifier: MIT
// Moved to <clearance/core/parties.hpp>; this path forwards there for one release.
#pragma once
#include "../core/parties.hpp"
