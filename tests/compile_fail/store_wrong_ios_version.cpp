// Forbidden: the iOS approval covers iOS 26; an iPhone on iOS 25 is not covered.
// Twin: iOS 26.
// expect: denied<clearance::(v0::)?reason::version_not_approved, .*"version 25".*"versions 26 to 26"
#include "../support/scenarios.hpp"
using namespace scenario;

constexpr deployment phone = [] {
  deployment d = managed_ios_26;
#ifndef CLEARANCE_TWIN
  d.version = 25;
#endif
  return d;
}();
static_assert(require<may_store(nato::restricted, channels::ios_26_managed, phone)>);
