// SPDX-License-Identifier: MIT
// Moved to <clearance/core/text.hpp>; this path forwards there for one release.
#pragma once
#include "core/text.hpp"
