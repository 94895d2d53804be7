// SPDX-License-Identifier: MIT
// Moved to <clearance/core/date.hpp>; this path forwards there for one release.
#pragma once
#include "core/date.hpp"
