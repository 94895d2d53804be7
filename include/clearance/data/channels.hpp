// SPDX-License-Identifier: MIT
//
// Data: the catalogue of channels and devices the sources speak of. Each row cites its source
// and carries its confidence; an unverified row is denied unless a deployment accepts it.
//
// Against domain-brief §5: the brief marks the Webex ceiling [U] and the Belgian messenger rule
// "not found"; the project's sources state both in primary texts (source 004, answers of the
// Dutch government; source 003, the Belgian Defence minister's answer), so those rows are
// verified here, citing the passage.
#pragma once

#include <array>

#include "../core/channel.hpp"
#include "bel.hpp"
#include "deu.hpp"
#include "eu.hpp"
#include "nato.hpp"
#include "nld.hpp"

namespace clearance::inline v0::channels {

/// Apple iPhone and iPad on iOS 26 / iPadOS 26, managed and supervised, in the "indigo"
/// configuration: approved up to NATO RESTRICTED, listed in NIAPC on 2026-02-26.
/// Source 000 quotes the NIAPC entry: "iOS 26 and iPadOS 26 with indigo configuration is
/// approved ... up to NATO RESTRICTED. Indigo doesn't require any special additional software
/// or settings beyond managing and supervising devices using a device management service."
/// Source 002 dates it; source 001: the approval depends on patch level and ongoing compliance.
/// Source 002's "secure container" and "no cloud backup" contradict that NIAPC text and are not
/// encoded.
inline constexpr channel ios_26_managed{
    .id = "ios-26-managed",
    .name = "iPhone/iPad, iOS 26 (managed)",
    .kind = channel_kind::mobile_device,
    .vendor = "Apple",
    .product = "iOS 26 / iPadOS 26 with indigo configuration",
    .version_from = 26,
    .version_to = 26,
    .uses = {use::store, use::transmit},
    .ceilings = {nato::restricted},
    .approved_by = authority::nato_niapc,
    .approver = "NATO (NIAPC), evaluated by BSI",
    .conditions = {condition::managed_by_mdm, condition::supervised, condition::approved_configuration,
                   condition::current_patch_level},
    .configuration = "indigo",
    .approved_on = date{2026, 2, 26},
    .source = {"sources 000, 002 (NIAPC: iOS and iPadOS 26 with Indigo configuration, 2026-02-26); source 001",
               confidence::secondary},
};

/// The same devices unmanaged: no approval applies, so unclassified information only.
inline constexpr channel ios_unmanaged{
    .id = "ios-unmanaged",
    .name = "iPhone/iPad (unmanaged)",
    .kind = channel_kind::mobile_device,
    .vendor = "Apple",
    .product = "iOS / iPadOS without device management",
    .uses = {use::store, use::transmit},
    .ceilings = {level{nato::id, 0}},
    .approver = "none: the NIAPC approval needs a managed device",
    .source = {"sources 000, 002: the approval needs management; without it none applies", confidence::inference},
};

/// BlackBerry 10: "In 2013 kreeg de BlackBerry 10 ook al een NATO Restricted-certificering"
/// (source 000). No primary source (domain-brief §5 [U]): denied unless a deployment accepts
/// unverified approvals. The source gives the year alone, so the approval day is the latest day
/// consistent with it, 2013-12-31: use before that day is not shown to be covered.
inline constexpr channel blackberry_10{
    .id = "blackberry-10",
    .name = "BlackBerry 10",
    .kind = channel_kind::mobile_device,
    .vendor = "BlackBerry",
    .product = "BlackBerry 10",
    .version_from = 10,
    .version_to = 10,
    .uses = {use::store, use::transmit},
    .ceilings = {nato::restricted},
    .approved_by = authority::nato_niapc,
    .approver = "NATO (reported, 2013)",
    .approved_on = date{2013, 12, 31},  // source 000: "In 2013"; the last day of that year
    .source = {"source 000 (2013, as reported); domain-brief §5: no primary source", confidence::unverified},
};

/// Cisco Webex as used by the Dutch government: "Webex kan, net als bijvoorbeeld regulier
/// telefonisch contact, gebruikt worden voor informatie tot en met Departementaal VERTROUWELIJK
/// (Dep.V.) gerubriceerd, anders niet"; the government "werkt veelal niet met de cloud versie,
/// maar met de client versie van Webex" (source 004, 2024).
inline constexpr channel cisco_webex{
    .id = "cisco-webex",
    .name = "Cisco Webex",
    .kind = channel_kind::video_meeting,
    .vendor = "Cisco",
    .product = "Rijksvideodienst, client version",
    .uses = {use::transmit},
    .ceilings = {nld::dep_vertrouwelijk},
    .approved_by = authority::government,
    .approver = "Dutch government (CIO Rijk, AIVD/NBV)",
    .conditions = {condition::client_deployment},
    .source = {"source 004: Webex up to and including Dep.V., client version", confidence::verified},
};

/// Regular telephone: as Webex, up to and including Dep.V. (source 004).
inline constexpr channel telephone{
    .id = "telephone",
    .name = "regular telephone",
    .kind = channel_kind::telephone,
    .product = "regular telephone calls",
    .uses = {use::transmit},
    .ceilings = {nld::dep_vertrouwelijk},
    .approved_by = authority::government,
    .approver = "Dutch government",
    .source = {"source 004: regular telephone up to and including Dep.V.", confidence::verified},
};

/// Sectra Tiger/S: "Voor mobiele telefoongesprekken tot en met het niveau Staatsgeheim Geheim is
/// de Sectra Tiger/S telefoon goedgekeurd door de AIVD" (source 004).
inline constexpr channel sectra_tiger_s{
    .id = "sectra-tiger-s",
    .name = "Sectra Tiger/S",
    .kind = channel_kind::secure_phone,
    .vendor = "Sectra",
    .product = "Tiger/S, mobile calls",
    .uses = {use::transmit},
    .ceilings = {nld::stg_geheim},
    .approved_by = authority::national_agency,
    .approver = "AIVD",
    .source = {"source 004: Sectra Tiger/S approved by the AIVD up to Stg. GEHEIM", confidence::verified},
};

namespace detail {
// Belgian Defence: commercial messaging apps "kunnen ... alleen worden gebruikt voor de
// communicatie van niet-geclassificeerde informatie" (source 003, answer of 2022-07-19).
inline constexpr citation messenger_src{"source 003: Belgian Defence, unclassified information only (2022)",
                                        confidence::verified};
constexpr channel messenger(std::string_view id, std::string_view name, std::string_view vendor) noexcept {
  return {.id = id,
          .name = name,
          .kind = channel_kind::messenger,
          .vendor = vendor,
          .product = name,
          .uses = {use::transmit},
          .ceilings = {level{bel::id, 0}},
          .approved_by = authority::government,
          .approver = "Belgian Defence",
          .source = messenger_src};
}
}  // namespace detail

inline constexpr channel whatsapp = detail::messenger("whatsapp", "WhatsApp", "Meta");
inline constexpr channel signal = detail::messenger("signal", "Signal", "Signal Foundation");
inline constexpr channel telegram = detail::messenger("telegram", "Telegram", "Telegram");
inline constexpr channel threema = detail::messenger("threema", "Threema", "Threema");

/// Belgian Defence's professional instant messaging: "Skype for Business, die binnenkort zal
/// vervangen worden door Microsoft Teams" (source 003). No classified use is stated, so
/// unclassified only (an inference, deny by default).
namespace detail {
constexpr channel professional_im(std::string_view id, std::string_view name, std::string_view cited) noexcept {
  channel c = messenger(id, name, "Microsoft");
  c.product = "Belgian Defence professional instant messaging";
  c.source = {cited, confidence::inference};
  return c;
}
}  // namespace detail

inline constexpr channel skype_for_business = detail::professional_im(
    "skype-for-business", "Skype for Business", "source 003: Belgian Defence professional IM; no classified approval stated");
inline constexpr channel microsoft_teams = detail::professional_im(
    "microsoft-teams", "Microsoft Teams", "source 003: Teams replaces Skype for Business; no classified approval stated");

/// Gpg4win 3.x: approved by the BSI for VS-NfD, RESTREINT UE and NATO RESTRICTED
/// (BSI-VSA-10400/10412, 2019-11-15; domain-brief §5, the vendor's press release [S]).
inline constexpr channel gpg4win{
    .id = "gpg4win",
    .name = "Gpg4win",
    .kind = channel_kind::encryption_software,
    .vendor = "g10 Code",
    .product = "Gpg4win 3.x (BSI-VSA-10400/10412)",
    .version_from = 3,
    .version_to = 3,
    .uses = {use::store, use::transmit},
    .ceilings = {deu::vs_nfd, eu::restricted, nato::restricted},
    .approved_by = authority::national_agency,
    .approver = "BSI",
    .approved_on = date{2019, 11, 15},
    .source = {"domain-brief §5: BSI approval 2019-11-15 (gnupg.com press release)", confidence::secondary},
};

/// The library's catalogue.
inline constexpr std::array<const channel*, 13> catalogue{
    &ios_26_managed, &ios_unmanaged, &blackberry_10, &cisco_webex,    &telephone,
    &sectra_tiger_s, &whatsapp,      &signal,        &telegram,       &threema,
    &skype_for_business, &microsoft_teams, &gpg4win,
};

}  // namespace clearance::inline v0::channels

namespace clearance::inline v0 {
/// The channel of the library's catalogue with this id, or nothing.
constexpr found<channel> find_channel(std::string_view id) noexcept { return find_channel(id, channels::catalogue); }
}  // namespace clearance::inline v0
