// SPDX-License-Identifier: MIT
// Moved to <clearance/core/provenance.hpp>; this path forwards there for one release.
#pragma once
#include "core/provenance.hpp"
