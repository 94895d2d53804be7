// Forbidden: deciding on a message that carries no security label (deny by default: no default
// label takes its place). Twin: a message whose XEP-0258 label reads as NATO RESTRICTED.
// expect: denied<clearance::(v0::)?reason::label_missing, .*"no label ?".*"a label required ?"
#include <clearance/wire.hpp>
using namespace clearance;

#ifdef CLEARANCE_TWIN
constexpr wire_text stanza_part = write_xep0258(label{nato::restricted});
constexpr decision received = label_intake(read_xep0258(stanza_part.view()));
#else
constexpr decision received = label_intake(no_label);
#endif
static_assert(require<received>);
