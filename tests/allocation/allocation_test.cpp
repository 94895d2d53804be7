// SPDX-License-Identifier: MIT
//
// No decision and no marking path allocates. This program replaces the global operator new with
// one that counts, prepares its inputs, then runs every run-time entry point over them between
// two readings of the count: the count must not move. Its own executable, so that the
// replacement touches no other test.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include <clearance/handle/audit_json.hpp>
#include <clearance/wire.hpp>

#include "../law/universe.hpp"

namespace {
std::size_t allocations = 0;

void* counted(std::size_t size, std::size_t alignment) {
  ++allocations;
  if (size == 0) size = 1;
  void* p = alignment > alignof(std::max_align_t) ? std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment)
                                                   : std::malloc(size);
  if (!p) throw std::bad_alloc();
  return p;
}
}  // namespace

void* operator new(std::size_t size) { return counted(size, 0); }
void* operator new[](std::size_t size) { return counted(size, 0); }
void* operator new(std::size_t size, std::align_val_t a) { return counted(size, static_cast<std::size_t>(a)); }
void* operator new[](std::size_t size, std::align_val_t a) { return counted(size, static_cast<std::size_t>(a)); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

using namespace universe;

namespace {

/// Counts what the paths decide, so that no call is optimised away and the loops are not empty.
struct tally {
  std::size_t calls = 0, allowed = 0;
  void operator+=(const decision& d) {
    ++calls;
    allowed += d.allowed() ? 1 : 0;
  }
};

std::vector<person> people() {
  std::vector<person> out{person{}};
  for (const party nationality : {party::nld, party::deu, party::jpn})
    for (const organisation o : {organisation::none, organisation::government, organisation::nato_body})
      out.push_back({.nationality = nationality, .works_for = o,
                     .clearances = {nato::clearance_cosmic_top_secret, nld::screening_a},
                     .need_to_know = {category::atomal, compartment(0)}, .briefed = true});
  out.push_back({.nationality = party::nld, .works_for = organisation::government,
                 .clearances = {nld::screening_c}, .need_to_know = {}, .briefed = true});
  return out;
}

std::int64_t fixed_time(void* context) noexcept { return *static_cast<const std::int64_t*>(context); }

void audit_nothing(const audit_event& event, void* context) noexcept {
  ++*static_cast<std::size_t*>(context);
  static_cast<void>(event);
}

}  // namespace

TEST_CASE("the count moves when something allocates: the instrument works") {
  const std::size_t before = allocations;
  std::vector<int>* v = new std::vector<int>(100);
  const std::size_t after = allocations;
  delete v;
  CHECK(after - before == 2);
}

TEST_CASE("decisions allocate nothing: access, channels, lattice, flow, conversion, explanations") {
  const std::vector<label> labels = all_labels();
  const std::vector<person> persons = people();
  const std::vector<conversion_terms> terms = all_terms();
  const authority_grant grant{"NATO originator", "test"};
  tally t;
  std::size_t sentence_bytes = 0;

  const std::size_t before = allocations;
  for (const label& l : labels) {
    t += validate(l);
    for (const person& p : persons) t += can_access(p, l);
    for (const channel* c : channels::catalogue) {
      const decision sent = may_transmit(l, *c, {.meets = c->conditions, .version = c->version_from});
      t += sent;
      t += may_store(l, *c);
      sentence_bytes += explain(sent, c->name).view().size();
    }
    t += may_transmit(l, find_channel("no-such-channel"));
    for (const label& other : labels) {
      if (other.scheme != l.scheme) continue;
      t += join(l, other).outcome;
      t += meet(l, other).outcome;
      t += may_write(l, other);
      t += may_raise(l, other);
      t += may_lower(l, other, grant);
      sentence_bytes += explain(may_write(l, other)).view().size();
    }
    for (const scheme* s : builtin_schemes.schemes()) {
      t += convert(l, s->id).outcome;
      sentence_bytes += explain(convert(l, s->id).outcome).view().size();
    }
  }
  for (const conversion_terms& at : terms)
    for (const scheme* from : builtin_schemes.schemes())
      for (const level_info& info : from->levels)
        for (const scheme* to : builtin_schemes.schemes()) t += convert(level_of(*from, info.rank), to->id, at).outcome;
  const std::size_t after = allocations;
  std::printf("| decisions: access, channels, lattice, flow, conversion, explanations | %zu | %zu |\n",
              t.calls, after - before);

  CHECK(after - before == 0);
  CHECK(t.calls > labels.size() * (persons.size() + 2 * channels::catalogue.size() + builtin_schemes.schemes().size()));
  CHECK(t.allowed > 0);
  CHECK(t.allowed < t.calls);
  CHECK(sentence_bytes > 0);
}

TEST_CASE("markings allocate nothing: formatting and reading, in every form") {
  const std::vector<label> labels = all_labels();
  const std::vector<std::string> bad = {"", "NATO SEKRIT", "GEHEIM", "NATO RESTRICTED//ATOMAL", "\xff\xfe",
                                        std::string(5000, 'A')};
  std::size_t calls = 0, read = 0, bytes = 0;

  const std::size_t before = allocations;
  for (const label& l : labels)
    for (const marking_form form : {marking_form::canonical, marking_form::banner, marking_form::portion}) {
      const marking_text text = format_marking(l, form);
      bytes += text.view().size();
      const marking_result r = parse_marking(text.view());
      read += r.ok() && r.value == l ? 1 : 0;
      calls += 2;
    }
  for (const std::string& text : bad) {
    read += parse_marking(text).ok() ? 1 : 0;
    ++calls;
  }
  const std::size_t after = allocations;
  std::printf("| markings: format and parse, every form | %zu | %zu |\n", calls, after - before);

  CHECK(after - before == 0);
  CHECK(calls == 2 * 3 * labels.size() + bad.size());
  CHECK(read > labels.size());
  CHECK(bytes > 0);
}

TEST_CASE("labels on the wire allocate nothing: 4774, 4778, ESS (DER and base64), XEP-0258") {
  const std::vector<label> labels = all_labels();
  const std::vector<std::string> bad = {"", "<a>", "<!DOCTYPE a><a/>", "\xff", std::string(70000, '<'), "MQYCAQQGASk=",
                                        "<securitylabel xmlns='urn:xmpp:sec-label:0'><label/></securitylabel>"};
  const scheme_id to_nato[] = {nato::id};
  std::size_t calls = 0, read = 0;

  const std::size_t before = allocations;
  for (const label& l : labels) {
    const wire_text xml = write_4774(l);
    read += read_4774(xml.view()).value == l ? 1 : 0;
    const wire_text bound = write_4778(l, {.alternatives = to_nato});
    read += read_4778(bound.view()).ok() ? 1 : 0;
    const ess_result der = write_ess(l);
    read += read_ess(der.view()).value == l ? 1 : 0;
    const ess_text base64 = write_ess_base64(l);
    read += read_ess_base64(base64.view()).value == l ? 1 : 0;
    for (const label_format format : {label_format::stanag4774, label_format::ess}) {
      const wire_text stanza = write_xep0258(l, {.format = format, .equivalents = to_nato});
      read += read_xep0258(stanza.view()).value == l ? 1 : 0;
    }
    calls += 12;
  }
  for (const std::string& text : bad) {
    read += read_4774(text).ok() ? 1 : 0;
    read += read_xep0258(text).ok() ? 1 : 0;
    read += read_ess_base64(text).ok() ? 1 : 0;
    calls += 3;
  }
  const std::size_t after = allocations;
  std::printf("| wire formats: write and read, every format | %zu | %zu |\n", calls, after - before);

  CHECK(after - before == 0);
  CHECK(calls == 12 * labels.size() + 3 * bad.size());
  CHECK(read > labels.size());
}

TEST_CASE("handling paths allocate nothing: dynamic labels, with the audit hook installed") {
  const std::vector<label> labels = all_labels();
  const std::vector<person> persons = people();
  std::size_t events = 0, delivered = 0;
  const audit_hook hook{audit_nothing, &events};

  const std::size_t before = allocations;
  const audit_hook* previous = set_audit_hook(&hook);
  for (const label& l : labels) {
    const dynamic_labeled<int> v{42, l};
    for (const channel* c : channels::catalogue) {
      static_cast<void>(send(v, *c, {.meets = c->conditions, .version = c->version_from}, [&](int) { ++delivered; }));
      static_cast<void>(store(v, *c, {}, [&](int) { ++delivered; }));
    }
    for (const person& p : persons) static_cast<void>(reveal(v, p, [&](int) { ++delivered; }));
  }
  set_audit_hook(previous);
  const std::size_t after = allocations;
  std::printf("| handling: dynamic send, store, reveal, audited | %zu | %zu |\n", events, after - before);

  CHECK(after - before == 0);
  CHECK(events == labels.size() * (2 * channels::catalogue.size() + persons.size()));
  CHECK(delivered > 0);
  CHECK(delivered < events);
}

TEST_CASE("audit records allocate nothing: recorded by a trail and written as JSON lines") {
  const std::vector<label> labels = all_labels();
  const std::vector<person> persons = people();
  std::int64_t now = 1'796'030'102'250;
  audit_trail trail{fixed_time, &now, "urn:example:policy", "2026.1", data_as_of};
  const authority_grant grant{"NATO originator", "test"};
  char line[8192];
  std::size_t records = 0, written = 0, bytes = 0;

  const std::size_t before = allocations;
  for (const label& l : labels) {
    for (const channel* c : channels::catalogue) {
      const deployment dep{.meets = c->conditions, .version = c->version_from};
      for (const enforcement mode : {enforcement::enforce, enforcement::warn}) {
        const audit_record r = trail.record(audit_kind::transmit, "alice", c->name, transmit_reasons(l, *c, dep), l, {}, mode);
        const std::size_t n = write_json(builtin_schemes, r, line);
        bytes += n;
        written += n > 0 ? 1 : 0;
        ++records;
      }
    }
    for (const person& p : persons) {
      const audit_record r = trail.record(audit_kind::access, "bob", "doc-1", access_reasons(p, l), l);
      const std::size_t n = write_json(builtin_schemes, r, line);
      bytes += n;
      written += n > 0 ? 1 : 0;
      ++records;
    }
    const audit_event lowered{audit_kind::declassify, may_lower(l, l, grant), l, l, grant.who, grant.ground};
    const audit_record r = trail.record(lowered, enforcement::enforce, "doc-2");
    const std::size_t n = write_json(builtin_schemes, r, line);
    bytes += n + json_length(builtin_schemes, r);
    written += n > 0 ? 1 : 0;
    written += write_json(builtin_schemes, r, slice<char>{line, 10}) == 0 ? 0 : 1;  // does not fit: 0
    ++records;
  }
  const std::size_t after = allocations;
  std::printf("| audit: records and JSON lines | %zu | %zu |\n", records, after - before);

  CHECK(after - before == 0);
  CHECK(records == labels.size() * (2 * channels::catalogue.size() + persons.size() + 1));
  CHECK(written == records);
  CHECK(trail.recorded() == records);
  CHECK(bytes > 100 * records);
}
