// SPDX-License-Identifier: MIT
//
// may_transmit / may_store: every catalogue statement of the sources, validity, conditions,
// user catalogues, and compile time = run time.
#include <doctest/doctest.h>

#include <string>

#include "../support/scenarios.hpp"

using namespace scenario;

namespace {

decision at_run_time_transmit(label l, const channel& c, deployment d = {}) {
  volatile int guard = 0;
  if (guard != 0) d = deployment{};
  return may_transmit(l, c, d);
}

std::string said(const decision& d, std::string_view who = {}) { return std::string(explain(d, who).view()); }

}  // namespace

TEST_CASE("source 004: Stg. GEHEIM over Cisco Webex is denied, Dep. VERTROUWELIJK allowed") {
  static_assert(!may_transmit(nld::stg_geheim, channels::cisco_webex, webex_client));
  static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client)>);
  const decision d = at_run_time_transmit(nld::stg_geheim, channels::cisco_webex, webex_client);
  CHECK(d.why == reason::above_channel_ceiling);
  CHECK(d.held == nld::dep_vertrouwelijk);
  CHECK(said(d, "Cisco Webex") ==
        "denied (above channel ceiling): channel Cisco Webex is approved up to Dep. VERTROUWELIJK; label is Stg. GEHEIM");
  CHECK(may_transmit(nld::stg_confidentieel, channels::cisco_webex, webex_client).why ==
        reason::above_channel_ceiling);
}

TEST_CASE("source 004: the government uses the Webex client, not the cloud version") {
  const decision d = may_transmit(nld::dep_vertrouwelijk, channels::cisco_webex);
  CHECK(d.why == reason::condition_not_met);
  CHECK(d.conditions() == condition_set{condition::client_deployment});
  CHECK(may_store(nld::dep_vertrouwelijk, channels::cisco_webex, webex_client).why == reason::use_not_approved);
}

TEST_CASE("source 004: the regular telephone carries up to Dep. VERTROUWELIJK, nothing higher") {
  static_assert(may_transmit(nld::dep_vertrouwelijk, channels::telephone));
  static_assert(!may_transmit(nld::stg_confidentieel, channels::telephone));
  CHECK(may_transmit(nld::stg_confidentieel, channels::telephone).why == reason::above_channel_ceiling);
}

TEST_CASE("source 004: Sectra Tiger/S is approved by the AIVD up to Stg. GEHEIM") {
  static_assert(require<may_transmit(nld::stg_geheim, channels::sectra_tiger_s)>);
  const decision d = may_transmit(nld::stg_zeer_geheim, channels::sectra_tiger_s);
  CHECK(d.why == reason::above_channel_ceiling);
  CHECK(said(d, "Sectra Tiger/S") == "denied (above channel ceiling): channel Sectra Tiger/S is approved up to "
                                     "Stg. GEHEIM; label is Stg. ZEER GEHEIM");
  // NATO SECRET maps to Stg. GEHEIM: allowed through the equivalence table
  CHECK(may_transmit(nato::secret, channels::sectra_tiger_s).allowed());
  CHECK(may_transmit(nato::cosmic_top_secret, channels::sectra_tiger_s).why == reason::above_channel_ceiling);
}

TEST_CASE("sources 000, 002: NATO RESTRICTED on a managed iOS 26 iPhone, not on an unmanaged one") {
  static_assert(require<may_store(site_paper, channels::ios_26_managed, managed_ios_26)>);
  static_assert(storable<site_paper, channels::ios_26_managed, managed_ios_26>);
  static_assert(!storable<site_paper, channels::ios_26_managed, unmanaged_ios_26>);
  const decision d = may_store(nato::restricted, channels::ios_26_managed, unmanaged_ios_26);
  CHECK(d.why == reason::condition_not_met);
  CHECK(d.conditions().contains(condition::managed_by_mdm));
  CHECK(said(d).starts_with("denied (condition not met): managed by MDM"));
  // the unmanaged row: no approval, unclassified information only
  CHECK(may_store(nato::restricted, channels::ios_unmanaged).why == reason::above_channel_ceiling);
  CHECK(may_store(nato::unclassified, channels::ios_unmanaged).allowed());
}

TEST_CASE("sources 000, 002: NATO CONFIDENTIAL on a managed iOS 26 iPhone is denied") {
  const decision d = may_store(nato::confidential, channels::ios_26_managed, managed_ios_26);
  CHECK(d.why == reason::above_channel_ceiling);
  CHECK(d.held == nato::restricted);
}

TEST_CASE("issue: Dep. VERTROUWELIJK on a NATO-approved device is NATO RESTRICTED") {
  CHECK(may_store(nld::dep_vertrouwelijk, channels::ios_26_managed, managed_ios_26).allowed());
  CHECK(may_store(deu::vs_nfd, channels::ios_26_managed, managed_ios_26).allowed());
  const decision d = may_store(nld::stg_confidentieel, channels::ios_26_managed, managed_ios_26);
  CHECK(d.why == reason::above_channel_ceiling);
  CHECK(d.required == nato::confidential);
  CHECK(said(d) == "denied (above channel ceiling): channel is approved up to NATO RESTRICTED; label is "
                   "Stg. CONFIDENTIEEL, which maps to NATO CONFIDENTIAL");
  // Belgium has no level for NATO RESTRICTED, but its lowest level maps to NATO CONFIDENTIAL
  CHECK(may_store(bel::vertrouwelijk, channels::ios_26_managed, managed_ios_26).why == reason::above_channel_ceiling);
}

TEST_CASE("sources 000, 002: the iOS approval covers version 26, from 2026-02-26") {
  deployment ios_25 = managed_ios_26;
  ios_25.version = 25;
  const decision v = may_store(nato::restricted, channels::ios_26_managed, ios_25);
  CHECK(v.why == reason::version_not_approved);
  CHECK(said(v) == "denied (version not approved): channel is approved for versions 26 to 26; deployed version 25; "
                   "label is NATO RESTRICTED");
  CHECK(may_store(nato::restricted, channels::ios_26_managed, used_on(managed_ios_26, date{2026, 2, 25})).why ==
        reason::approval_not_yet_valid);
  CHECK(may_store(nato::restricted, channels::ios_26_managed, used_on(managed_ios_26, date{2026, 2, 26})).allowed());
}

TEST_CASE("source 003: WhatsApp, Signal, Telegram and Threema carry unclassified information only") {
  for (const channel* c : {&channels::whatsapp, &channels::signal, &channels::telegram, &channels::threema}) {
    CAPTURE(c->name);
    const decision d = may_transmit(nato::restricted, *c);
    CHECK(d.why == reason::above_channel_ceiling);
    CHECK(said(d, c->name) == "denied (above channel ceiling): channel " + std::string(c->name) +
                                  " is approved for unclassified information only; label is NATO RESTRICTED");
    CHECK(may_transmit(nato::unclassified, *c).allowed());
    CHECK(may_transmit(bel::beperkte_verspreiding, *c).allowed());
    CHECK(may_transmit(bel::vertrouwelijk, *c).why == reason::above_channel_ceiling);
    CHECK(c->source.ref.starts_with("source 003"));
    CHECK(c->source.conf == confidence::verified);
  }
}

TEST_CASE("source 003: Skype for Business and Teams, Belgian Defence's professional IM, unclassified only") {
  for (const channel* c : {&channels::skype_for_business, &channels::microsoft_teams}) {
    CHECK(may_transmit(nato::unclassified, *c).allowed());
    CHECK(may_transmit(nato::restricted, *c).why == reason::above_channel_ceiling);
    CHECK(c->source.conf == confidence::inference);  // no classified approval stated
  }
}

TEST_CASE("source 000 [U]: BlackBerry 10 NATO RESTRICTED is unverified, denied unless accepted") {
  const decision d = may_store(nato::restricted, channels::blackberry_10, {.version = 10, .on = date{2026, 3, 1}});
  CHECK(d.why == reason::approval_unverified);
  CHECK(said(d, "BlackBerry 10") == "denied (approval unverified): the approval of channel BlackBerry 10 is "
                                    "unverified, weaker than the deployment accepts (inference); label is NATO RESTRICTED");
  CHECK(may_store(nato::restricted, channels::blackberry_10,
                  {.version = 10, .on = date{2026, 3, 1}, .accepts = confidence::unverified})
            .allowed());
  // The source says "In 2013" and no day: the approval counts from the last day of that year, and
  // an undated use is not shown to fall within it.
  CHECK(channels::blackberry_10.approved_on == date{2013, 12, 31});
  const deployment accepted{.version = 10, .accepts = confidence::unverified};
  CHECK(may_store(nato::restricted, channels::blackberry_10, accepted).why == reason::approval_date_unknown);
  for (const date on : {date{2013, 1, 1}, date{2013, 12, 30}}) {
    deployment early = accepted;
    early.on = on;
    CHECK(may_store(nato::restricted, channels::blackberry_10, early).why == reason::approval_not_yet_valid);
  }
  deployment first_day = accepted;
  first_day.on = date{2013, 12, 31};
  CHECK(may_store(nato::restricted, channels::blackberry_10, first_day).allowed());
}

TEST_CASE("an approval with any date needs a date of use - the sentence names the date") {
  constexpr deployment undated{.meets = {condition::managed_by_mdm, condition::supervised,
                                         condition::approved_configuration, condition::current_patch_level},
                               .version = 26};
  const decision d = may_store(nato::restricted, channels::ios_26_managed, undated);
  CHECK(d.why == reason::approval_date_unknown);
  CHECK(said(d, "iPhone") == "denied (approval date unknown): the approval of channel iPhone starts 2026-02-26; "
                             "no date of use is given; label is NATO RESTRICTED");
  deployment dated = undated;
  dated.on = date{2026, 3, 1};
  CHECK(may_store(nato::restricted, channels::ios_26_managed, dated).allowed());
}

TEST_CASE("domain-brief §5: Gpg4win is approved for VS-NfD, RESTREINT UE and NATO RESTRICTED") {
  constexpr deployment gpg3{.version = 3, .on = date{2026, 3, 1}};  // a dated approval needs a day of use
  for (const level l : {deu::vs_nfd, eu::restricted, nato::restricted, nld::dep_vertrouwelijk})
    CHECK(may_store(l, channels::gpg4win, gpg3).allowed());
  CHECK(may_store(deu::vs_vertraulich, channels::gpg4win, gpg3).why == reason::above_channel_ceiling);
  const decision d = may_store(nato::confidential, channels::gpg4win, gpg3);
  CHECK(d.why == reason::above_channel_ceiling);
  CHECK(d.held == nato::restricted);  // the ceiling in the label's own scheme is named
  CHECK(may_store(deu::vs_nfd, channels::gpg4win, {.version = 4, .on = date{2026, 3, 1}}).why ==
        reason::version_not_approved);
  CHECK(may_store(deu::vs_nfd, channels::gpg4win, {.version = 3}).why == reason::approval_date_unknown);
  CHECK(may_store(deu::vs_nfd, channels::gpg4win, {.version = 3, .on = date{2019, 11, 14}}).why ==
        reason::approval_not_yet_valid);
}

TEST_CASE("source 001: an approval used after its end date is denied - the last day is still valid") {
  CHECK(may_transmit(nato::secret, field_phone, {.on = date{2026, 12, 31}}).allowed());
  const decision d = may_transmit(nato::secret, field_phone, {.on = date{2027, 1, 1}});
  CHECK(d.why == reason::approval_expired);
  CHECK(said(d, "field phone") == "denied (approval expired): the approval of channel field phone ended "
                                  "2026-12-31; used 2027-01-01; label is NATO SECRET");
  CHECK(may_transmit(nato::secret, field_phone).why == reason::approval_date_unknown);
  CHECK(may_transmit(nato::secret, field_phone, {.on = date{2023, 12, 31}}).why == reason::approval_not_yet_valid);
}

TEST_CASE("a revoked approval is denied from the day of revocation") {
  constexpr channel revoked = [] {
    channel c = field_phone;
    c.revoked_on = date{2025, 6, 1};
    return c;
  }();
  CHECK(may_transmit(nato::secret, revoked, {.on = date{2025, 5, 31}}).allowed());
  CHECK(may_transmit(nato::secret, revoked, {.on = date{2025, 6, 1}}).why == reason::approval_revoked);
  CHECK(may_transmit(nato::secret, revoked).why == reason::approval_date_unknown);
}

TEST_CASE("special categories need an approval that carries them - compartments do not") {
  constexpr deployment today{.on = date{2026, 3, 1}};
  const decision d = may_transmit(label{nato::secret}.with(category::atomal), field_phone, today);
  CHECK(d.why == reason::category_not_approved);
  CHECK(d.categories() == category_set{category::atomal});
  constexpr channel atomal_phone = [] {
    channel c = field_phone;
    c.carries = {category::atomal};
    return c;
  }();
  CHECK(may_transmit(label{nato::secret}.with(category::atomal), atomal_phone, today).allowed());
  CHECK(may_transmit(label{nato::secret}.with(operation).with(category::staff), field_phone, today).allowed());
}

TEST_CASE("deny by default: unknown channel, unknown scheme, invalid label, no equivalent") {
  CHECK_FALSE(find_channel("carrier-pigeon"));
  CHECK(may_transmit(nato::restricted, find_channel("carrier-pigeon")).why == reason::unknown_channel);
  CHECK(may_store(nato::restricted, find_channel("carrier-pigeon")).why == reason::unknown_channel);
  CHECK(may_transmit(nato::restricted, find_channel("telephone"))
            .allowed() == may_transmit(nato::restricted, channels::telephone).allowed());
  CHECK(may_transmit(label{}, channels::telephone).why == reason::unknown_scheme);
  CHECK(may_transmit(label{nato::restricted}.with(category::atomal), channels::telephone).why ==
        reason::category_not_allowed_at_level);
  // a German channel approved up to VS-NfD only: Belgian VERTROUWELIJK maps to VS-VERTRAULICH
  CHECK(may_store(bel::vertrouwelijk, channels::gpg4win, {.version = 3, .on = date{2026, 3, 1}}).why ==
        reason::above_channel_ceiling);
  // a channel whose only ceiling is Belgian cannot carry NATO RESTRICTED, which has no Belgian level
  constexpr channel belgian_net{.id = "belgian-net", .name = "Belgian net", .uses = {use::transmit},
                                .ceilings = {bel::geheim}, .approved_by = authority::national_agency,
                                .source = {"test row", confidence::verified}};
  CHECK(may_transmit(nato::restricted, belgian_net).why == reason::no_equivalent_level);
  CHECK(may_transmit(nato::secret, belgian_net).allowed());
}

TEST_CASE("user catalogues: malformed rows are refused with the rule they break") {
  const auto broken = [](auto change) {
    channel c = field_phone;
    change(c);
    return check_channel(c);
  };
  CHECK(check_channel(field_phone) == channel_rule::none);
  CHECK(broken([](channel& c) { c.id = "Field Phone"; }) == channel_rule::missing_id);
  CHECK(broken([](channel& c) { c.uses = {}; }) == channel_rule::no_use);
  CHECK(broken([](channel& c) { c.ceilings = {}; }) == channel_rule::no_ceiling);
  CHECK(broken([](channel& c) { c.ceilings = {level{scheme_id{4242}, 1}}; }) == channel_rule::unknown_ceiling_scheme);
  CHECK(broken([](channel& c) { c.ceilings = {level{nato::id, 7}}; }) == channel_rule::unknown_ceiling_level);
  CHECK(broken([](channel& c) { c.ceilings = {nato::secret, nato::restricted}; }) ==
        channel_rule::duplicate_ceiling_scheme);
  CHECK(broken([](channel& c) { c.carries = {compartment(1)}; }) == channel_rule::undefined_category);
  CHECK(broken([](channel& c) { c.conditions = {static_cast<condition>(40)}; }) == channel_rule::undefined_condition);
  CHECK(broken([](channel& c) { c.conditions = {condition::approved_configuration}; }) ==
        channel_rule::unnamed_configuration);
  CHECK(broken([](channel& c) { c.version_from = 5, c.version_to = 4; }) == channel_rule::version_range);
  CHECK(broken([](channel& c) { c.approved_on = date{2025, 2, 30}; }) == channel_rule::invalid_date);
  CHECK(broken([](channel& c) { c.valid_until = date{2023, 12, 31}; }) == channel_rule::validity_ends_before_start);
  CHECK(broken([](channel& c) { c.revoked_on = date{2023, 12, 31}; }) == channel_rule::revoked_before_approved);
  CHECK(broken([](channel& c) { c.approved_by = authority::none; }) == channel_rule::no_authority);
  CHECK(broken([](channel& c) { c.source = {}; }) == channel_rule::missing_citation);
  // a malformed row decides nothing
  constexpr channel malformed = [] {
    channel c = field_phone;
    c.ceilings = {level{scheme_id{4242}, 1}};
    return c;
  }();
  const decision d = may_transmit(nato::restricted, malformed, {.on = date{2025, 1, 1}});
  CHECK(d.why == reason::invalid_channel);
  CHECK(said(d) == "denied (invalid channel): channel breaks the channel rule 'unknown ceiling scheme'; label is "
                   "NATO RESTRICTED");
}

TEST_CASE("the catalogue: every row passes the channel rules and carries its source's confidence") {
  for (const channel* c : channels::catalogue) {
    CAPTURE(c->id);
    CHECK(check_channel(*c) == channel_rule::none);
    CHECK(find_channel(c->id).get() == c);
    CHECK_FALSE(c->source.ref.empty());
  }
  CHECK(channels::cisco_webex.source.conf == confidence::verified);      // source 004
  CHECK(channels::sectra_tiger_s.source.conf == confidence::verified);   // source 004
  CHECK(channels::ios_26_managed.source.conf == confidence::secondary);  // news, quoting NIAPC
  CHECK(channels::gpg4win.source.conf == confidence::secondary);         // press release
  CHECK(channels::blackberry_10.source.conf == confidence::unverified);  // no primary source
}

TEST_CASE("dates: calendar days only") {
  CHECK(date{2024, 2, 29}.valid());
  CHECK_FALSE(date{2025, 2, 29}.valid());
  CHECK_FALSE(date{2025, 13, 1}.valid());
  CHECK_FALSE(date{}.known());
  CHECK(date{2026, 2, 26} < date{2026, 3, 1});
  sentence m;
  append_date(m, date{2026, 2, 6});
  CHECK(m.view() == "2026-02-06");
}

TEST_CASE("compile time and run time decide the same for channels") {
  constexpr label labels[] = {nato::unclassified, nato::restricted, nld::dep_vertrouwelijk, nld::stg_geheim,
                              label{nato::secret}.with(category::atomal)};
  constexpr deployment deployments[] = {deployment{}, managed_ios_26, webex_client};
  constexpr auto table = [&] {
    std::array<decision, 5 * 3 * channels::catalogue.size()> out{};
    std::size_t k = 0;
    for (const label& l : labels)
      for (const deployment& d : deployments)
        for (const channel* c : channels::catalogue) out[k++] = may_transmit(l, *c, d);
    return out;
  }();
  std::size_t k = 0;
  for (const label& l : labels)
    for (const deployment& d : deployments)
      for (const channel* c : channels::catalogue) CHECK(at_run_time_transmit(l, *c, d) == table[k++]);
}
