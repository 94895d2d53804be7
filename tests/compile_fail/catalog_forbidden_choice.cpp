// Forbidden: the sender picks NATO SECRET from the catalog of a message to a German recipient
// cleared up to NATO CONFIDENTIAL: the catalog does not offer it, and says why. Twin: NATO
// CONFIDENTIAL, which every party can take.
// expect: denied<clearance::(v0::)?reason::clearance_below_label, .*"NATO SECRET".*"NC clearance"
#include <array>

#include <clearance/clearance.hpp>
using namespace clearance;

constexpr person sender{.nationality = party::nld, .works_for = organisation::government,
                        .clearances = {nld::screening_a, nato::clearance_secret}, .briefed = true};
constexpr std::array<person, 1> recipients{person{.nationality = party::deu, .works_for = organisation::government,
                                                  .clearances = {deu::ue2, nato::clearance_confidential},
                                                  .briefed = true}};
constexpr std::array<label, 4> policy{label{nato::restricted}, label{nato::confidential}, label{nato::secret},
                                      label{nato::cosmic_top_secret}};
constexpr label_catalog<4> catalog = make_catalog(policy, nato::restricted, {.sender = sender, .recipients = recipients});
#ifdef CLEARANCE_TWIN
static_assert(require<catalog.choose(nato::confidential)>);
#else
static_assert(require<catalog.choose(nato::secret)>);
#endif
