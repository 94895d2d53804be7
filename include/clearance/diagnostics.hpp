// SPDX-License-Identifier: MIT
// Moved to <clearance/core/diagnostics.hpp>; this path forwards there for one release.
#pragma once
#include "core/diagnostics.hpp"
