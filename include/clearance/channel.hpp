// SPDX-License-Identifier: MIT
// Moved to <clearance/core/channel.hpp>; this path forwards there for one release.
#pragma once
#include "core/channel.hpp"
