// SPDX-License-Identifier: MIT
//
// clearance-check: the library's decisions from the command line.
//
//     clearance-check access --person "NLD, government, NS, briefed" --label "NATO SECRET//REL TO NLD"
//     clearance-check transmit --label "Stg. GEHEIM" --channel cisco-webex
//     clearance-check convert --label "NATO SECRET//REL TO NLD" --to 4774
//     clearance-check access --person "NLD, government, NS, briefed" --label @label.xml
//     clearance-check matrix
//     clearance-check schemes
//     clearance-check reference      (the Markdown of docs/reference.md)
//
// Exit status: 0 allowed (or a listing printed), 1 denied, 2 bad input, with a message saying
// what was wrong. The decisions are the library's own: can_access, may_transmit, may_store.
#include <charconv>
#include <clearance/spif.hpp>
#include <clearance/wire.hpp>
#include <ctime>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "lesson.hpp"
#include "person_words.hpp"

using namespace clearance;

namespace {

constexpr const char* usage = R"(usage: clearance-check <command> [options]

commands:
  access    --person SPEC --label MARKING [--scheme CODE]
            may this person read information with this marking?
  transmit  --label MARKING --channel ID [deployment options] [--scheme CODE]
            may it be sent over this channel?
  store     --label MARKING --channel ID [deployment options] [--scheme CODE]
            may it be held on this device?
  convert   --label LABEL --to FORMAT [--scheme CODE]
            the label written in another form: marking, banner, portion, 4774, 4778, ess
            (ESS DER in base64) or xep-0258
  matrix    every level of every scheme against every channel of the catalogue, each channel
            deployed as its approval requires
  schemes   the levels of every scheme, side by side, with their sources
  channels  the channel catalogue, with ids, ceilings and sources
  reference the Markdown reference of schemes and channels (docs/reference.md)
  spif      CODE [--created GENTIME]
            the scheme written as an Open XML SPIF (docs/spif.md); created now unless given
            (GENTIME: YYYYMMDDhhmmssZ)

a person (--person) is a comma-separated list of:
  a nationality        NLD, Netherlands, BEL, ...
  an organisation      government | nato-body | accredited
  a clearance          NS, NC, CTS, screening A, screening B, screening C, Ue2, BEL GEHEIM, ...
  need-to-know X       a category: ATOMAL, CRYPTO, BOHEMIA, or compartment 0..47
  briefed              the person has received a security briefing
  e.g. --person "NLD, government, screening A, NS, need-to-know ATOMAL, briefed"

deployment options (transmit, store):
  --meets A,B          the conditions the deployment meets: managed-by-mdm, supervised,
                       approved-configuration, current-patch-level, client-deployment, vpn
  --version N          the product's major version
  --on YYYY-MM-DD      the date of use; needed when the approval is dated
  --accept CONFIDENCE  the weakest approval accepted: verified, secondary, inference
                       (the default), unverified
  --as-approved        meets every condition of the channel's approval, at its first version,
                       on its approval day when it has one (--on overrides it)

a label (--label) is any of:
  a marking            "NATO SECRET//REL TO NLD", "Stg. GEHEIM", "NATO/KFOR CONFIDENTIAL"
  XML                  a STANAG 4774 label, a 4778 binding (its first label) or an XEP-0258
                       <securitylabel>, recognised by its root element
  ess:BASE64           an ESS security label (RFC 2634), its DER in base64
  @FILE                the contents of FILE: XML, or an ESS label in DER

--scheme CODE reads a marking that fits more than one scheme ("GEHEIM": DEU or BEL).

exit status: 0 allowed, 1 denied, 2 bad input
)";

using words::bad_input;
using words::number;
using words::same_text;
using lesson::quoted;
using lesson::split;
using lesson::trim;

person read_person(std::string_view spec) { return words::read_person(spec, "--person"); }

// --- labels, channels and deployments -----------------------------------------------------

/// A label in a form other than a marking: XML or ESS. Throws bad_input naming the format, the
/// error and the byte.
label read_wire_label(std::string_view text) {
  const auto refuse = [&](std::string_view format, wire_error e, std::size_t at) {
    throw bad_input{"--label: " + std::string(format) + ": " + std::string(to_string(e)) + " at byte " +
                    std::to_string(at)};
  };
  if (text.starts_with("ess:")) {
    const ess_label r = read_ess_base64(text.substr(4));
    // A DER error is at the four characters that encode the byte at fault.
    const bool in_text = r.error == wire_error::bad_base64 || r.error == wire_error::too_long;
    if (!r) refuse("ESS label (base64)", r.error, 4 + (in_text ? r.offset : r.offset / 3 * 4));
    return r.value;
  }
  if (!text.starts_with("<") && !text.starts_with("\xEF\xBB\xBF<")) {  // DER from a file
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const ess_label r = read_ess({bytes, text.size()});
    if (!r) refuse("ESS label (DER)", r.error, r.offset);
    return r.value;
  }
  // XML: the root element says which.
  xml::reader probe{text};
  const xml::event root = probe.next();
  if (root.local == "securitylabel") {
    const xmpp_label r = read_xep0258(text);
    if (!r) refuse("XEP-0258 security label", r.error, r.offset);
    return r.value;
  }
  if (root.local == "BindingInformation") {
    const binding_information r = read_4778(text);
    if (!r) refuse("STANAG 4778 binding", r.error, r.offset);
    return r.bindings[0].originator.value;
  }
  const xml_label r = read_4774(text);
  if (!r) refuse("STANAG 4774 label", r.error, r.offset);
  return r.value;
}

label read_label(std::string_view text, scheme_id within) {
  if (text.starts_with("@")) {
    std::ifstream file{std::string(text.substr(1)), std::ios::binary};
    if (!file) throw bad_input{"--label: cannot read " + quoted(text.substr(1))};
    const std::string contents{std::istreambuf_iterator<char>(file), {}};
    return read_wire_label(contents);
  }
  if (text.starts_with("<") || text.starts_with("ess:")) return read_wire_label(text);
  const marking_result r = parse_marking(text, {within});
  if (!r) {
    std::string what = "--label " + quoted(text) + ": " + std::string(to_string(r.error)) + " at byte " +
                       std::to_string(r.offset);
    if (quoted(text).size() == text.size() + 2)  // printable as it is: point at the byte
      what += "\n  " + std::string(text) + "\n  " + std::string(lesson::characters(text.substr(0, r.offset)), ' ') + "^";
    throw bad_input{what};
  }
  return r.value;
}

scheme_id read_scheme(std::string_view code) {
  for (const scheme* s : builtin_schemes.schemes())
    if (same_text(s->code, code)) return s->id;
  std::string codes;
  for (const scheme* s : builtin_schemes.schemes()) codes += (codes.empty() ? "" : ", ") + std::string(s->code);
  throw bad_input{"--scheme: unknown scheme " + quoted(code) + " (the library holds " + codes + ")"};
}

const channel& read_channel(std::string_view id) {
  if (const found<channel> c = find_channel(id)) return *c;
  std::string ids;
  for (const channel* c : channels::catalogue) ids += (ids.empty() ? "" : ", ") + std::string(c->id);
  throw bad_input{"--channel: no channel " + quoted(id) + " in the catalogue (" + ids + ")"};
}

/// The command-line name of each condition.
constexpr std::pair<condition, std::string_view> condition_names[] = {
    {condition::managed_by_mdm, "managed-by-mdm"},
    {condition::supervised, "supervised"},
    {condition::approved_configuration, "approved-configuration"},
    {condition::current_patch_level, "current-patch-level"},
    {condition::client_deployment, "client-deployment"},
    {condition::vpn, "vpn"},
};
static_assert([] {
  condition_set named;
  for (const auto& [c, name] : condition_names) named.insert(c);
  return named == defined_conditions;
}(), "every condition the library defines needs a command-line name");

condition_set read_conditions(std::string_view list) {
  condition_set set;
  for (const std::string_view name : split(list, ',')) {
    bool known = false;
    for (const auto& [c, cli_name] : condition_names)
      if (same_text(cli_name, name)) set.insert(c), known = true;
    if (!known) throw bad_input{"--meets: unknown condition " + quoted(name) + " (see --help)"};
  }
  return set;
}

date read_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw bad_input{"--on: " + quoted(text) + " is not YYYY-MM-DD"};
  const date d{number(text.substr(0, 4), "--on"), number(text.substr(5, 2), "--on"), number(text.substr(8, 2), "--on")};
  if (!d.valid()) throw bad_input{"--on: " + quoted(text) + " is not a calendar day"};
  return d;
}

confidence read_confidence(std::string_view text) {
  for (const confidence c : {confidence::verified, confidence::secondary, confidence::inference, confidence::unverified})
    if (same_text(to_string(c), text)) return c;
  throw bad_input{"--accept: " + quoted(text) + " is no confidence (verified, secondary, inference, unverified)"};
}

/// The deployment a channel's approval asks for: every condition met, the first approved version,
/// used on the approval day when the approval is dated (an undated use of a dated approval is
/// refused).
deployment as_approved(const channel& c) {
  return {.meets = c.conditions, .version = c.version_from, .on = c.approved_on};
}

// --- the reference page -------------------------------------------------------------------

/// A Markdown table cell: '|' escaped.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string cited(const citation& c) { return cell(c.ref) + " [" + std::string(to_string(c.conf)) + "]"; }

template <class F>
std::string text_of(F&& append) {
  fixed_text<512> t;
  append(t);
  return t.c_str();
}

/// "NATO RESTRICTED (equivalent, inference)", or why there is none.
std::string equivalent(level lv, scheme_id hub) {
  if (lv.scheme == hub) return "-";
  const conversion c = convert(lv, hub, {.on = lesson::shown_on(*find_scheme(lv.scheme)), .accepts = confidence::unverified});
  if (!c) return "none: " + std::string(to_string(c.outcome.why));
  return lesson::name(level_of(c.value)) + " (" + std::string(to_string(c.kind)) + ", " + std::string(to_string(c.conf)) + ")";
}

void print_scheme_reference(const scheme& s) {
  std::printf("\n### %s (%s)\n\n", std::string(s.name).c_str(), std::string(s.code).c_str());
  std::printf("Information of this scheme is releasable to %s unless its marking says otherwise. "
              "Policy identifier: `%s`%s.\n\n",
              text_of([&](auto& t) { append_parties(t, owner_releasability(level_of(s, 0))); }).c_str(),
              text_of([&](auto& t) { append_policy_id(t, s); }).c_str(),
              s.policy_id.empty() ? " (the library's private arc)" : "");
  if (const date on = lesson::shown_on(s); on.known()) {
    std::string when = "Used";
    if (s.in_use.from.known()) when += " from " + text_of([&](auto& t) { append_date(t, s.in_use.from); });
    if (s.in_use.until.known()) when += " until " + text_of([&](auto& t) { append_date(t, s.in_use.until); });
    std::printf("%s (%s). The NATO and EU columns are national handling on %s.\n\n", when.c_str(),
                cited(s.in_use_source).c_str(), text_of([&](auto& t) { append_date(t, on); }).c_str());
  }
  bool named = false;  // the policy's own names of its classifications, where they differ
  for (const level_info& info : s.levels) named = named || !info.policy_name.empty();
  if (named) {
    std::string names;
    for (const level_info& info : s.levels)
      names += (names.empty() ? "" : ", ") + std::string(policy_name(info)) + " (" + cell(info.name) + ")";
    std::printf("In STANAG 4774 labels its classifications are named %s.\n\n", names.c_str());
  }
  std::printf("| rank | code | level | abbreviation | classified | NATO | EU | source |\n|---|---|---|---|---|---|---|---|\n");
  for (const level_info& info : s.levels) {
    const level lv = level_of(s, info.rank);
    std::printf("| %d | %d | %s | %s | %s | %s | %s | %s |\n", info.rank, level_code(info), cell(info.name).c_str(),
                info.abbreviation == info.name ? "-" : cell(info.abbreviation).c_str(), info.classified ? "yes" : "no, a marking",
                cell(equivalent(lv, nato::id)).c_str(), cell(equivalent(lv, eu::id)).c_str(), cited(info.source).c_str());
  }
  for (const mapping_table& table : s.mappings) {
    const found<scheme> hub = find_scheme(table.hub);
    if (!hub) continue;
    std::string where;
    for (const context c : all_contexts)
      if (table.contexts.contains(c)) where += (where.empty() ? "" : ", ") + std::string(to_string(c));
    std::string when = "at any time";
    if (!table.in_force.open()) {
      when.clear();
      if (table.in_force.from.known()) when += "from " + text_of([&](auto& t) { append_date(t, table.in_force.from); });
      if (table.in_force.until.known())
        when += (when.empty() ? "" : " ") + std::string("until ") +
                text_of([&](auto& t) { append_date(t, table.in_force.until); });
    }
    std::printf("\nThe mapping rows between %s and %s, in %s, %s (%s):\n\n| from | to | kind | source |\n|---|---|---|---|\n",
                std::string(s.code).c_str(), std::string(hub->code).c_str(), where.c_str(), when.c_str(),
                cited(table.source).c_str());
    for (const auto& [rows, from, to] : {std::tuple{table.to_hub, s.id, table.hub}, std::tuple{table.from_hub, table.hub, s.id}})
      for (const correspondence& r : rows)
        std::printf("| %s | %s | %s | %s |\n", cell(lesson::name({from, r.from})).c_str(),
                    r.kind == mapping::no_equivalent ? "-" : cell(lesson::name({to, r.to})).c_str(),
                    std::string(to_string(r.kind)).c_str(), cited(r.source).c_str());
  }
  const personnel_rules& rules = s.personnel;
  if (rules.grades.empty()) {
    std::printf("\nNo personnel clearance grades are held for this scheme.\n");
    return;
  }
  std::printf("\n| clearance | gives access up to | source |\n|---|---|---|\n");
  for (const clearance_grade& g : rules.grades)
    std::printf("| %s | %s | %s |\n", cell(g.name).c_str(), cell(lesson::name({s.id, g.covers_up_to})).c_str(),
                cited(g.source).c_str());
  if (rules.clearance_from != never)
    std::printf("\nA clearance is needed from %s on (%s).", lesson::name({s.id, rules.clearance_from}).c_str(),
                cited(rules.clearance_source).c_str());
  if (rules.national_rule)
    std::printf(" Nationals also need a clearance of this scheme for the equivalent of a foreign label (%s).",
                cited(rules.national_rule_source).c_str());
  std::printf("\n");
}

void print_channel_reference(const channel& c) {
  std::string ceilings;
  for (const level ceiling : c.ceilings)
    if (ceiling.scheme != scheme_id::none)
      ceilings += (ceilings.empty() ? "" : ", ") + text_of([&](auto& t) { append_ceiling(t, ceiling); });
  std::string uses;
  for (const use u : {use::transmit, use::store})
    if (c.uses.contains(u)) uses += (uses.empty() ? "" : ", ") + std::string(u == use::transmit ? "transmit" : "store");
  std::string versions = "any";
  if (c.version_from != 0 || c.version_to != 0)
    versions = c.version_from == c.version_to ? std::to_string(c.version_from)
                                              : std::to_string(c.version_from) + " to " + std::to_string(c.version_to);
  std::string validity = text_of([&](auto& t) { append_date(t, c.approved_on); });
  if (c.valid_until.known()) validity += ", until " + text_of([&](auto& t) { append_date(t, c.valid_until); });
  if (c.revoked_on.known()) validity += ", revoked " + text_of([&](auto& t) { append_date(t, c.revoked_on); });
  std::printf("| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", std::string(c.id).c_str(), cell(c.name).c_str(),
              std::string(to_string(c.kind)).c_str(), uses.c_str(), cell(ceilings).c_str(), cell(c.approver).c_str(),
              cell(text_of([&](auto& t) { append_conditions(t, c.conditions); })).c_str(), versions.c_str(),
              validity.c_str(), cited(c.source).c_str());
}

void print_reference() {
  std::printf(R"(# Reference: schemes and channels

Generated by `clearance-check reference` from the library's own tables (`include/clearance/data/`).
Do not edit it by hand: the test `docs.reference` fails when this page and the tables differ.
After changing a table, regenerate it with `bash scripts/gen-reference.sh`.

Each row names its source and how firm it is:
**verified** (the primary text), **secondary** (a secondary source), **inference** (derived by
the project, see the row's source), **unverified** (reported only: a channel approval of this
kind is denied unless a deployment accepts unverified approvals).

## Schemes
)");
  for (const scheme* s : builtin_schemes.schemes()) print_scheme_reference(*s);
  std::printf(R"(
## Channels and devices

`clearance-check transmit --channel <id>` and `find_channel("<id>")` take the id of the first column.

| id | name | kind | uses | approved | approved by | conditions | versions | approved on | source |
|---|---|---|---|---|---|---|---|---|---|
)");
  for (const channel* c : channels::catalogue) print_channel_reference(*c);
  std::printf("\n## Categories\n\n| category | tag set | code | kind | lowest NATO level | source |\n"
              "|---|---|---|---|---|---|\n");
  for (const category_info& c : categories)
    std::printf("| %s%s | %s | %d | %s | %s | %s |\n", std::string(c.name).c_str(), c.obsolete ? " (obsolete)" : "",
                std::string(c.tag_set).c_str(), c.code,
                c.kind == category_kind::restrictive ? "restrictive (need-to-know)" : "informative",
                c.min_rank == 0 ? "any" : lesson::name({nato::id, c.min_rank}).c_str(), cited(c.source).c_str());
  std::printf("\nCompartments 0 to 47 are restrictive categories a host application assigns (`compartment(n)`);\n"
              "a scheme names its own categories in its data (`scheme::categories`, `host_category(n)`).\n");
  std::printf("\n## Tag sets\n\nWhere categories and releasability travel in STANAG 4774 labels (by name) and ESS labels\n"
              "(by identifier, in the ACP 145 type given). A scheme without sourced list tag sets uses the library's\n"
              "own, under its arc `%s`; a compartment n is value n of the library's Compartment tag set.\n\n"
              "| tag set | identifier | ESS type | holds | source |\n|---|---|---|---|---|\n",
              std::string(policy_arc).c_str());
  constexpr std::string_view types[] = {"restrictive bit map", "enumerated restrictive", "permissive bit map",
                                        "enumerated permissive", "informative (bit set)", "informative (enumerated)"};
  for (const tag_set_info& t : library_tag_sets)
    std::printf("| %s | `%s` | %s | categories | %s |\n", std::string(t.name).c_str(), std::string(t.id).c_str(),
                std::string(types[static_cast<int>(t.type)]).c_str(), cited(t.source).c_str());
  const list_tag_sets nato_lists = list_tags_of(nato::scheme);
  const auto list_row = [&](std::string_view name, std::string_view nato_id, std::string_view library_id, tag_type type,
                            const char* holds) {
    std::printf("| %s | NATO `%s`; library `%s` | %s | %s | ADatP-4774 sample SPIF; the library's arc |\n",
                std::string(name).c_str(), std::string(nato_id).c_str(), std::string(library_id).c_str(),
                std::string(types[static_cast<int>(type)]).c_str(), holds);
  };
  list_row(list_tag_names::releasable_to, nato_lists.releasable_to, library_list_tags.releasable_to,
           wire::list_tag_types::releasable_to, "parties, by number");
  list_row(list_tag_names::only, nato_lists.only, library_list_tags.only, wire::list_tag_types::only,
           "the ONLY list, by number");
  std::printf("| %s | NATO `%s` | %s | NATO's contexts by code, NATO (1001), %s (%d) before a list | "
              "ADatP-4774 sample SPIF |\n",
              std::string(list_tag_names::context).c_str(), std::string(nato_lists.context).c_str(),
              std::string(types[static_cast<int>(wire::list_tag_types::context)]).c_str(),
              std::string(nato_lists.list_follows.word).c_str(), nato_lists.list_follows.code);
  std::printf("\n## Parties\n\nReleasability values and nationalities, in the order markings list them.\n\n"
              "| code | number | name | French | member of | source |\n|---|---|---|---|---|---|\n");
  for (const party p : parties_by_number) {
    const party_info& info = *find_party(p);
    std::printf("| %s | %d | %s | %s | %s | %s |\n", std::string(info.code).c_str(), info.number,
                cell(info.name).c_str(), info.french.empty() ? "-" : cell(info.french).c_str(),
                info.member_of.empty() ? "-" : text_of([&](auto& t) { append_parties(t, info.member_of); }).c_str(),
                cited(info.source).c_str());
  }
}

// --- the command line ---------------------------------------------------------------------

/// The options after the command: "--name value" pairs and "--as-approved".
struct options {
  std::map<std::string, std::string, std::less<>> values;
  bool approved = false;

  std::optional<std::string_view> get(std::string_view name) const {
    if (const auto it = values.find(name); it != values.end()) return std::string_view{it->second};
    return std::nullopt;
  }
  std::string_view need(std::string_view name) const {
    if (const auto v = get(name)) return *v;
    throw bad_input{"missing " + std::string(name)};
  }
};

/// The options from argv[first] on (after the command and its operand, if it has one).
options read_options(int argc, char** argv, std::initializer_list<std::string_view> allowed, int first = 2) {
  options o;
  for (int i = first; i < argc; ++i) {
    const std::string_view name = argv[i];
    if (name == "--as-approved" && std::find(allowed.begin(), allowed.end(), name) != allowed.end()) {
      o.approved = true;
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
      throw bad_input{"unknown option " + quoted(name) + " for " + argv[1] + " (see --help)"};
    if (i + 1 == argc) throw bad_input{std::string(name) + " needs a value"};
    if (!o.values.emplace(name, argv[++i]).second) throw bad_input{std::string(name) + " given twice"};
  }
  return o;
}

deployment read_deployment(const options& o, const channel& c) {
  deployment dep = o.approved ? as_approved(c) : deployment{};
  if (const auto v = o.get("--meets")) dep.meets = dep.meets | read_conditions(*v);
  if (const auto v = o.get("--version")) dep.version = number(*v, "--version");
  if (const auto v = o.get("--on")) dep.on = read_date(*v);
  if (const auto v = o.get("--accept")) dep.accepts = read_confidence(*v);
  return dep;
}

int report(const decision& d, std::string_view who = {}) {
  std::printf("%s\n", explain(d, who).c_str());
  return d ? 0 : 1;
}

/// Every level of every scheme (rows) against every channel of the catalogue (columns).
void print_matrix() {
  const auto& catalogue = channels::catalogue;
  std::printf("Each channel deployed as its approval requires (every condition met, its first approved\n"
              "version, unverified approvals not accepted). yes: may transmit; no: above the ceiling;\n"
              "?: approval unverified; x: denied for another reason.\n\n");
  for (std::size_t i = 0; i < catalogue.size(); ++i)
    std::printf("  %2zu  %s (%s)\n", i + 1, std::string(catalogue[i]->name).c_str(), std::string(catalogue[i]->id).c_str());
  std::vector<std::pair<label, std::string>> rows;  // every level of every scheme, canonically written
  std::size_t width = 0;
  for (const scheme* s : builtin_schemes.schemes())
    for (const level_info& info : s->levels) {
      const label l{level_of(*s, info.rank)};
      rows.emplace_back(l, format_marking(l).c_str());
      width = std::max(width, lesson::characters(rows.back().second) + 2);
    }
  std::string header = lesson::pad("", width + 2);
  for (std::size_t i = 0; i < catalogue.size(); ++i) header += lesson::pad(std::to_string(i + 1), 4);
  std::printf("\n%s\n", header.substr(0, header.find_last_not_of(' ') + 1).c_str());
  for (const auto& [l, name] : rows) {
    std::string row = "  " + lesson::pad(name, width);
    for (const channel* c : catalogue) {
      const decision d = may_transmit(l, *c, as_approved(*c));
      row += lesson::pad(d                                        ? "yes"
                         : d.why == reason::above_channel_ceiling ? "no"
                         : d.why == reason::approval_unverified   ? "?"
                                                                  : "x",
                         4);
    }
    std::printf("%s\n", row.substr(0, row.find_last_not_of(' ') + 1).c_str());
  }
}

void print_channels() {
  for (const channel* c : channels::catalogue) {
    std::printf("%s\n", std::string(c->id).c_str());
    lesson::print_channel(*c);
  }
}

int run(int argc, char** argv) {
  if (argc < 2) throw bad_input{"no command (see --help)"};
  const std::string_view command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::printf("%s", usage);
    return 0;
  }
  if (command == "access") {
    const options o = read_options(argc, argv, {"--person", "--label", "--scheme"});
    const scheme_id within = o.get("--scheme") ? read_scheme(*o.get("--scheme")) : scheme_id::none;
    const person p = read_person(o.need("--person"));
    return report(can_access(p, read_label(o.need("--label"), within)));
  }
  if (command == "transmit" || command == "store") {
    const options o = read_options(
        argc, argv, {"--label", "--channel", "--scheme", "--meets", "--version", "--on", "--accept", "--as-approved"});
    const scheme_id within = o.get("--scheme") ? read_scheme(*o.get("--scheme")) : scheme_id::none;
    const label l = read_label(o.need("--label"), within);
    const channel& c = read_channel(o.need("--channel"));
    const deployment dep = read_deployment(o, c);
    return report(command == "transmit" ? may_transmit(l, c, dep) : may_store(l, c, dep), c.name);
  }
  if (command == "convert") {
    const options o = read_options(argc, argv, {"--label", "--to", "--scheme"});
    const scheme_id within = o.get("--scheme") ? read_scheme(*o.get("--scheme")) : scheme_id::none;
    const label l = read_label(o.need("--label"), within);
    const std::string_view to = o.need("--to");
    std::string out;
    wire_error error = wire_error::none;
    if (to == "marking" || to == "banner" || to == "portion") {
      const marking_form form = to == "banner" ? marking_form::banner : to == "portion" ? marking_form::portion
                                                                                         : marking_form::canonical;
      out = format_marking(l, form).view();
      if (out.empty()) error = wire_error::invalid_label;
    } else if (to == "4774" || to == "4778" || to == "xep-0258") {
      const wire_text w = to == "4774" ? write_4774(l) : to == "4778" ? write_4778(l) : write_xep0258(l);
      out = w.view();
      error = w.error;
    } else if (to == "ess") {
      const ess_text w = write_ess_base64(l);
      out = w.view();
      error = w.error;
    } else {
      throw bad_input{"--to: unknown format " + quoted(to) + " (marking, banner, portion, 4774, 4778, ess, xep-0258)"};
    }
    if (error != wire_error::none)
      throw bad_input{"--to " + std::string(to) + ": cannot write the label: " + std::string(to_string(error))};
    std::printf("%s\n", out.c_str());
    return 0;
  }
  const auto listing = [&](void (*print)()) {
    if (argc > 2) throw bad_input{std::string(command) + " takes no options"};
    print();
    return 0;
  };
  if (command == "matrix") return listing(print_matrix);
  if (command == "channels") return listing(print_channels);
  if (command == "schemes")
    return listing([] {
      lesson::print_equivalence_table();
      for (const scheme* s : builtin_schemes.schemes()) {
        std::printf("\n");
        lesson::print_scheme_levels(*s);
      }
    });
  if (command == "reference") return listing(print_reference);
  if (command == "spif") {
    if (argc < 3 || std::string_view(argv[2]).starts_with("--")) throw bad_input{"spif: which scheme? (spif CODE)"};
    const found<scheme> s = builtin_schemes.find(read_scheme(argv[2]));
    const options o = read_options(argc, argv, {"--created"}, 3);
    spif::export_options e;
    if (const std::optional<std::string_view> created = o.get("--created")) {
      e.creation_date = std::string(*created);
    } else {
      const std::time_t now = std::time(nullptr);
      char stamp[32];
      std::strftime(stamp, sizeof stamp, "%Y%m%d%H%M%SZ", std::gmtime(&now));
      e.creation_date = stamp;
    }
    std::printf("%s", spif::write(spif::document_of(builtin_schemes, *s, e)).c_str());
    return 0;
  }
  throw bad_input{"unknown command " + quoted(command) + " (see --help)"};
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const bad_input& e) {
    std::fprintf(stderr, "clearance-check: %s\n", e.what.c_str());
    return 2;
  }
}
