// SPDX-License-Identifier: MIT
// Moved to <clearance/core/quiet_shadow.hpp>; this path forwards there for one release.
#pragma once
#include "core/quiet_shadow.hpp"
