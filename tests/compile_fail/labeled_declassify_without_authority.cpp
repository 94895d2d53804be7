// Forbidden: lowering a label without saying who decides and on what ground.
// Twin: the operation commander, when the operation has ended.
// expect: denied<clearance::(v0::)?reason::no_declassification_authority, .*"from NATO SECRET ?".*"to NATO RESTRICTED"
#include "../support/scenarios.hpp"
using namespace scenario;

struct nobody {
  static constexpr authority_grant grant{"", ""};
};
#ifdef CLEARANCE_TWIN
using grantor = operation_commander;
#else
using grantor = nobody;
#endif
auto lower(labeled<int, operation_note> v) { return declassify<label{nato::restricted}.with(operation), grantor>(v); }
