// SPDX-License-Identifier: MIT
//
// Host code with globals named like the library's parameters and locals (n, row, value, ...),
// declared before it uses the library, built with the presets' -Wshadow -Werror. g++ checks a
// template's declarations where the template is instantiated, after these globals: without the
// library's guard it reports "declaration of 'row' shadows a global declaration" inside the
// library's headers. The test passes when this file compiles.
#include <clearance/clearance.hpp>

#include <string>

// NOLINTBEGIN: deliberately short global names
int a = 0, b = 0, c = 0, d = 0, f = 0, g = 0, i = 0, k = 0, l = 0, m = 0, n = 0, p = 0, r = 0, s = 0, t = 0;
int u = 0, v = 0, w = 0;
int at = 0, bit = 0, end = 0, first = 0, info = 0, kind = 0, lv = 0, out = 0, rank = 0, row = 0, rows = 0;
int text = 0, value = 0, values = 0, other = 0, source = 0, target = 0, terms = 0, dep = 0, why = 0;
// NOLINTEND

namespace {

using namespace clearance;
using namespace clearance::literals;

constexpr person reader{.nationality = party::nld,
                        .works_for = organisation::government,
                        .clearances = {nld::screening_a, nato::clearance_secret},
                        .briefed = true};
static_assert(require<can_access(reader, nato::secret)>);
static_assert(require<may_transmit(nld::dep_vertrouwelijk, channels::telephone)>);
static_assert(require<convert(nld::stg_geheim, nato::id).outcome>);
static_assert(verified_channel<channels::telephone>);
constexpr label note = "NATO SECRET"_marking;

int use_the_library() {
  labeled<int, label{nato::restricted}> restricted{1};
  labeled<int, note> secret{2};
  secret = restricted;
  auto both = combine(restricted, secret, [](int x, int y) { return x + y; });
  append(both, restricted, [](int& x, int y) { x += y; });
  const auto higher = raise<label{nato::cosmic_top_secret}>(both);
  const int sent = send<channels::telephone>(labeled<int, label{nld::dep_vertrouwelijk}>{3});
  const auto said = explain(can_access(reader, nato::cosmic_top_secret), "the reader");
  const auto written = format_marking(note);
  const auto read = parse_marking("NATO SECRET//REL TO NLD");
  const dynamic_labeled<std::string> incoming{"text", nato::restricted};
  std::size_t length = 0;
  const decision shown = reveal(incoming, reader, [&](const std::string& x) { length = x.size(); });
  const found<scheme> nato_scheme = find_scheme(nato::id);
  const found<channel> phone = find_channel("telephone");
  return static_cast<int>(said.size() + written.size()) + read.ok() + reveal<reader>(secret) + sent +
         static_cast<int>(higher.classification.rank) + shown.allowed() + static_cast<int>(length) + (nato_scheme ? 1 : 0) + (phone ? 1 : 0);
}

}  // namespace

int main() { return use_the_library() > 0 ? 0 : 1; }
