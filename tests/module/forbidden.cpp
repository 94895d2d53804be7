// SPDX-License-Identifier: MIT
//
// Forbidden, through the module: Stg. GEHEIM over the telephone. Twin: Dep. VERTROUWELIJK, which
// the channel is approved for.
// expect: denied<clearance::reason::above_channel_ceiling, .*"Stg. GEHEIM".*"up to Dep. VERTROUWELIJK"
import clearance;

using namespace clearance;

#ifdef CLEARANCE_TWIN
static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::telephone)>);
#else
static_assert(require<may_transmit(nld::stg_geheim, channels::telephone)>);
#endif

int main() {}
