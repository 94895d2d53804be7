// SPDX-License-Identifier: MIT
// Moved to <clearance/core/scheme.hpp>; this path forwards there for one release.
#pragma once
#include "core/scheme.hpp"
