// SPDX-License-Identifier: MIT
// Moved to <clearance/core/person.hpp>; this path forwards there for one release.
#pragma once
#include "core/person.hpp"
