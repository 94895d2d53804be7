// SPDX-License-Identifier: MIT
//
// Data: every built-in scheme, as one registry (see core/registry.hpp). Opt-in: a host that
// works with a few schemes composes its own registry of those instead and pays for no other.
// Adding a built-in scheme: write data/<scheme>.hpp and list it here.
#pragma once

#include "../core/registry.hpp"
#include "aut.hpp"
#include "bel.hpp"
#include "bgr.hpp"
#include "cyp.hpp"
#include "cze.hpp"
#include "deu.hpp"
#include "dnk.hpp"
#include "esp.hpp"
#include "est.hpp"
#include "eu.hpp"
#include "fin.hpp"
#include "fra.hpp"
#include "fra_pre2021.hpp"
#include "gbr.hpp"
#include "gbr_pre2014.hpp"
#include "grc.hpp"
#include "hrv.hpp"
#include "hun.hpp"
#include "irl.hpp"
#include "ita.hpp"
#include "ltu.hpp"
#include "lux.hpp"
#include "lva.hpp"
#include "mlt.hpp"
#include "nato.hpp"
#include "nld.hpp"
#include "pol.hpp"
#include "prt.hpp"
#include "rou.hpp"
#include "svk.hpp"
#include "svn.hpp"
#include "swe.hpp"
#include "swe_pre2019.hpp"
#include "usa.hpp"

namespace clearance::inline v0 {

/// Every built-in scheme: NATO and the EU, the national schemes, earlier editions last.
inline constexpr registry builtin_schemes = registry_of<
    nato::scheme, eu::scheme, nld::scheme, bel::scheme, deu::scheme, cze::scheme, bgr::scheme, aut::scheme,
    cyp::scheme, dnk::scheme, esp::scheme, est::scheme, fin::scheme, fra::scheme, grc::scheme, hrv::scheme,
    hun::scheme, irl::scheme, ita::scheme, ltu::scheme, lux::scheme, lva::scheme, mlt::scheme, pol::scheme,
    prt::scheme, rou::scheme, svk::scheme, svn::scheme, swe::scheme, gbr::scheme, usa::scheme,
    fra_pre2021::scheme, gbr_pre2014::scheme, swe_pre2019::scheme>;

}  // namespace clearance::inline v0
