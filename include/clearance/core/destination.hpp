// SPDX-License-Identifier: MIT
//
// Where a message goes besides a person: a peer (another server, a domain, a gateway) or a room
// or distribution list, with a clearance of its own; and the members of a room.
#pragma once

#include <array>
#include <string_view>

#include "categories.hpp"
#include "enums.hpp"
#include "parties.hpp"
#include "person.hpp"
#include "scheme.hpp"

namespace clearance::inline v0 {

/// What a destination is.
enum class destination_kind : int {
  peer = 0,  ///< another server, domain or gateway a message leaves through
  room,      ///< a chat room (XMPP MUC): posted there, delivered to its members
  list,      ///< a distribution list
};

constexpr bool is_defined(destination_kind k) noexcept { return detail::enumerated(k, destination_kind::list); }

constexpr std::string_view to_string(destination_kind k) noexcept {
  switch (k) {
    case destination_kind::peer: return "peer";
    case destination_kind::room: return "room";
    case destination_kind::list: return "list";
  }
  return "unknown destination kind";
}

/// A peer, room or list and its clearance, as an aggregate (use designated initialisers):
/// - `cleared`: the levels it is cleared up to, one per scheme (unused entries have no scheme;
///   rank 0: unclassified information only); a label is compared after conversion;
/// - `categories`: the restrictive categories (need-to-know, ATOMAL, ...) it holds;
/// - `parties`: who the far end is, as releasability values (a German server: {DEU}; a NATO
///   mission's: {NATO}); a label must be releasable to one of them or their groups.
/// A default-constructed destination has no id and no clearance: it is denied everything.
///
///     constexpr destination peer_de{.id = "xmpp.example.de", .kind = destination_kind::peer,
///                                   .cleared = {nato::secret}, .parties = {party::deu}};
struct destination {
  std::string_view id{};  ///< the JID, domain or name it is known by
  destination_kind kind = destination_kind::peer;
  std::array<level, 4> cleared{};
  category_set categories{};
  party_set parties{};

  friend constexpr bool operator==(const destination&, const destination&) noexcept = default;
};

/// The rules a destination row must follow (checked by check_destination).
enum class destination_rule : int {
  none = 0,
  missing_id,                  ///< no id
  undefined_kind,              ///< a kind that is none of the enumerators
  no_clearance,                ///< no level in `cleared`
  unknown_clearance_scheme,    ///< a level of a scheme the registry does not hold
  unknown_clearance_level,     ///< a rank other than 0 that is no classified level of its scheme
  duplicate_clearance_scheme,  ///< two levels of one scheme
  undefined_category,          ///< a category no catalogue or scheme defines
  undefined_party,             ///< a party value the catalogue does not define, or none
};

inline constexpr destination_rule last_destination_rule = destination_rule::undefined_party;

constexpr std::string_view to_string(destination_rule r) noexcept {
  switch (r) {
    case destination_rule::none: return "none";
    case destination_rule::missing_id: return "a destination has an id";
    case destination_rule::undefined_kind: return "a kind is one of peer, room, list";
    case destination_rule::no_clearance: return "a destination is cleared up to a level";
    case destination_rule::unknown_clearance_scheme: return "a clearance is of a scheme the registry holds";
    case destination_rule::unknown_clearance_level: return "a clearance is a classified level of its scheme";
    case destination_rule::duplicate_clearance_scheme: return "one clearance per scheme";
    case destination_rule::undefined_category: return "its categories are defined";
    case destination_rule::undefined_party: return "it is one or more defined parties";
  }
  return "unknown destination rule";
}

/// A member of a room or list: the id it is known by (a JID) and the person.
struct member {
  std::string_view id{};
  person who{};

  friend constexpr bool operator==(const member&, const member&) noexcept = default;
};

}  // namespace clearance::inline v0
