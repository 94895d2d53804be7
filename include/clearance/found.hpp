// SPDX-License-Identifier: MIT
// Moved to <clearance/core/found.hpp>; this path forwards there for one release.
#pragma once
#include "core/found.hpp"
