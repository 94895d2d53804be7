// SPDX-License-Identifier: MIT
//
// clearance-spif: an Open XML SPIF turned into a C++ data header, so that a policy is checked
// when a program is built (docs/spif.md). It reads the file with the library's own reader, loads
// it as a scheme against the built-in schemes (its equivalent policies must be among them) with
// what a SPIF cannot say given as options, runs the table rules, and writes the scheme in the
// form of data/*.hpp. Personnel rules are not in a SPIF: the generated scheme has none, so it
// denies access to its classified levels until an access_policy supplies them.
//
// usage: clearance-spif --spif FILE --namespace NS --id N --code CODE --owner PARTY --output FILE
//                       [--unclassified NAME] [--list-follows WORD] [--context WORD=PARTY,...]...
//                       [--equivalences POLICY=CONTEXT,...]...
// exit status: 0 written (or already up to date), 2 refused, with the reason on standard error.
#include <clearance/clearance.hpp>
#include <clearance/spif.hpp>
#include <clearance/wire/spif_generate.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <sstream>
#include <string>
#include <vector>

using namespace clearance;

namespace {

struct refused {
  std::string what;
};

std::string text_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw refused{"cannot read " + path};
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> split(std::string_view s, char by) {
  std::vector<std::string> out;
  std::size_t from = 0;
  for (std::size_t at = s.find(by); at != std::string_view::npos; from = at + 1, at = s.find(by, from))
    out.emplace_back(s.substr(from, at - from));
  out.emplace_back(s.substr(from));
  return out;
}

party party_named(std::string_view code) {
  const party p = wire::party_by_code(code);
  if (p == party::none) throw refused{"unknown party \"" + std::string(code) + "\" (a code: NLD, NATO, KFOR, ...)"};
  return p;
}

context context_named(std::string_view word) {
  for (const context c : all_contexts) {
    const std::string_view name = c == context::national      ? "national"
                                  : c == context::eu_exchange ? "eu-exchange"
                                                              : "nato-exchange";
    if (word == name) return c;
  }
  throw refused{"unknown context \"" + std::string(word) + "\" (national, eu-exchange, nato-exchange)"};
}

int run(int argc, char** argv) {
  std::map<std::string, std::vector<std::string>> options;
  static const std::string_view known[] = {"--spif",    "--namespace",   "--id",           "--code",
                                           "--owner",   "--output",      "--unclassified", "--list-follows",
                                           "--context", "--equivalences"};
  for (int i = 1; i < argc; i += 2) {
    const std::string name = argv[i];
    if (std::find(std::begin(known), std::end(known), name) == std::end(known)) throw refused{"unknown option " + name};
    if (i + 1 == argc) throw refused{name + " needs a value"};
    options[name].emplace_back(argv[i + 1]);
  }
  const auto one = [&](const std::string& name) -> std::string {
    const auto it = options.find(name);
    if (it == options.end()) throw refused{name + " is required"};
    if (it->second.size() > 1) throw refused{name + " given twice"};
    return it->second.front();
  };
  const auto maybe = [&](const std::string& name) { return options.count(name) != 0 ? one(name) : std::string{}; };

  const std::string path = one("--spif");
  const std::string file = path.substr(path.find_last_of('/') + 1);
  const spif::read_result r = spif::read(text_of(path));
  if (!r) throw refused{file + ": " + r.message()};

  // What a SPIF cannot say.
  const std::string code = one("--code"), unclassified = maybe("--unclassified"), follows = maybe("--list-follows");
  spif::complement c;
  c.id = scheme_id{std::stoi(one("--id"))};
  c.code = code;
  c.owner = party_named(one("--owner"));
  c.file = file;
  c.unclassified = unclassified;
  c.list_follows = follows;
  const citation none{"not in a SPIF: no personnel rules (deny by default; an access_policy supplies them)",
                      confidence::inference};
  c.personnel = {.grades = {}, .clearance_from = 1, .clearance_source = none};
  c.organisation = {true, none};
  c.briefing = {true, none};
  std::vector<std::string> words;  // the context words the complement views
  words.reserve(options["--context"].size());
  for (const std::string& spec : options["--context"]) {
    const std::vector<std::string> parts = split(spec, '=');
    if (parts.size() != 2) throw refused{"--context " + spec + ": WORD=PARTY,..."};
    party_set to;
    for (const std::string& p : split(parts[1], ',')) to.insert(party_named(p));
    words.push_back(parts[0]);
    c.contexts.push_back({words.back(), to});
  }
  std::vector<std::string> sources;
  sources.reserve(options["--equivalences"].size());
  for (const std::string& spec : options["--equivalences"]) {
    const std::vector<std::string> parts = split(spec, '=');
    if (parts.size() != 2) throw refused{"--equivalences " + spec + ": POLICY=CONTEXT,..."};
    const auto policy = std::find_if(r.policy.equivalent_policies.begin(), r.policy.equivalent_policies.end(),
                                     [&](const spif::equivalent_policy& p) { return p.name == parts[0]; });
    if (policy == r.policy.equivalent_policies.end())
      throw refused{"--equivalences: the SPIF has no equivalent policy " + parts[0]};
    const found<scheme> hub = wire::scheme_by_policy_id(builtin_schemes, policy->id);
    if (!hub) throw refused{"--equivalences: " + parts[0] + " (" + policy->id + ") is no built-in scheme's policy"};
    context_set in;
    for (const std::string& x : split(parts[1], ',')) in.insert(context_named(x));
    sources.push_back("clearance-spif --equivalences " + spec + " (" + file + ")");
    c.mappings.push_back({hub->id, in, {}, {sources.back(), confidence::verified}});
  }

  const spif::load_result l = spif::load(r.policy, c, builtin_schemes);
  if (!l) throw refused{file + ": " + l.message()};
  const std::string generator = "clearance-spif from " + file;
  const std::string header =
      spif::data_header_of(l.value.scheme(), {.name_space = one("--namespace"), .generator = generator});
  const std::string output = one("--output");
  {
    std::ifstream old(output, std::ios::binary);
    if (old && std::string(std::istreambuf_iterator<char>(old), std::istreambuf_iterator<char>()) == header) return 0;
  }
  std::ofstream out(output, std::ios::binary);
  out << header;
  if (!out) throw refused{"cannot write " + output};
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const refused& e) {
    std::fprintf(stderr, "clearance-spif: %s\n", e.what.c_str());
    return 2;
  } catch (const std::exception& e) {  // std::stoi on a bad --id
    std::fprintf(stderr, "clearance-spif: bad value: %s\n", e.what());
    return 2;
  }
}
