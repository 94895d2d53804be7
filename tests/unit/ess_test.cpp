// SPDX-License-Identifier: MIT
//
// ESS security labels (wire/ess.hpp) and the DER and base64 under them (wire/der.hpp,
// wire/base64.hpp): labels written against vectors built here by hand from RFC 2634, X.690 and
// ACP 145(A); round trips at run time and at compile time; each class of input refused, with its
// error kind and offset.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <clearance/clearance.hpp>
#include <clearance/wire/base64.hpp>
#include <clearance/wire/der.hpp>
#include <clearance/wire/ess.hpp>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

using namespace clearance;

namespace {

using bytes = std::vector<std::uint8_t>;

// ---------------------------------------------------------------- DER built by hand

/// tag, length (short or long form), contents.
bytes tlv(std::uint8_t tag, const bytes& content) {
  bytes out{tag};
  const std::size_t n = content.size();
  if (n < 0x80) {
    out.push_back(static_cast<std::uint8_t>(n));
  } else if (n < 0x100) {
    out.push_back(0x81);
    out.push_back(static_cast<std::uint8_t>(n));
  } else {
    out.push_back(0x82);
    out.push_back(static_cast<std::uint8_t>(n >> 8));
    out.push_back(static_cast<std::uint8_t>(n & 0xFF));
  }
  out.insert(out.end(), content.begin(), content.end());
  return out;
}

bytes join(std::initializer_list<bytes> parts) {
  bytes out;
  for (const bytes& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

/// INTEGER 0..32767, in the fewest octets.
bytes integer(int v) {
  if (v < 0x80) return {0x02, 0x01, static_cast<std::uint8_t>(v)};
  if (v < 0x8000) return {0x02, 0x02, static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v & 0xFF)};
  return {};
}

/// BIT STRING of a named bit list: bit n is 0x80 >> (n % 8) of octet n / 8; no trailing zero bits.
bytes bitmap(std::initializer_list<int> set) {
  const int last = *std::max_element(set.begin(), set.end());
  bytes content(static_cast<std::size_t>(last / 8 + 2), 0);
  content[0] = static_cast<std::uint8_t>(7 - last % 8);
  for (const int b : set) content[static_cast<std::size_t>(b / 8 + 1)] |= static_cast<std::uint8_t>(0x80 >> (b % 8));
  return tlv(0x03, content);
}

/// SET OF SecurityAttribute, in the order given.
bytes attributes(std::initializer_list<int> codes) {
  bytes content;
  for (const int c : codes) {
    const bytes i = integer(c);
    content.insert(content.end(), i.begin(), i.end());
  }
  return tlv(0x31, content);
}

// Object identifiers, encoded by hand (X.690 §8.19).
const bytes nato_policy = {0x06, 0x05, 0x2B, 0x1A, 0x01, 0x03, 0x01};  // 1.3.26.1.3.1
/// The sample NATO policy's tag set 1.3.26.1.4.n (1 Additional Sensitivity, 2 Releasable To,
/// 3 Administrative, 4 Context, 5 Only).
bytes nato_tag_set(std::uint8_t n) { return {0x06, 0x05, 0x2B, 0x1A, 0x01, 0x04, n}; }
/// [0] IMPLICIT OBJECT IDENTIFIER 2.16.840.1.101.2.1.8.3.n (ACP 145(A) security category types:
/// 0 restrictive, 1 enumerated permissive, 2 permissive, 3 informative, 4 enumerated restrictive).
bytes acp145_type(std::uint8_t n) { return {0x80, 0x0A, 0x60, 0x86, 0x48, 0x01, 0x65, 0x02, 0x01, 0x08, 0x03, n}; }

constexpr std::uint8_t restrictive = 0, enumerated_permissive = 1, permissive = 2, informative = 3,
                       enumerated_restrictive = 4;

/// SecurityCategory ::= SEQUENCE { type [0] OID, value [1] EXPLICIT SEQUENCE { tagName, values } }.
bytes security_category(std::uint8_t type, const bytes& tag_name, const bytes& values) {
  return tlv(0x30, join({acp145_type(type), tlv(0xA1, tlv(0x30, join({tag_name, values})))}));
}

/// SET OF, members sorted by their encodings (X.690 §11.6).
bytes set_of(std::vector<bytes> members) {
  std::sort(members.begin(), members.end());
  bytes content;
  for (const bytes& m : members) content.insert(content.end(), m.begin(), m.end());
  return tlv(0x31, content);
}

/// The Context value NATO (lacv 1001), and with it Releasable (lacv 10000): ADatP-4774 sample SPIF.
bytes context_cat(std::initializer_list<int> codes) {
  return security_category(permissive, nato_tag_set(4), bitmap(codes));
}

/// A NATO label: classification code, policy, categories (sorted here).
bytes nato_label(int classification, std::vector<bytes> categories = {}) {
  if (categories.empty()) return tlv(0x31, join({integer(classification), nato_policy}));
  return tlv(0x31, join({integer(classification), nato_policy, set_of(std::move(categories))}));
}

/// OBJECT IDENTIFIER <policy_arc>.<tail...>: 2.25 is 105, the UUID arc goes to base 128 here
/// (decimal long division), most significant group first.
bytes library_oid(std::initializer_list<int> tail) {
  bytes content{0x69};
  std::vector<std::uint8_t> groups;
  std::string digits{policy_arc.substr(5)};
  while (digits != "0") {
    std::string quotient;
    int rest = 0;
    for (const char c : digits) {
      rest = rest * 10 + (c - '0');
      if (!quotient.empty() || rest / 128 != 0) quotient += static_cast<char>('0' + rest / 128);
      rest %= 128;
    }
    groups.push_back(static_cast<std::uint8_t>(rest));
    digits = quotient.empty() ? "0" : quotient;
  }
  for (std::size_t i = groups.size(); i-- > 0;)
    content.push_back(static_cast<std::uint8_t>(groups[i] | (i > 0 ? 0x80 : 0)));
  for (const int arc : tail) {
    if (arc >= 128) content.push_back(static_cast<std::uint8_t>(0x80 | (arc >> 7)));
    content.push_back(static_cast<std::uint8_t>(arc & 0x7F));
  }
  return tlv(0x06, content);
}

std::size_t offset_of(const bytes& whole, const bytes& part) {
  const auto at = std::search(whole.begin(), whole.end(), part.begin(), part.end());
  REQUIRE(at != whole.end());
  return static_cast<std::size_t>(at - whole.begin());
}

// ---------------------------------------------------------------- the library's calls

bytes written(const label& l, const ess_privacy_mark& mark = {}) {
  const ess_result r = write_ess(builtin_schemes, l, mark);
  INFO("write error: " << std::string(to_string(r.error)));
  REQUIRE(r.ok());
  return {r.view().begin(), r.view().end()};
}

label read(const bytes& der) {
  const ess_label r = read_ess(builtin_schemes, der);
  INFO("read error: " << std::string(to_string(r.error)) << " at " << r.offset);
  CHECK(r.ok());
  return r.value;
}

struct refusal {
  wire_error error;
  std::size_t offset;
  friend bool operator==(const refusal&, const refusal&) = default;
};
doctest::String toString(const refusal& r) {
  return (std::string(to_string(r.error)) + " at " + std::to_string(r.offset)).c_str();
}

refusal refused(const bytes& der) {
  const ess_label r = read_ess(builtin_schemes, der);
  if (!r.ok()) {
    CHECK(r.value == label{});
    CHECK(r.privacy_mark().type == privacy_mark_type::none);
  }
  return {r.error, r.offset};
}

refusal refused64(std::string_view text) {
  const ess_label r = read_ess_base64(builtin_schemes, text);
  return {r.error, r.offset};
}

wire_error write_error(const label& l, const ess_privacy_mark& mark = {}) {
  return write_ess(builtin_schemes, l, mark).error;
}

bytes der_of(std::string_view text) {
  bytes out(text.size(), 0);
  const base64::decoded d = base64::decode(text, out);
  REQUIRE(d.ok());
  out.resize(d.size);
  return out;
}

const label nato_secret = label{nato::secret};
const party_set kfor = nato::contexts[3].releasable_to;

}  // namespace

// ---------------------------------------------------------------- the worked example

TEST_CASE("ess: the XEP-0258 example MQYCAQQGASk= is DER for SET { INTEGER 4, OID 1.1 }") {
  const bytes example = der_of("MQYCAQQGASk=");
  CHECK(example == bytes{0x31, 0x06, 0x02, 0x01, 0x04, 0x06, 0x01, 0x29});

  // The DER layer reads it.
  der::reader top{example};
  der::element set{}, cls{}, policy{};
  REQUIRE(top.expect(der::tag::set, set).ok());
  CHECK(top.at_end());
  der::reader members{example, set};
  REQUIRE(members.expect(der::tag::integer, cls).ok());
  REQUIRE(members.expect(der::tag::object_identifier, policy).ok());
  CHECK(members.at_end());
  long long code = 0;
  REQUIRE(der::read_integer(cls, code).ok());
  CHECK(code == 4);
  der::oid_text text{};
  REQUIRE(der::decode_oid(policy.content, policy.content_offset, text).ok());
  CHECK(text.view() == "1.1");

  // Its syntax is an ESS label's.
  const wire::ess_fields f = wire::parse_ess(example);
  REQUIRE(f.ok());
  CHECK(f.classification_code == 4);
  CHECK(f.policy.offset == 5);
  CHECK(f.category_count == 0);

  // Policy 1.1 is none of the built-in schemes': refused at the identifier.
  CHECK(refused(example) == refusal{wire_error::unknown_policy, 5});
  CHECK(refused64("MQYCAQQGASk=") == refusal{wire_error::unknown_policy, 5});
}

// ---------------------------------------------------------------- labels against hand-built DER

TEST_CASE("ess: NATO labels are written as the vectors built from RFC 2634 and ACP 145(A)") {
  // A NATO label carries its Context: NATO (1001), as ADatP-4774 Table 17 no. 2.
  CHECK(written(nato_secret) == nato_label(4, {context_cat({1001})}));
  // Additional Sensitivity: a restrictive bit map, ATOMAL = bit 1.
  CHECK(written(nato_secret.with(category::atomal)) ==
        nato_label(4, {context_cat({1001}), security_category(restrictive, nato_tag_set(1), bitmap({1}))}));
  // Administrative: informative, bitSetAttributes, STAFF = bit 2 (Table 17 no. 3).
  CHECK(written(label{nato::unclassified}.with(category::staff)) ==
        nato_label(1, {context_cat({1001}), security_category(informative, nato_tag_set(3), bitmap({2}))}));
  // Releasable To: enumerated permissive, ISO 3166 numbers (JPN 392) and NATO 1001; the Context
  // says a list follows (Releasable, 10000), as Table 17 no. 4.
  CHECK(written(label{nato::restricted}.releasable({party::nato, party::jpn})) ==
        nato_label(2, {context_cat({1001, 10000}),
                       security_category(enumerated_permissive, nato_tag_set(2), attributes({392, 1001}))}));
  // A context of the policy: KFOR (1005) alone, as Table 17 no. 6; with an Only list.
  CHECK(written(label{nato::confidential}.releasable(kfor)) == nato_label(3, {context_cat({1005})}));
  CHECK(
      written(label{nato::confidential}.releasable(kfor).only_for({party::nato, party::irl, party::swe, party::ukr})) ==
      nato_label(3, {context_cat({1005}),
                     security_category(enumerated_permissive, nato_tag_set(5), attributes({372, 752, 804, 1001}))}));
}

TEST_CASE("ess: the compartments' tag set lies under the library's arc 2.25.<UUID>.2.1") {
  CHECK(library_oid({2, 1}).size() == 2 + 1 + 19 + 2);
  CHECK(written(nato_secret.with(compartment(0)).with(compartment(9))) ==
        nato_label(4, {context_cat({1001}), security_category(restrictive, library_oid({2, 1}), bitmap({0, 9}))}));
}

TEST_CASE("ess: SET members in canonical tag order - the privacy mark by its chosen string type") {
  const bytes cats = set_of({context_cat({1001})});
  // UTF8String (12) before the categories' SET (17), PrintableString (19) after it: X.680 §8.6
  // orders tags by number, the constructed bit is not part of a tag.
  const ess_privacy_mark utf8{privacy_mark_type::utf8, "\xC3\xA9t\xC3\xA9"};
  const ess_privacy_mark printable{privacy_mark_type::printable, "EXERCISE ONLY"};
  CHECK(written(nato_secret, utf8) ==
        tlv(0x31, join({integer(4), nato_policy, tlv(0x0C, {0xC3, 0xA9, 't', 0xC3, 0xA9}), cats})));
  const bytes with_printable = written(nato_secret, printable);
  CHECK(with_printable == tlv(0x31, join({integer(4), nato_policy, cats,
                                          tlv(0x13, bytes(printable.text.begin(), printable.text.end()))})));
  // The mark is read back as written, beside the label.
  const ess_label r = read_ess(builtin_schemes, with_printable);
  REQUIRE(r.ok());
  CHECK(r.value == nato_secret);
  CHECK(r.privacy_mark().type == privacy_mark_type::printable);
  CHECK(r.privacy_mark().text == printable.text);
  const ess_label u = read_ess(builtin_schemes, written(nato_secret, utf8));
  CHECK(u.privacy_mark().type == privacy_mark_type::utf8);
  CHECK(u.privacy_mark().text == utf8.text);
  // Before the SET, a PrintableString is out of order (as a writer sorting a SET by encodings puts it).
  const bytes misplaced = tlv(0x31, join({integer(4), nato_policy, tlv(0x13, {'A'}), cats}));
  CHECK(refused(misplaced) == refusal{wire_error::set_order, offset_of(misplaced, cats)});
}

// ---------------------------------------------------------------- round trips

TEST_CASE("ess: NATO labels round trip: categories, contexts, lists, ONLY") {
  const std::vector<label> labels = {
      nato_secret,
      label{nato::cosmic_top_secret}.with(category::atomal).with(category::crypto),
      label{nato::unclassified}.with(category::staff).with(category::medical),
      nato_secret.with(compartment(0)).with(compartment(47)).with(category::bohemia),
      label{nato::restricted}.releasable({party::nato, party::jpn}),
      label{nato::restricted}.releasable({party::nato, party::jpn, party::che, party::ukr}),
      label{nato::unclassified}.releasable({party::nato, party::isaf, party::kfor, party::resolute_support}),
      label{nato::confidential}.releasable({party::jpn}),
      nato_secret.only_for({party::nato, party::irl, party::swe, party::ukr}),
      label{nato::confidential}.releasable(kfor).only_for({party::nato, party::irl}),
  };
  for (const label& l : labels) {
    INFO("label: " << std::string(format_marking(l).view()));
    REQUIRE(is_valid(l));
    CHECK(read(written(l)) == l);
    const ess_text text = write_ess_base64(builtin_schemes, l);
    REQUIRE(text.ok());
    CHECK(read_ess_base64(builtin_schemes, text.view()).value == l);
  }
  // Each context of the policy: a label releasable to its parties carries the context alone.
  for (std::size_t i = 0; i < nato::scheme.contexts.size(); ++i) {
    const marking_context& c = nato::scheme.contexts[i];
    const label l = label{nato::confidential}.releasable(c.releasable_to);
    INFO("context " << std::string(c.word));
    CHECK(written(l) == nato_label(3, {context_cat({c.code})}));
    CHECK(read(written(l)) == l);
  }
}

TEST_CASE("ess: Dutch labels round trip, REL TO in the library's list tag set") {
  const label plain{nld::stg_geheim};
  const int code = level_code(*find_level(nld::stg_geheim));
  // Policy <arc>.1.528 (the library's arc with the scheme's number). No context tag set: a label
  // releasable to its owner carries no list at all.
  CHECK(written(plain) == tlv(0x31, join({integer(code), library_oid({1, 528})})));
  CHECK(read(written(plain)) == plain);
  // Releasable To: the library's tag set <arc>.2.2, ISO 3166 numbers (BEL 56, DEU 276, NLD 528).
  CHECK(
      written(label{nld::stg_geheim}.releasable({party::nld, party::deu, party::bel})) ==
      tlv(0x31,
          join({integer(code), library_oid({1, 528}),
                set_of({security_category(enumerated_permissive, library_oid({2, 2}), attributes({56, 276, 528}))})})));
  const label rel = label{nld::stg_confidentieel}.releasable({party::nld, party::deu, party::bel});
  const ess_label r = read_ess(builtin_schemes, written(rel));
  REQUIRE(r.ok());
  CHECK(r.value == rel);
  CHECK(r.value.releasable_to.contains(party::deu));
  CHECK_FALSE(r.value.releasable_to.contains(party::fra));
}

TEST_CASE("ess: every level of every built-in scheme, every category and compartment, every party") {
  for (const scheme* s : builtin_schemes.schemes())
    for (const level_info& lv : s->levels) {
      const label l{level_of(*s, lv.rank)};
      INFO(std::string(s->name) << " rank " << lv.rank);
      CHECK(read(written(l)) == l);
    }
  const label cts{nato::cosmic_top_secret};
  for (const category_info& c : categories) {
    INFO(std::string(c.name));
    CHECK(read(written(cts.with(c.id))) == cts.with(c.id));
  }
  for (int n = 0; n < compartment_count; ++n)
    CHECK(read(written(cts.with(compartment(n)))) == cts.with(compartment(n)));
  // A party with a number travels; one without (the EU) cannot be written.
  for (const party_info& p : parties) {
    if (p.id == party::none) continue;
    const label l = label{nato::restricted}.releasable({party::nato, p.id});
    INFO(std::string(p.code));
    const ess_result w = write_ess(builtin_schemes, l);
    if (p.number == 0) {
      CHECK(w.error == wire_error::no_code);
      continue;
    }
    REQUIRE(w.ok());
    CHECK(read_ess(builtin_schemes, w.view()).value == l);
    const label only = label{nato::restricted}.only_for({p.id});
    CHECK(read(written(only)) == only);
  }
}

TEST_CASE("ess: a label written and read at compile time") {
  static_assert([] {
    const label l = label{nato::secret}.with(category::atomal).with(compartment(3));
    const ess_result w = write_ess(builtin_schemes, l);
    const ess_label r = read_ess(builtin_schemes, w.view());
    return w.ok() && r.ok() && r.value == l;
  }());
  static_assert([] {
    const label l = label{nato::confidential}.releasable(nato::contexts[3].releasable_to).only_for({party::nato});
    const ess_text t = write_ess_base64(builtin_schemes, l, {privacy_mark_type::printable, "X"});
    const ess_label r = read_ess_base64(builtin_schemes, t.view());
    return t.ok() && r.ok() && r.value == l && r.privacy_mark().text == "X";
  }());
  static_assert(read_ess_base64(builtin_schemes, "MQYCAQQGASk=").error == wire_error::unknown_policy);
}

// ---------------------------------------------------------------- DER refused

TEST_CASE("ess: lengths: non-minimal, indefinite, overlong - truncated input - trailing bytes") {
  const bytes good = written(nato_secret);
  REQUIRE(good.size() > 0x80);  // the label's length takes the long form 81 xx
  REQUIRE(good[1] == 0x81);
  CHECK(refused(good).error == wire_error::none);

  bytes two_octets = good;  // 81 xx -> 82 00 xx
  two_octets[1] = 0x82;
  two_octets.insert(two_octets.begin() + 2, 0x00);
  CHECK(refused(two_octets) == refusal{wire_error::bad_length, 1});

  const bytes short_in_long = {0x31, 0x81, 0x06, 0x02, 0x01, 0x04, 0x06, 0x01, 0x29};  // 6 fits the short form
  CHECK(refused(short_in_long) == refusal{wire_error::bad_length, 1});

  const bytes indefinite = {0x31, 0x80, 0x02, 0x01, 0x04, 0x06, 0x01, 0x29, 0x00, 0x00};
  CHECK(refused(indefinite) == refusal{wire_error::bad_length, 1});

  const bytes five_octets = {0x31, 0x85, 0x00, 0x00, 0x00, 0x00, 0x06};
  CHECK(refused(five_octets) == refusal{wire_error::bad_length, 1});
  const bytes reserved = {0x31, 0xFF, 0x00};
  CHECK(refused(reserved) == refusal{wire_error::bad_length, 1});

  // An inner length that is not minimal either.
  bytes inner = nato_label(4);
  inner.insert(inner.begin() + 3, 0x81);  // 02 01 04 -> 02 81 01 04
  inner[1] = static_cast<std::uint8_t>(inner[1] + 1);
  CHECK(refused(inner) == refusal{wire_error::bad_length, 3});

  // Truncated: the input ends inside the SET; at its end.
  for (std::size_t cut : {std::size_t{1}, std::size_t{2}, good.size() / 2, good.size() - 1}) {
    const bytes part(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(cut));
    CHECK(refused(part) == refusal{wire_error::truncated, cut});
  }
  // An element longer than the SET that holds it, with more input after that SET: at the SET's end.
  const bytes overrun = {0x31, 0x0C, 0x02, 0x01, 0x04, 0x06, 0x01, 0x29, 0x31, 0x01, 0x30, 0x13, 0x01, 0x41};
  CHECK(refused(overrun) == refusal{wire_error::truncated, 11});
  const bytes past_end = {0x31, 0x04, 0x02, 0x01, 0x04, 0x06, 0x01, 0x29};
  CHECK(refused(past_end) == refusal{wire_error::trailing_data, 6});

  bytes trailing = good;
  trailing.push_back(0x00);
  CHECK(refused(trailing) == refusal{wire_error::trailing_data, good.size()});
  CHECK(refused({}) == refusal{wire_error::empty, 0});
  CHECK(refused(bytes(max_ess_length + 1, 0x31)) == refusal{wire_error::too_long, max_ess_length});
}

TEST_CASE("ess: tags: the label's SET, unknown and repeated members, their order") {
  CHECK(refused({0x30, 0x03, 0x02, 0x01, 0x04}) == refusal{wire_error::bad_tag, 0});  // a SEQUENCE
  CHECK(refused({0x1F, 0x11, 0x00}) == refusal{wire_error::bad_tag, 0});             // high tag number
  CHECK(refused({0x31, 0x03, 0x04, 0x01, 0x00}) == refusal{wire_error::bad_tag, 2});  // OCTET STRING
  CHECK(refused({0x31, 0x02, 0x00, 0x00}) == refusal{wire_error::bad_tag, 2});        // end-of-contents
  CHECK(refused({0x31, 0x03, 0x22, 0x01, 0x04}) == refusal{wire_error::bad_tag, 2});  // constructed INTEGER
  // OID before INTEGER: not the canonical order.
  const bytes swapped = {0x31, 0x06, 0x06, 0x01, 0x29, 0x02, 0x01, 0x04};
  CHECK(refused(swapped) == refusal{wire_error::set_order, 5});
  const bytes twice = tlv(0x31, join({integer(4), integer(4), nato_policy}));
  CHECK(refused(twice) == refusal{wire_error::duplicate_element, 5});
  const bytes two_marks = tlv(0x31, join({integer(4), nato_policy, tlv(0x0C, {'A'}), tlv(0x13, {'A'})}));
  CHECK(refused(two_marks) == refusal{wire_error::duplicate_element, offset_of(two_marks, tlv(0x13, {'A'}))});
  // No policy; no classification.
  CHECK(refused({0x31, 0x03, 0x02, 0x01, 0x04}) == refusal{wire_error::missing_element, 0});
  CHECK(refused(tlv(0x31, nato_policy)) == refusal{wire_error::missing_element, 0});
  CHECK(refused({0x31, 0x00}) == refusal{wire_error::missing_element, 0});
}

TEST_CASE("ess: INTEGER and OBJECT IDENTIFIER refused") {
  // Non-minimal, empty, negative and above 256 classifications.
  CHECK(refused(tlv(0x31, join({{0x02, 0x02, 0x00, 0x04}, nato_policy}))) == refusal{wire_error::bad_integer, 2});
  CHECK(refused(tlv(0x31, join({{0x02, 0x03, 0xFF, 0xFF, 0x80}, nato_policy}))) == refusal{wire_error::bad_integer, 2});
  CHECK(refused(tlv(0x31, join({{0x02, 0x00}, nato_policy}))) == refusal{wire_error::bad_integer, 2});
  CHECK(refused(tlv(0x31, join({{0x02, 0x01, 0xFF}, nato_policy}))) == refusal{wire_error::bad_integer, 2});
  CHECK(refused(tlv(0x31, join({{0x02, 0x02, 0x01, 0x01}, nato_policy}))) == refusal{wire_error::bad_integer, 2});
  // 256 is a classification ESS allows; NATO has none with that code.
  CHECK(refused(tlv(0x31, join({{0x02, 0x02, 0x01, 0x00}, nato_policy}))) ==
        refusal{wire_error::unknown_classification, 2});
  // A subidentifier padded with 0x80; one cut short; none at all.
  CHECK(refused({0x31, 0x08, 0x02, 0x01, 0x04, 0x06, 0x03, 0x2B, 0x80, 0x01}) == refusal{wire_error::bad_oid, 8});
  CHECK(refused({0x31, 0x07, 0x02, 0x01, 0x04, 0x06, 0x02, 0x2B, 0x81}) == refusal{wire_error::bad_oid, 8});
  CHECK(refused({0x31, 0x05, 0x02, 0x01, 0x04, 0x06, 0x00}) == refusal{wire_error::bad_oid, 7});
}

TEST_CASE("ess: BIT STRING refused: unused bits set, trailing zero octet or bits, no bits") {
  const bytes atomal = security_category(restrictive, nato_tag_set(1), bitmap({1}));  // 03 02 06 40
  const auto with_bits = [&](const bytes& bits) {
    return nato_label(4, {context_cat({1001}), security_category(restrictive, nato_tag_set(1), bits)});
  };
  REQUIRE(read(nato_label(4, {context_cat({1001}), atomal})) == nato_secret.with(category::atomal));
  const bytes unused_set = with_bits({0x03, 0x02, 0x06, 0x41});     // the unused bit 7 is set
  CHECK(refused(unused_set) ==
        refusal{wire_error::bad_bit_string, offset_of(unused_set, {0x03, 0x02, 0x06, 0x41}) + 3});
  const bytes zero_octet = with_bits({0x03, 0x03, 0x06, 0x40, 0x00});  // a trailing zero octet
  CHECK(refused(zero_octet) == refusal{wire_error::bad_bit_string, offset_of(zero_octet, {0x03, 0x03, 0x06}) + 4});
  const bytes zero_bits = with_bits({0x03, 0x02, 0x00, 0x40});      // bits 2..7 zero but used
  CHECK(refused(zero_bits) == refusal{wire_error::bad_bit_string, offset_of(zero_bits, {0x03, 0x02, 0x00, 0x40}) + 3});
  const bytes eight_unused = with_bits({0x03, 0x02, 0x08, 0x00});
  CHECK(refused(eight_unused) == refusal{wire_error::bad_bit_string, offset_of(eight_unused, {0x03, 0x02, 0x08}) + 2});
  const bytes empty_unused = with_bits({0x03, 0x01, 0x03});
  CHECK(refused(empty_unused) == refusal{wire_error::bad_bit_string, offset_of(empty_unused, {0x03, 0x01, 0x03}) + 2});
  // 03 01 00 is DER for no bits; a bit map of no values says nothing and is refused.
  const bytes none = with_bits({0x03, 0x01, 0x00});
  CHECK(refused(none) == refusal{wire_error::missing_element, offset_of(none, {0x03, 0x01, 0x00})});
}

TEST_CASE("ess: SET OF refused: out of order, repeated, empty") {
  const bytes a = context_cat({1001});
  const bytes b = security_category(restrictive, nato_tag_set(1), bitmap({1}));
  REQUIRE(std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end()));
  const bytes reversed = tlv(0x31, join({integer(4), nato_policy, tlv(0x31, join({a, b}))}));
  CHECK(refused(reversed) == refusal{wire_error::set_order, offset_of(reversed, b)});
  const bytes repeated = tlv(0x31, join({integer(4), nato_policy, tlv(0x31, join({a, a}))}));
  CHECK(refused(repeated) == refusal{wire_error::set_order, offset_of(repeated, a) + a.size()});
  const bytes no_categories = tlv(0x31, join({integer(4), nato_policy, {0x31, 0x00}}));
  CHECK(refused(no_categories) == refusal{wire_error::missing_element, offset_of(no_categories, {0x31, 0x00})});
  // SET OF SecurityAttribute: ascending, each once, not empty, not negative.
  const auto rel = [&](const bytes& values) {
    return nato_label(2,
                      {context_cat({1001, 10000}), security_category(enumerated_permissive, nato_tag_set(2), values)});
  };
  REQUIRE(read(rel(attributes({392, 1001}))) == label{nato::restricted}.releasable({party::nato, party::jpn}));
  const bytes descending = rel(attributes({1001, 392}));
  CHECK(refused(descending) == refusal{wire_error::set_order, offset_of(descending, integer(392))});
  const bytes same_twice = rel(attributes({392, 392, 1001}));
  CHECK(refused(same_twice) == refusal{wire_error::set_order, offset_of(same_twice, integer(392)) + 4});
  const bytes empty = rel(attributes({}));
  CHECK(refused(empty) == refusal{wire_error::missing_element, offset_of(empty, {0x31, 0x00})});
  const bytes negative = rel(tlv(0x31, {0x02, 0x01, 0xFF}));
  CHECK(refused(negative) == refusal{wire_error::bad_integer, offset_of(negative, {0x02, 0x01, 0xFF})});
}

TEST_CASE("ess: SecurityCategory refused: tags, extra fields, unknown type, the other syntax") {
  const bytes value = tlv(0x30, join({nato_tag_set(1), bitmap({1})}));
  const bytes ctx = context_cat({1001});
  const auto label_with = [&](const bytes& c) { return nato_label(4, {ctx, c}); };
  // [0] as a universal OID; [1] implicit (81) instead of explicit (A1).
  const bytes universal = tlv(0x30, join({bytes{0x06, 0x0A, 0x60, 0x86, 0x48, 0x01, 0x65, 0x02, 0x01, 0x08, 0x03, 0x00},
                                          tlv(0xA1, value)}));
  CHECK(refused(label_with(universal)) ==
        refusal{wire_error::bad_tag, offset_of(label_with(universal), universal) + 2});
  const bytes implicit = tlv(0x30, join({acp145_type(restrictive), tlv(0x81, value)}));
  CHECK(refused(label_with(implicit)) ==
        refusal{wire_error::bad_tag, offset_of(label_with(implicit), implicit) + 14});
  // A third field in the SecurityCategory, and in the RestrictiveTag.
  const bytes third = tlv(0x30, join({acp145_type(restrictive), tlv(0xA1, value), integer(1)}));
  CHECK(refused(label_with(third)) ==
        refusal{wire_error::unexpected_element, offset_of(label_with(third), third) + 2 + 12 + value.size() + 2});
  const bytes longer = security_category(restrictive, nato_tag_set(1), join({bitmap({1}), integer(1)}));
  CHECK(refused(label_with(longer)) ==
        refusal{wire_error::unexpected_element, offset_of(label_with(longer), integer(1))});
  // A type ACP 145(A) does not have (2.16.840.1.101.2.1.8.3.5).
  const bytes unknown = security_category(5, nato_tag_set(1), bitmap({1}));
  CHECK(refused(label_with(unknown)) == refusal{wire_error::bad_value, offset_of(label_with(unknown), unknown) + 2});
  // A restrictive bit map type with a SET OF value: the value's tag is wrong.
  const bytes other = security_category(restrictive, nato_tag_set(1), attributes({1}));
  CHECK(refused(label_with(other)) == refusal{wire_error::bad_tag, offset_of(label_with(other), attributes({1}))});
}

TEST_CASE("ess: privacy marks refused: characters, length, encoding") {
  const bytes ctx = set_of({context_cat({1001})});
  const auto with_mark = [&](const bytes& mark) { return tlv(0x31, join({integer(4), nato_policy, mark, ctx})); };
  const bytes overlong = with_mark(tlv(0x0C, {'a', 0xC0, 0x80}));
  CHECK(refused(overlong) == refusal{wire_error::bad_string, offset_of(overlong, {0x0C, 0x03}) + 3});
  const bytes surrogate = with_mark(tlv(0x0C, {0xED, 0xA0, 0x80}));
  CHECK(refused(surrogate) == refusal{wire_error::bad_string, offset_of(surrogate, {0x0C, 0x03}) + 2});
  const bytes empty = with_mark({0x0C, 0x00});
  CHECK(refused(empty) == refusal{wire_error::bad_string, offset_of(empty, {0x0C, 0x00})});
  const bytes at_sign = tlv(0x31, join({integer(4), nato_policy, ctx, tlv(0x13, {'a', '@'})}));
  CHECK(refused(at_sign) == refusal{wire_error::bad_string, at_sign.size() - 1});
  const bytes long_printable = tlv(0x31, join({integer(4), nato_policy, ctx, tlv(0x13, bytes(129, 'A'))}));
  CHECK(refused(long_printable) == refusal{wire_error::bad_string, offset_of(long_printable, {0x13, 0x81, 0x81})});
  CHECK(read(tlv(0x31, join({integer(4), nato_policy, ctx, tlv(0x13, bytes(128, 'A'))}))) == nato_secret);
  const bytes long_utf8 = with_mark(tlv(0x0C, bytes(max_privacy_mark_length + 1, 'a')));
  CHECK(refused(long_utf8) == refusal{wire_error::too_long, offset_of(long_utf8, {0x0C, 0x82})});
  CHECK(read(with_mark(tlv(0x0C, bytes(max_privacy_mark_length, 'a')))) == nato_secret);
}

// ---------------------------------------------------------------- meaning refused

TEST_CASE("ess: unknown policy, classification, tag set, value") {
  const bytes other_policy = tlv(0x31, join({integer(4), {0x06, 0x05, 0x2B, 0x1A, 0x01, 0x03, 0x02}}));
  CHECK(refused(other_policy) == refusal{wire_error::unknown_policy, 5});
  const bytes nine = nato_label(9, {context_cat({1001})});
  CHECK(refused(nine) == refusal{wire_error::unknown_classification, offset_of(nine, integer(9))});
  const bytes zero = nato_label(0, {context_cat({1001})});
  CHECK(refused(zero) == refusal{wire_error::unknown_classification, offset_of(zero, integer(0))});
  const bytes unknown_set =
      nato_label(4, {context_cat({1001}), security_category(restrictive, nato_tag_set(9), bitmap({1}))});
  CHECK(refused(unknown_set) == refusal{wire_error::unknown_tag_set, offset_of(unknown_set, nato_tag_set(9))});
  // Additional Sensitivity has codes 1..9: bit 12 is none of them (at its octet).
  const bytes unknown_bit =
      nato_label(4, {context_cat({1001}), security_category(restrictive, nato_tag_set(1), bitmap({1, 12}))});
  CHECK(refused(unknown_bit) ==
        refusal{wire_error::unknown_value, offset_of(unknown_bit, bitmap({1, 12})) + bitmap({1, 12}).size() - 1});
  // Releasable To: 999 is no party's number (at its INTEGER).
  const bytes unknown_party =
      nato_label(2, {context_cat({1001, 10000}),
                     security_category(enumerated_permissive, nato_tag_set(2), attributes({392, 999, 1001}))});
  CHECK(refused(unknown_party) == refusal{wire_error::unknown_value, offset_of(unknown_party, integer(999))});
  // Context: 1011 is no context of the policy.
  const bytes unknown_context = nato_label(4, {context_cat({1011})});
  CHECK(refused(unknown_context) ==
        refusal{wire_error::unknown_value, offset_of(unknown_context, bitmap({1011})) + bitmap({1011}).size() - 1});
}

TEST_CASE("ess: a tag set in another type than its policy gives it, or twice") {
  const bytes as_enumerated =
      nato_label(4, {context_cat({1001}), security_category(enumerated_restrictive, nato_tag_set(1), attributes({1}))});
  CHECK(refused(as_enumerated) ==
        refusal{wire_error::wrong_tag_type, offset_of(as_enumerated, acp145_type(enumerated_restrictive))});
  // Administrative is bitSetAttributes: securityAttributes is the other informative syntax.
  const bytes as_attributes =
      nato_label(1, {context_cat({1001}), security_category(informative, nato_tag_set(3), attributes({2}))});
  CHECK(refused(as_attributes) ==
        refusal{wire_error::wrong_tag_type, offset_of(as_attributes, acp145_type(informative))});
  const bytes rel_bits = security_category(permissive, nato_tag_set(2), bitmap({392}));
  const bytes rel_as_bits = nato_label(2, {context_cat({1001, 10000}), rel_bits});
  CHECK(refused(rel_as_bits) == refusal{wire_error::wrong_tag_type, offset_of(rel_as_bits, rel_bits) + 2});
  const bytes ctx_as_list =
      nato_label(4, {security_category(enumerated_permissive, nato_tag_set(4), attributes({1001}))});
  CHECK(refused(ctx_as_list) ==
        refusal{wire_error::wrong_tag_type, offset_of(ctx_as_list, acp145_type(enumerated_permissive))});
  // Additional Sensitivity twice (two encodings, one tag set).
  const bytes first = security_category(restrictive, nato_tag_set(1), bitmap({1}));
  const bytes second = security_category(restrictive, nato_tag_set(1), bitmap({2}));
  const bytes twice = nato_label(4, {context_cat({1001}), first, second});
  // (SET OF order puts bit 2's encoding first: 03 02 05 20 < 03 02 06 40; the later one is the second.)
  CHECK(refused(twice) ==
        refusal{wire_error::duplicate_element, std::max(offset_of(twice, first), offset_of(twice, second))});
}

TEST_CASE("ess: lists: a list without its context value, and lists the writer would write otherwise") {
  // Errors about the lists are at the first list category in the encoding.
  const auto first_of = [](const bytes& whole, const bytes& a, const bytes& b) {
    return std::min(offset_of(whole, a), offset_of(whole, b));
  };
  const bytes rel_jpn = security_category(enumerated_permissive, nato_tag_set(2), attributes({392, 1001}));
  // Releasable To without Releasable in the Context (ADatP-4774 sample SPIF: required with a list).
  const bytes no_follows = nato_label(2, {context_cat({1001}), rel_jpn});
  CHECK(refused(no_follows) ==
        refusal{wire_error::conflicting_parts, first_of(no_follows, context_cat({1001}), rel_jpn)});
  const bytes follows_alone = nato_label(2, {context_cat({1001, 10000})});
  CHECK(refused(follows_alone) ==
        refusal{wire_error::conflicting_parts, offset_of(follows_alone, context_cat({1001, 10000}))});
  // A NATO label without its Context: write_ess would write Context NATO.
  CHECK(refused(nato_label(4)) == refusal{wire_error::missing_element, 0});
  CHECK(refused(nato_label(4, {security_category(restrictive, nato_tag_set(1), bitmap({1}))})) ==
        refusal{wire_error::missing_element, 0});
  // A group with one of its members (BEL 56); the owner's own releasability as a list; two contexts.
  const bytes with_bel = security_category(enumerated_permissive, nato_tag_set(2), attributes({56, 392, 1001}));
  const bytes with_member = nato_label(2, {context_cat({1001, 10000}), with_bel});
  CHECK(refused(with_member) ==
        refusal{wire_error::conflicting_parts, first_of(with_member, context_cat({1001, 10000}), with_bel)});
  const bytes own_as_list = nato_label(
      2, {context_cat({1001, 10000}), security_category(enumerated_permissive, nato_tag_set(2), attributes({1001}))});
  CHECK(refused(own_as_list).error == wire_error::conflicting_parts);
  CHECK(refused(nato_label(3, {context_cat({1001, 1005})})).error == wire_error::conflicting_parts);
  // A list that holds NATO with a Context without it.
  CHECK(refused(nato_label(2, {context_cat({10000}), rel_jpn})).error == wire_error::conflicting_parts);
  // The same lists, as write_ess writes them, are read.
  CHECK(read(nato_label(2, {context_cat({1001, 10000}), rel_jpn})) ==
        label{nato::restricted}.releasable({party::nato, party::jpn}));

  // Dutch (no Context tag set): a list naming only the owner is no list.
  const bytes nld_policy = library_oid({1, 528});
  const bytes only_owner = security_category(enumerated_permissive, library_oid({2, 2}), attributes({528}));
  const bytes nld_own = tlv(0x31, join({integer(4), nld_policy, set_of({only_owner})}));
  CHECK(refused(nld_own) == refusal{wire_error::conflicting_parts, offset_of(nld_own, only_owner)});
  CHECK(read(tlv(0x31, join({integer(4), nld_policy}))) == label{nld::stg_geheim});
}

TEST_CASE("ess: a label that breaks its scheme's rules is refused after reading") {
  // ATOMAL exists at NATO CONFIDENTIAL and above only (domain-brief §4): at RESTRICTED, invalid.
  const bytes nr_atomal =
      nato_label(2, {context_cat({1001}), security_category(restrictive, nato_tag_set(1), bitmap({1}))});
  CHECK(refused(nr_atomal) == refusal{wire_error::invalid_label, offset_of(nr_atomal, integer(2))});
  REQUIRE(read(nato_label(3, {context_cat({1001}), security_category(restrictive, nato_tag_set(1), bitmap({1}))})) ==
          label{nato::confidential}.with(category::atomal));
}

// ---------------------------------------------------------------- writing refused

TEST_CASE("ess: write_ess refuses invalid labels, labels releasable to nobody, values without a code") {
  CHECK(write_error(label{nato::restricted}.with(category::atomal)) == wire_error::invalid_label);
  CHECK(write_error(label{}) == wire_error::invalid_label);
  CHECK(write_error(nato_secret.releasable({})) == wire_error::invalid_label);
  CHECK(write_error(nato_secret.with(compartment(48))) == wire_error::invalid_label);
  // The EU has no number in the sample policy's Releasable To (party_info::number 0).
  REQUIRE(find_party(party::eu)->number == 0);
  CHECK(write_error(nato_secret.releasable({party::nato, party::eu})) == wire_error::no_code);
  CHECK(write_error(nato_secret.only_for({party::eu})) == wire_error::no_code);
  CHECK(write_error(label{eu::secret}.releasable({party::eu, party::jpn})) == wire_error::no_code);
  CHECK(write_ess_base64(builtin_schemes, nato_secret.only_for({party::eu})).error == wire_error::no_code);
  // Privacy marks: the wrong characters for their type, none, too long, text without a type.
  CHECK(write_error(nato_secret, {privacy_mark_type::printable, "a@b"}) == wire_error::bad_string);
  CHECK(write_error(nato_secret, {privacy_mark_type::printable, ""}) == wire_error::bad_string);
  CHECK(write_error(nato_secret, {privacy_mark_type::printable, std::string(129, 'A')}) == wire_error::bad_string);
  CHECK(write_error(nato_secret, {privacy_mark_type::utf8, "\xC3"}) == wire_error::bad_string);
  CHECK(write_error(nato_secret, {privacy_mark_type::utf8, std::string(max_privacy_mark_length + 1, 'a')}) ==
        wire_error::too_long);
  CHECK(write_error(nato_secret, {privacy_mark_type::none, "text"}) == wire_error::bad_string);
  CHECK(write_error(nato_secret, {privacy_mark_type::utf8, "a@b"}) == wire_error::none);
}

// ---------------------------------------------------------------- base64

TEST_CASE("base64: RFC 4648 §10 vectors, both ways") {
  const std::pair<std::string_view, std::string_view> vectors[] = {{"", ""},
                                                                   {"f", "Zg=="},
                                                                   {"fo", "Zm8="},
                                                                   {"foo", "Zm9v"},
                                                                   {"foob", "Zm9vYg=="},
                                                                   {"fooba", "Zm9vYmE="},
                                                                   {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, text] : vectors) {
    fixed_text<16> out;
    const bytes in(plain.begin(), plain.end());
    base64::encode(in, out);
    CHECK(out.view() == text);
    bytes back(8, 0);
    const base64::decoded d = base64::decode(text, back);
    REQUIRE(d.ok());
    back.resize(d.size);
    CHECK(back == in);
  }
  const bytes all = [] {
    bytes b;
    for (int i = 0; i < 256; ++i) b.push_back(static_cast<std::uint8_t>(i));
    return b;
  }();
  fixed_text<400> text;
  base64::encode(all, text);
  CHECK(text.size() == base64::encoded_size(all.size()));
  bytes back(all.size(), 0);
  CHECK(base64::decode(text.view(), back).size == all.size());
  CHECK(back == all);
}

TEST_CASE("base64: non-canonical text refused, with its offset in the text") {
  bytes out(16, 0);
  const auto error = [&](std::string_view text) {
    const base64::decoded d = base64::decode(text, out);
    return refusal{d.error, d.offset};
  };
  CHECK(error("Zm9v") == refusal{wire_error::none, 0});
  CHECK(error("Zm9v YmFy") == refusal{wire_error::bad_base64, 4});   // whitespace
  CHECK(error("Zm9v\nYmFy") == refusal{wire_error::bad_base64, 4});  // a line break
  CHECK(error("Zm-v") == refusal{wire_error::bad_base64, 2});        // base64url's alphabet
  CHECK(error("Zm9") == refusal{wire_error::bad_base64, 3});         // no padding
  CHECK(error("Zg=") == refusal{wire_error::bad_base64, 2});         // half the padding
  CHECK(error("Zg") == refusal{wire_error::bad_base64, 2});
  CHECK(error("Z===") == refusal{wire_error::bad_base64, 1});        // three '='
  CHECK(error("Zg==Zg==") == refusal{wire_error::bad_base64, 2});    // padding inside
  CHECK(error("Zm=v") == refusal{wire_error::bad_base64, 3});        // a character after padding
  CHECK(error("Zh==") == refusal{wire_error::bad_base64, 1});        // pad bits not zero
  CHECK(error("Zm9=") == refusal{wire_error::bad_base64, 2});
  CHECK(error("Zm8=") == refusal{wire_error::none, 0});
  bytes two(2, 0);
  const base64::decoded small = base64::decode("Zm9v", two);
  CHECK(refusal{small.error, small.offset} == refusal{wire_error::too_long, 0});

  // Through the ESS reader: offsets in the text.
  CHECK(refused64("") == refusal{wire_error::empty, 0});
  CHECK(refused64("MQYCAQQGASk") == refusal{wire_error::bad_base64, 11});
  CHECK(refused64(" MQYCAQQGASk=") == refusal{wire_error::bad_base64, 0});
  CHECK(refused64("MQYCAQQGASl=") == refusal{wire_error::bad_base64, 10});
  CHECK(refused64(std::string(max_ess_base64_length + 4, 'A')) == refusal{wire_error::too_long, max_ess_base64_length});
  // A text of the longest length whose bytes are one too many for max_ess_length.
  CHECK(refused64(std::string(max_ess_base64_length, 'A')) ==
        refusal{wire_error::too_long, max_ess_length / 3 * 4});
  // Base64 of bad DER: the DER's error, at its offset in the DER.
  CHECK(refused64("MYEGAgEEBgEp") == refusal{wire_error::bad_length, 1});  // 31 81 06 ...
}

// ---------------------------------------------------------------- der.hpp

TEST_CASE("der: OBJECT IDENTIFIER text, both ways, and the first two arcs") {
  const auto encoded = [](std::string_view text) {
    std::uint8_t out[der::max_oid_length]{};
    const std::size_t n = der::encode_oid(text, out);
    return bytes(out, out + n);
  };
  const auto decoded = [](const bytes& content) {
    der::oid_text t{};
    const der::status st = der::decode_oid(content, 0, t);
    return st.ok() ? std::string(t.view())
                   : "error " + std::string(to_string(st.error)) + " at " + std::to_string(st.offset);
  };
  // X.690 §8.19.5's example {2 999 3}: 88 37 03.
  CHECK(encoded("2.999.3") == bytes{0x88, 0x37, 0x03});
  CHECK(decoded({0x88, 0x37, 0x03}) == "2.999.3");
  // In a constant expression too: there a read of a dead temporary (the digits of an arc) is an
  // error, where at run time it may go unnoticed.
  static_assert([] {
    const std::uint8_t content[] = {0x2B, 0x1A, 0x01, 0x03, 0x01};
    der::oid_text t{};
    return der::decode_oid(content, 0, t).ok() && t.view() == "1.3.26.1.3.1";
  }());
  CHECK(encoded("1.3.26.1.3.1") == bytes{0x2B, 0x1A, 0x01, 0x03, 0x01});
  CHECK(encoded("2.16.840.1.101.2.1.8.3.4") == bytes{0x60, 0x86, 0x48, 0x01, 0x65, 0x02, 0x01, 0x08, 0x03, 0x04});
  CHECK(encoded("0.0") == bytes{0x00});
  CHECK(decoded({0x00}) == "0.0");
  CHECK(encoded("0.39") == bytes{0x27});
  CHECK(encoded("1.39") == bytes{0x4F});
  CHECK(decoded({0x4F}) == "1.39");
  CHECK(decoded({0x50}) == "2.0");
  CHECK(decoded({0x7F}) == "2.47");
  // Arcs beyond 64 bits: the library's own arc, and a first subidentifier that large.
  const std::string uuid_arc = std::string(policy_arc) + ".1.528";
  CHECK(decoded(encoded(uuid_arc)) == uuid_arc);
  CHECK(encoded(uuid_arc).size() == 1 + 19 + 1 + 2);
  const std::string big_second = "2.340282366920938463463374607431768211455";  // 2^128 - 1
  CHECK(decoded(encoded(big_second)) == big_second);
  CHECK(decoded(encoded("2.18446744073709551616.5")) == "2.18446744073709551616.5");  // 2^64
  CHECK(decoded(encoded("1.2.18446744073709551615")) == "1.2.18446744073709551615");
  // Not identifiers.
  for (const std::string_view bad : {"", "1", "1.", ".1", "1..2", "3.1", "0.40", "1.40", "1.03", "01.2", "1.2a", "1.-2",
                                     "00.1", "2.1.02"}) {
    INFO(std::string(bad));
    CHECK(encoded(bad).empty());
  }
  CHECK(encoded("0.39.0").size() == 2);
  CHECK(encoded("1.39.40") == bytes{0x4F, 0x28});  // the rule is for the second arc only
  // Contents refused: empty, padded subidentifiers (first or later), cut short, too long.
  CHECK(decoded({}) == "error bad object identifier at 0");
  CHECK(decoded({0x80, 0x01}) == "error bad object identifier at 0");
  CHECK(decoded({0x2B, 0x80, 0x01}) == "error bad object identifier at 1");
  CHECK(decoded({0x2B, 0x86}) == "error bad object identifier at 1");
  CHECK(decoded(bytes(der::max_oid_length + 1, 0x01)) == "error input too long at 0");
  CHECK(decoded(bytes(der::max_oid_length, 0x7F)).size() < der::max_oid_text);
}

TEST_CASE("der: INTEGER written in the fewest octets reads back") {
  const long long values[] = {0, 1, 127, 128, 255, 256, 32767, 32768, -1, -128, -129, -32768, -32769,
                              LLONG_MAX, LLONG_MIN, 0x7FFFFFFFLL, 0x80000000LL};
  for (const long long v : values) {
    std::uint8_t buffer[16]{};
    der::writer w{buffer};
    w.integer(v);
    const bytes enc(buffer, buffer + w.size());
    der::reader r{enc};
    der::element e{};
    REQUIRE(r.expect(der::tag::integer, e).ok());
    long long back = 0;
    REQUIRE(der::read_integer(e, back).ok());
    CHECK(back == v);
    // Minimal: one octet fewer would not hold it.
    if (e.content.size() > 1) {
      const bool redundant =
          (e.content[0] == 0x00 && e.content[1] < 0x80) || (e.content[0] == 0xFF && e.content[1] >= 0x80);
      CHECK_FALSE(redundant);
    }
  }
  std::uint8_t buffer[8]{};
  der::writer w{buffer};
  w.integer(128);
  CHECK(bytes(buffer, buffer + w.size()) == bytes{0x02, 0x02, 0x00, 0x80});
  der::writer n{buffer};
  n.integer(-129);
  CHECK(bytes(buffer, buffer + n.size()) == bytes{0x02, 0x02, 0xFF, 0x7F});
  // Beyond 64 bits: clamped, for callers' range checks.
  const bytes huge = {0x02, 0x09, 0x01, 0, 0, 0, 0, 0, 0, 0, 0};
  der::reader r{huge};
  der::element e{};
  REQUIRE(r.next(e).ok());
  long long v = 0;
  CHECK(der::read_integer(e, v).ok());
  CHECK(v == LLONG_MAX);
}

TEST_CASE("der: lengths written in the fewest octets - bit maps - SET OF sorted") {
  std::uint8_t buffer[400]{};
  for (const std::size_t n :
       {std::size_t{0}, std::size_t{127}, std::size_t{128}, std::size_t{255}, std::size_t{256}, std::size_t{300}}) {
    der::writer w{buffer};
    const std::size_t at = w.open(0x04);
    bytes content;
    for (std::size_t i = 0; i < n; ++i) {
      w.put(static_cast<std::uint8_t>(i));
      content.push_back(static_cast<std::uint8_t>(i));
    }
    w.close(at);
    CHECK(bytes(buffer, buffer + w.size()) == tlv(0x04, content));
  }
  der::writer overflow{slice<std::uint8_t>{buffer, 3}};
  overflow.integer(1000);
  CHECK(overflow.overflow());

  const auto map = [&](std::initializer_list<int> set) {
    der::writer w{buffer};
    const std::vector<int> v(set);
    w.bit_map(v);
    return bytes(buffer, buffer + w.size());
  };
  CHECK(map({}) == bytes{0x03, 0x01, 0x00});
  CHECK(map({0}) == bytes{0x03, 0x02, 0x07, 0x80});
  CHECK(map({7}) == bytes{0x03, 0x02, 0x00, 0x01});
  CHECK(map({1, 8}) == bytes{0x03, 0x03, 0x07, 0x40, 0x80});
  CHECK(map({1, 12}) == bitmap({1, 12}));
  for (const bytes& b : {map({0}), map({7}), map({1, 8}), map({3, 200})}) {
    der::reader r{b};
    der::element e{};
    REQUIRE(r.next(e).ok());
    der::bits bits{};
    CHECK(der::read_bit_string(e, true, bits).ok());
  }

  // SET OF: members sorted by encoding, shorter first where one is a prefix of the other.
  der::writer w{buffer};
  const std::size_t set = w.open(der::tag::set);
  w.integer(1001);
  w.integer(392);
  w.integer(5);
  w.string(der::tag::utf8_string, "b");
  w.string(der::tag::utf8_string, "a");
  w.integer(128);
  REQUIRE(w.sort_set_of(set));
  w.close(set);
  CHECK(bytes(buffer, buffer + w.size()) ==
        set_of({integer(1001), integer(392), integer(5), tlv(0x0C, {'b'}), tlv(0x0C, {'a'}), integer(128)}));
  CHECK(der::compare_encodings(bytes{0x02, 0x01}, bytes{0x02, 0x01, 0x00}) == 0);
  CHECK(der::compare_encodings(bytes{0x02, 0x01}, bytes{0x02, 0x01, 0x01}) < 0);
  CHECK(der::compare_encodings(bytes{0x03}, bytes{0x02, 0xFF}) > 0);
}

TEST_CASE("der: strings") {
  const auto check = [](std::uint8_t t, const bytes& content) {
    const bytes enc = tlv(t, content);
    der::reader r{enc};
    der::element e{};
    REQUIRE(r.next(e).ok());
    const der::status st = der::check_string(e);
    return refusal{st.error, st.offset};
  };
  CHECK(check(der::tag::printable_string, {'A', 'z', '0', ' ', '\'', '(', ')', '+', ',', '-', '.', '/', ':', '=',
                                           '?'}) == refusal{wire_error::none, 0});
  CHECK(check(der::tag::printable_string, {'A', '*'}) == refusal{wire_error::bad_string, 3});
  CHECK(check(der::tag::printable_string, {'A', '_'}) == refusal{wire_error::bad_string, 3});
  CHECK(check(der::tag::utf8_string, {0xF0, 0x9F, 0x98, 0x80, 'x'}) == refusal{wire_error::none, 0});
  CHECK(check(der::tag::utf8_string, {0xF4, 0x90, 0x80, 0x80}) == refusal{wire_error::bad_string, 2});  // > U+10FFFF
  CHECK(check(der::tag::utf8_string, {'x', 0xE2, 0x82}) == refusal{wire_error::bad_string, 3});         // cut short
  CHECK(check(der::tag::utf8_string, {0xFF}) == refusal{wire_error::bad_string, 2});
  CHECK(check(0x04, {'x'}) == refusal{wire_error::bad_string, 0});
}
