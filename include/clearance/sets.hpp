// SPDX-License-Identifier: MIT
// Moved to <clearance/core/sets.hpp>; this path forwards there for one release.
#pragma once
#include "core/sets.hpp"
