// SPDX-License-Identifier: MIT
// Moved to <clearance/core/categories.hpp>; this path forwards there for one release.
#pragma once
#include "../core/categories.hpp"
