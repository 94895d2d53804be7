// SPDX-License-Identifier: MIT
// Moved to <clearance/core/enums.hpp>; this path forwards there for one release.
#pragma once
#include "core/enums.hpp"
