// SPDX-License-Identifier: MIT
//
// Security policy files, stage 3: a scheme written as a C++ data header, in the form of
// data/*.hpp, for a policy to be checked at compile time. Run time only: clearance-spif
// (tools/clearance_spif.cpp) loads a SPIF with spif::load and writes what it loaded with
// data_header_of, so a scheme has one import path whether it is loaded or generated.
//
//     std::ofstream("acme.hpp") << clearance::spif::data_header_of(loaded.scheme(), {.name_space = "acme"});
//
// The header defines, in its namespace: `id`, `owner`, a `level` constant per level (named after
// its policy name: "ZEER GEHEIM" -> zeer_geheim), `levels`, the scheme's tables and `scheme`;
// every row keeps its citation (for a SPIF, the file, element and line it was read from).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../core/categories.hpp"
#include "../core/parties.hpp"
#include "../core/quiet_shadow.hpp"
#include "../core/slice.hpp"
#include "../core/scheme.hpp"
#include "../text/names.hpp"

CLEARANCE_DETAIL_QUIET_SHADOW_BEGIN

namespace clearance::inline v0::spif {

struct header_options {
  std::string_view name_space{};  ///< the namespace of the header, e.g. "acme" or "acme::policy"
  std::string_view generator{};   ///< what wrote it, for its first comment ("clearance-spif acme.xml")
};

namespace detail {

/// `s` as a C++ string literal (UTF-8 kept; quotes, backslashes and control characters escaped).
inline std::string literal(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (b < 0x20 || b == 0x7F) {
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 15];
      out += "\"\"";  // ends the escape: the next character is never read as a hex digit
    } else {
      out += c;
    }
  }
  return out + "\"";
}

/// A C++ identifier from a name: ASCII letters and digits lowered, anything else one '_'.
inline std::string identifier(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if (!out.empty() && out.back() != '_')
      out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "level_" + out;
  return out;
}

inline std::string cite(const citation& c) {
  static constexpr std::string_view names[] = {"verified", "secondary", "inference", "unverified"};
  return "{" + literal(c.ref) + ", confidence::" + std::string(names[static_cast<std::size_t>(c.conf)]) + "}";
}

inline std::string party_name(party p) {
  const found<party_info> info = find_party(p);
  return info ? "party::" + identifier(info->code) : "party::none";
}

inline std::string parties(party_set set) {
  std::string out = "party_set{";
  bool first = true;
  for (const party_info& p : clearance::parties)
    if (p.id != party::none && set.contains(p.id)) {
      out += (first ? "" : ", ") + party_name(p.id);
      first = false;
    }
  return out + "}";
}

inline std::string category_name(category c) {
  if (is_compartment(c)) return "compartment(" + std::to_string(static_cast<int>(c) - first_compartment_bit) + ")";
  if (is_host_category(c)) return "host_category(" + std::to_string(static_cast<int>(c) - first_host_category) + ")";
  const found<category_info> info = find_category(c);
  return info ? "category::" + identifier(info->name) : "category::invalid";
}

inline std::string categories_of(category_set set) {
  std::string out = "category_set{";
  bool first = true;
  set.for_each([&](category c) {
    out += (first ? "" : ", ") + category_name(c);
    first = false;
  });
  return out + "}";
}

inline std::string contexts_of(context_set set) {
  static constexpr std::string_view names[] = {"national", "eu_exchange", "nato_exchange"};
  std::string out = "context_set{";
  bool first = true;
  for (const context c : all_contexts)
    if (set.contains(c)) {
      out += (first ? "" : ", ") + std::string("context::") + std::string(names[static_cast<std::size_t>(c)]);
      first = false;
    }
  return out + "}";
}

inline std::string date_of(date d) {
  return d.known() ? "date{" + std::to_string(d.year()) + ", " + std::to_string(d.month()) + ", " +
                         std::to_string(d.day()) + "}"
                   : "date{}";
}

inline std::string period_of(period p) { return "period{" + date_of(p.from) + ", " + date_of(p.until) + "}"; }

inline std::string boolean(bool b) { return b ? "true" : "false"; }

inline std::string tag_type_name(tag_type t) {
  static constexpr std::string_view names[] = {"restrictive", "enumerated_restrictive",
                                               "permissive",  "enumerated_permissive",
                                               "informative", "informative_enumerated"};
  return "tag_type::" + std::string(names[static_cast<std::size_t>(t)]);
}

/// The rows of a mapping table's direction as an array; nothing for an empty direction.
inline std::string correspondences(const std::string& name, slice<const correspondence> rows) {
  static constexpr std::string_view kinds[] = {"equivalent", "handled_as", "no_equivalent"};
  if (rows.empty()) return {};
  std::string out = "inline constexpr correspondence " + name + "[] = {\n";
  for (const correspondence& r : rows)
    out += "    {" + std::to_string(r.from) + ", " + std::to_string(r.to) +
           ", mapping::" + std::string(kinds[static_cast<std::size_t>(r.kind)]) + ", " + cite(r.source) + "},\n";
  return out + "};\n";
}

}  // namespace detail

/// The data header of `s`, in the form of data/*.hpp. A level's marking in a language holds its
/// language and text; a table whose direction is empty writes `{}` for it.
inline std::string data_header_of(const scheme& s, const header_options& o) {
  using namespace detail;
  std::string h = "// Generated by " + std::string(o.generator.empty() ? "clearance" : o.generator) +
                  ": do not edit; edit the policy and generate again.\n"
                  "// The scheme " +
                  std::string(s.name) + " (" + std::string(s.code) +
                  "), in the form of clearance's data/*.hpp.\n"
                  "#pragma once\n\n#include <clearance/core/scheme.hpp>\n\n"
                  "namespace " +
                  std::string(o.name_space) +
                  " {\n\nusing namespace clearance;\n\n"
                  "inline constexpr scheme_id id{" +
                  std::to_string(static_cast<int>(s.id)) +
                  "};\n"
                  "inline constexpr party owner = " +
                  party_name(s.owner) + ";\n\n";
  std::vector<std::string> names;
  for (const level_info& info : s.levels) {
    std::string name = identifier(info.ascii.empty() ? policy_name(info) : info.ascii);
    if (!clearance::detail::is_ascii(policy_name(info)) && info.ascii.empty())
      name = "level_" + std::to_string(info.rank);
    for (const std::string& n : names)
      if (n == name) name += "_" + std::to_string(info.rank);
    names.push_back(name);
    h += "inline constexpr level " + name + "{id, " + std::to_string(info.rank) + ", owner};\n";
  }
  h += "\ninline constexpr level_info levels[] = {\n";
  for (const level_info& info : s.levels) {
    h += "    {" + std::to_string(info.rank) + ", " + literal(info.name) + ", " + literal(info.ascii) + ", " +
         literal(info.abbreviation) + ",\n     {{";
    for (std::size_t k = 0; k < info.markings.size(); ++k) {
      h += std::string(k == 0 ? "" : ", ") +
           "{language::" + std::string(language_codes[static_cast<std::size_t>(info.markings[k].lang)]) + ", " +
           literal(info.markings[k].text) + "}";
    }
    h += "}},\n     " + literal(info.damage) + ", " + boolean(info.classified) + ",\n     " + cite(info.source) +
         ",\n     " + cite(info.damage_source) + ",\n     " + std::to_string(info.code) + ", " +
         literal(info.policy_name) + ", " + literal(info.fgcolor) + ", " + literal(info.bgcolor) + "},\n";
  }
  h += "};\n\n";

  // Each table as an array; none for an empty one (the scheme then holds `{}`).
  const auto array = [&h](std::string_view type, std::string_view name, const std::vector<std::string>& rows) {
    if (rows.empty()) return;
    h += "inline constexpr " + std::string(type) + " " + std::string(name) + "[] = {\n";
    for (const std::string& r : rows) h += "    " + r + ",\n";
    h += "};\n\n";
  };
  std::vector<std::string> rows;
  for (const clearance_grade& g : s.personnel.grades)
    rows.push_back("{" + std::to_string(g.grade) + ", " + literal(g.name) + ", " + literal(g.ascii) + ", " +
                   std::to_string(g.covers_up_to) + ", " + cite(g.source) + "}");
  array("clearance_grade", "grades", rows);

  rows.clear();
  for (std::size_t i = 0; i < s.mappings.size(); ++i) {
    const mapping_table& t = s.mappings[i];
    const std::string n = std::to_string(i);
    h += correspondences("to_hub_" + n, t.to_hub) + correspondences("from_hub_" + n, t.from_hub);
    rows.push_back("{scheme_id{" + std::to_string(static_cast<int>(t.hub)) + "}, " +
                   (t.to_hub.empty() ? std::string("{}") : "to_hub_" + n) + ", " +
                   (t.from_hub.empty() ? std::string("{}") : "from_hub_" + n) + ", " + contexts_of(t.contexts) + ", " +
                   period_of(t.in_force) + ", " + cite(t.source) + "}");
  }
  if (!rows.empty()) h += "\n";
  array("mapping_table", "mappings", rows);
  rows.clear();
  for (const spelling& x : s.spellings)
    rows.push_back("{" + literal(x.text) + ", " + std::to_string(x.rank) + ", " + categories_of(x.categories) + ", " +
                   cite(x.source) + "}");
  array("spelling", "spellings", rows);
  rows.clear();
  for (const marking_context& x : s.contexts)
    rows.push_back("{" + literal(x.word) + ", " + parties(x.releasable_to) + ", " + cite(x.source) + ", " +
                   std::to_string(x.code) + "}");
  array("marking_context", "contexts", rows);
  rows.clear();
  for (const release_ceiling& x : s.release_ceilings)
    rows.push_back("{" + party_name(x.to) + ", " + std::to_string(x.max_rank) + ", " + cite(x.source) + "}");
  array("release_ceiling", "release_ceilings", rows);
  rows.clear();
  for (const category_info& c : s.categories)
    rows.push_back("{" + category_name(c.id) + ", " + literal(c.name) +
                   ", category_kind::" + (c.kind == category_kind::restrictive ? "restrictive" : "informative") + ", " +
                   std::to_string(c.min_rank) + ", " + cite(c.source) + ", " + std::to_string(c.code) + ", " +
                   literal(c.tag_set) + ", " + boolean(c.obsolete) + ", " + categories_of(c.excludes) + ", " +
                   categories_of(c.needs) + "}");
  array("category_info", "categories", rows);
  rows.clear();
  for (const tag_set_info& t : s.tag_sets)
    rows.push_back("{" + literal(t.id) + ", " + literal(t.name) + ", " + tag_type_name(t.type) + ", " + cite(t.source) +
                   "}");
  array("tag_set_info", "tag_sets", rows);
  rows.clear();
  for (const category_requirement& q : s.requirements)
    rows.push_back("{" + (q.with == category::invalid ? std::string("category::invalid") : category_name(q.with)) +
                   ", " + std::to_string(q.rank) + ", how_many::" +
                   (q.need == how_many::all           ? "all"
                    : q.need == how_many::one_or_more ? "one_or_more"
                                                      : "only_one") +
                   ", " + categories_of(q.of) + ", " + cite(q.source) + "}");
  array("category_requirement", "requirements", rows);

  const auto span_of = [](bool empty, std::string_view name) { return empty ? std::string("{}") : std::string(name); };
  const list_tag_sets& l = s.list_tags;
  h += "inline constexpr clearance::scheme scheme{\n"
       "    .id = id,\n"
       "    .name = " +
       literal(s.name) +
       ",\n"
       "    .code = " +
       literal(s.code) +
       ",\n"
       "    .owner = owner,\n"
       "    .levels = levels,\n"
       "    .mappings = " +
       span_of(s.mappings.empty(), "mappings") +
       ",\n"
       "    .personnel = {.grades = " +
       span_of(s.personnel.grades.empty(), "grades") +
       ", .clearance_from = " + std::to_string(s.personnel.clearance_from) +
       ", .clearance_source = " + cite(s.personnel.clearance_source) +
       ", .national_rule = " + boolean(s.personnel.national_rule) +
       ", .national_rule_source = " + cite(s.personnel.national_rule_source) +
       "},\n"
       "    .organisation = {" +
       boolean(s.organisation.required) + ", " + cite(s.organisation.source) +
       "},\n"
       "    .briefing = {" +
       boolean(s.briefing.required) + ", " + cite(s.briefing.source) +
       "},\n"
       "    .spellings = " +
       span_of(s.spellings.empty(), "spellings") +
       ",\n"
       "    .contexts = " +
       span_of(s.contexts.empty(), "contexts") +
       ",\n"
       "    .implied_releasability = " +
       parties(s.implied_releasability) +
       ",\n"
       "    .release_ceilings = " +
       span_of(s.release_ceilings.empty(), "release_ceilings") +
       ",\n"
       "    .categories = " +
       span_of(s.categories.empty(), "categories") +
       ",\n"
       "    .tag_sets = " +
       span_of(s.tag_sets.empty(), "tag_sets") +
       ",\n"
       "    .requirements = " +
       span_of(s.requirements.empty(), "requirements") +
       ",\n"
       "    .only_word = " +
       literal(s.only_word) +
       ",\n"
       "    .policy_id = " +
       literal(s.policy_id) +
       ",\n"
       "    .list_tags = {" +
       literal(l.releasable_to) + ", " + literal(l.only) + ", " + literal(l.context) + ", {" +
       literal(l.list_follows.word) + ", " + std::to_string(l.list_follows.code) +
       "}},\n"
       "    .in_use = " +
       period_of(s.in_use) +
       ",\n"
       "    .in_use_source = " +
       cite(s.in_use_source) +
       ",\n"
       "};\n\n}  // namespace " +
       std::string(o.name_space) + "\n";
  return h;
}

}  // namespace clearance::inline v0::spif

CLEARANCE_DETAIL_QUIET_SHADOW_END
