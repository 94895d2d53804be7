// SPDX-License-Identifier: MIT
//
// Channels and devices: what an approval covers (ceiling, categories, uses), who granted it,
// under which conditions, and for how long. The library's catalogue is data/channels.hpp; a
// host application defines its own rows the same way.
#pragma once

#include <array>
#include <string_view>
#include <type_traits>

#include "categories.hpp"
#include "enums.hpp"
#include "provenance.hpp"
#include "scheme.hpp"
#include "found.hpp"
#include "sets.hpp"
#include "slice.hpp"

namespace clearance::inline v0 {

/// A condition an approval depends on; enumerators are bit positions of a `condition_set`.
enum class condition : int {
  managed_by_mdm = 0,          ///< enrolled in and managed by a mobile device management service
  supervised = 1,              ///< a supervised device (the MDM can enforce restrictions)
  approved_configuration = 2,  ///< deployed in the configuration the approval names
  current_patch_level = 3,     ///< running the current security updates
  client_deployment = 4,       ///< the on-premises client, not the vendor's cloud service
  vpn = 5,                     ///< traffic through an approved VPN
  invalid = 63,                ///< never defined: what an out-of-range value becomes in a set
};

using condition_set = enum_set<condition, static_cast<int>(condition::invalid)>;

constexpr std::string_view to_string(condition c) noexcept {
  switch (c) {
    case condition::managed_by_mdm: return "managed by MDM";
    case condition::supervised: return "supervised";
    case condition::approved_configuration: return "approved configuration";
    case condition::current_patch_level: return "current patch level";
    case condition::client_deployment: return "client deployment, not vendor cloud";
    case condition::vpn: return "VPN";
    case condition::invalid: return "undefined condition";
  }
  return "undefined condition";
}

/// Every condition value a row may require.
inline constexpr condition_set defined_conditions{condition::managed_by_mdm,         condition::supervised,
                                                  condition::approved_configuration, condition::current_patch_level,
                                                  condition::client_deployment,      condition::vpn};

enum class channel_kind : int {
  video_meeting,
  telephone,
  secure_phone,
  messenger,
  mail,
  mobile_device,
  encryption_software,
};

/// Whether `k` is one of the enumerators (a value cast from elsewhere may not be).
constexpr bool is_defined(channel_kind k) noexcept { return detail::enumerated(k, channel_kind::encryption_software); }

constexpr std::string_view to_string(channel_kind k) noexcept {
  switch (k) {
    case channel_kind::video_meeting: return "video meeting";
    case channel_kind::telephone: return "telephone";
    case channel_kind::secure_phone: return "secure phone";
    case channel_kind::messenger: return "messenger";
    case channel_kind::mail: return "mail";
    case channel_kind::mobile_device: return "mobile device";
    case channel_kind::encryption_software: return "encryption software";
  }
  return "unknown kind";
}

/// Who grants an approval.
enum class authority : int {
  none = 0,
  nato_niapc,       ///< NATO, listed in its product catalogue NIAPC (NATO Cyber Security Centre)
  national_agency,  ///< a national security authority: AIVD/NBV, BSI, ...
  government,       ///< a government or ministry, by regulation or public statement
};

constexpr bool is_defined(authority a) noexcept { return detail::enumerated(a, authority::government); }

constexpr std::string_view to_string(authority a) noexcept {
  switch (a) {
    case authority::none: return "no authority";
    case authority::nato_niapc: return "NATO (NIAPC)";
    case authority::national_agency: return "national security agency";
    case authority::government: return "government";
  }
  return "unknown authority";
}

/// What an approval lets a channel do with information.
enum class use : int {
  transmit = 0,  ///< carry it (calls, meetings, messages)
  store = 1,     ///< hold it (a device, an encrypted container)
};
using use_set = enum_set<use, 63>;

/// Which date of an approval a decision could not check without a date of use.
enum class approval_date : int {
  valid_until,  ///< the end of validity
  revoked_on,   ///< the revocation
  approved_on,  ///< the approval day: use before it is not covered
};

constexpr std::string_view to_string(approval_date a) noexcept {
  switch (a) {
    case approval_date::valid_until: return "is limited to";
    case approval_date::revoked_on: return "was revoked";
    case approval_date::approved_on: return "starts";
  }
  return "has the date";
}

/// An approved channel or device. `ceilings` are the levels it is approved up to, one per
/// scheme (unused entries have no scheme); a ceiling of rank 0 means unclassified information
/// only. A label is compared with a ceiling after conversion into that ceiling's scheme.
struct channel {
  std::string_view id{};    ///< a stable slug, e.g. "cisco-webex"
  std::string_view name{};  ///< "Cisco Webex"
  channel_kind kind{};
  std::string_view vendor{};
  std::string_view product{};  ///< product and deployment, e.g. "client version, Rijksvideodienst"
  int version_from = 0;        ///< major versions the approval covers; 0 and 0: any
  int version_to = 0;
  use_set uses{};
  std::array<level, 4> ceilings{};
  category_set carries{};  ///< special categories (ATOMAL, CRYPTO, ...) it may carry
  authority approved_by = authority::none;
  std::string_view approver{};       ///< "AIVD", "BSI", "Belgian Defence"
  condition_set conditions{};        ///< conditions the deployment must meet
  std::string_view configuration{};  ///< the configuration the approval names, e.g. "indigo"
  date approved_on{};                ///< unknown: the approval is not dated in the source
  date valid_until{};                ///< unknown: no end of validity is known
  date revoked_on{};                 ///< unknown: not revoked
  citation source{};
};

/// The rules a channel row must follow (checked by check_channel and verified_channel).
enum class channel_rule : int {
  none = 0,
  missing_id,                  ///< a row needs an id (lowercase letters, digits, '-') and a name
  no_use,                      ///< a row must approve transmitting or storing
  no_ceiling,                  ///< a row needs at least one ceiling
  unknown_ceiling_scheme,      ///< a ceiling in a scheme the library does not hold
  unknown_ceiling_level,       ///< a ceiling rank the scheme does not have (0: unclassified only)
  duplicate_ceiling_scheme,    ///< two ceilings in one scheme
  undefined_category,          ///< a carried category that is not a special category of the catalogue
  undefined_condition,         ///< a condition the library does not define
  undefined_kind,              ///< a kind that is none of the channel_kind enumerators
  undefined_authority,         ///< an approving authority that is none of the enumerators
  undefined_confidence,        ///< a citation confidence that is none of the tags
  unnamed_configuration,       ///< "approved configuration" required, but none named
  version_range,               ///< the version range is reversed or negative
  invalid_date,                ///< a date that is not a calendar day
  validity_ends_before_start,  ///< valid_until before approved_on
  revoked_before_approved,     ///< revoked_on before approved_on
  no_authority,                ///< a classified ceiling without an approving authority
  missing_citation,            ///< a row without a source
};

constexpr std::string_view to_string(channel_rule r) noexcept {
  switch (r) {
    case channel_rule::none: return "none";
    case channel_rule::missing_id: return "missing id";
    case channel_rule::no_use: return "no use";
    case channel_rule::no_ceiling: return "no ceiling";
    case channel_rule::unknown_ceiling_scheme: return "unknown ceiling scheme";
    case channel_rule::unknown_ceiling_level: return "unknown ceiling level";
    case channel_rule::duplicate_ceiling_scheme: return "duplicate ceiling scheme";
    case channel_rule::undefined_category: return "undefined category";
    case channel_rule::undefined_condition: return "undefined condition";
    case channel_rule::undefined_kind: return "undefined kind";
    case channel_rule::undefined_authority: return "undefined authority";
    case channel_rule::undefined_confidence: return "undefined confidence";
    case channel_rule::unnamed_configuration: return "unnamed configuration";
    case channel_rule::version_range: return "version range";
    case channel_rule::invalid_date: return "invalid date";
    case channel_rule::validity_ends_before_start: return "validity ends before start";
    case channel_rule::revoked_before_approved: return "revoked before approved";
    case channel_rule::no_authority: return "no authority";
    case channel_rule::missing_citation: return "missing citation";
  }
  return "unknown rule";
}

/// How a channel is actually deployed and used: the conditions met, the product's major
/// version, the date of use, and the weakest confidence of approval the host accepts.
/// A default deployment meets no condition, has no date, and does not rely on unverified rows.
/// Without a date, an approval that has any date (approved, valid until, revoked) is denied:
/// nothing shows the use falls within it. Each field is validated: conditions outside the
/// catalogue, a negative version, a date that is no calendar day or a confidence that is none of
/// the tags are denied with a reason.
struct deployment {
  condition_set meets{};
  int version = 0;  ///< 0: not known
  date on{};
  confidence accepts = confidence::inference;
};

/// The channel of `catalogue` with this id; nothing for an unknown channel, which is never
/// guessed. A catalogue holds no null entry: at run time one is passed over, and at compile
/// time reading it is an error (testing it there would fail under g++'s null sanitizer).
constexpr found<channel> find_channel(std::string_view id, slice<const channel* const> catalogue) noexcept {
  for (const channel* c : catalogue) {
    if (!std::is_constant_evaluated() && c == nullptr) continue;
    if (c->id == id) return *c;
  }
  return {};
}

}  // namespace clearance::inline v0
