// SPDX-License-Identifier: MIT
//
// Conversions between schemes through the typed mapping tables of the data headers.
// A conversion says how it got its result (equivalent / handled as) and how firmly that is
// established, or why there is no result. It never falls back to a lower level.
#pragma once

#include "decision.hpp"
#include "label.hpp"
#include "registry.hpp"

namespace clearance {

/// The result of converting a label to another scheme.
struct conversion {
  label value{};                             ///< the label in the target scheme (when converted)
  mapping kind = mapping::no_equivalent;     ///< equivalent, or handled_as if any step was
  confidence conf = confidence::unverified;  ///< the weakest row used
  decision outcome{};                        ///< allowed, or why there is no equivalent

  [[nodiscard]] constexpr bool ok() const noexcept { return outcome.allowed(); }
  constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail {

/// One step through one table: from `from` to `to`, both known schemes.
struct step {
  bool table = false;  ///< a table connects the two schemes
  const correspondence* row = nullptr;
};

constexpr step find_step(const scheme& from, const scheme& to, int rank) noexcept {
  if (const mapping_table* t = find_mapping(from, to.id)) return {true, find_row(t->to_hub, rank)};
  if (const mapping_table* t = find_mapping(to, from.id)) return {true, find_row(t->from_hub, rank)};
  return {};
}

constexpr bool usable(const step& s) noexcept {
  return s.table && s.row && s.row->kind != mapping::no_equivalent && s.row->to >= 0;
}

/// No conversion of `l` to `target`, for reason `why`; the decision names the target scheme.
constexpr conversion failure(reason why, const label& l, scheme_id target) noexcept {
  conversion c;
  c.value = l;
  c.outcome = deny(why, level_of(l));
  c.outcome.detail = static_cast<int>(target);
  return c;
}

/// `l` converted to `rank` of scheme `target`; the decision names both levels.
constexpr conversion success(const label& l, scheme_id target, int rank, mapping kind, confidence conf) noexcept {
  conversion c;
  c.value = l;
  c.value.scheme = target;
  c.value.rank = rank;
  c.kind = kind;
  c.conf = conf;
  c.outcome = allow(level_of(l));
  c.outcome.required = level_of(c.value);
  return c;
}

}  // namespace detail

/// `l` expressed in the scheme `target`: through a direct table when one exists, otherwise
/// through NATO or the EU. Categories and releasability are carried unchanged and the result
/// is validated in the target scheme (ATOMAL cannot become NATO RESTRICTED ATOMAL).
/// Where two routes disagree, the higher level is taken: never the lower. Where they agree, the
/// better established route is reported.
constexpr conversion convert(const label& l, scheme_id target) noexcept {
  if (const decision d = validate(l); !d) return detail::failure(d.why, l, target);
  const scheme& from = *find_scheme(l.scheme);
  const scheme* to = find_scheme(target);
  if (!to) return detail::failure(reason::unknown_scheme, l, target);
  if (to == &from) return detail::success(l, target, l.rank, mapping::equivalent, confidence::verified);
  if (!find_level(from, l.rank)->classified) return detail::failure(reason::not_a_classification, l, target);

  reason why = reason::no_mapping;
  conversion best;
  // The highest level any route gives; at equal level the better established route, and an
  // equivalence before a handled-as.
  const auto consider = [&](int rank, mapping kind, confidence conf) {
    if (best.ok()) {
      if (rank < best.value.rank) return;
      if (rank == best.value.rank &&
          (static_cast<int>(conf) > static_cast<int>(best.conf) ||
           (conf == best.conf && (kind == mapping::handled_as || best.kind == mapping::equivalent))))
        return;
    }
    best = detail::success(l, target, rank, kind, conf);
  };

  if (const detail::step direct = detail::find_step(from, *to, l.rank); direct.table) {
    if (!detail::usable(direct)) return detail::failure(reason::no_equivalent_level, l, target);
    consider(direct.row->to, direct.row->kind, direct.row->source.conf);
  } else {
    for (const scheme* hub : known_schemes) {
      if (hub == &from || hub == to) continue;
      const detail::step first = detail::find_step(from, *hub, l.rank);
      if (!first.table) continue;
      const detail::step second = detail::usable(first) ? detail::find_step(*hub, *to, first.row->to) : detail::step{};
      if (!detail::usable(first) || (second.table && !detail::usable(second))) {
        why = reason::no_equivalent_level;
        continue;
      }
      if (!second.table) continue;
      const mapping kind = (first.row->kind == mapping::handled_as || second.row->kind == mapping::handled_as)
                               ? mapping::handled_as
                               : mapping::equivalent;
      consider(second.row->to, kind, weakest(first.row->source.conf, second.row->source.conf));
    }
  }
  if (!best.ok()) return detail::failure(why, l, target);
  if (const decision d = validate(best.value); !d) return detail::failure(d.why, l, target);
  return best;
}

/// The NATO equivalent of a label.
constexpr conversion to_nato(const label& l) noexcept { return convert(l, nato::id); }
/// The EU equivalent of a label.
constexpr conversion to_eu(const label& l) noexcept { return convert(l, eu::id); }

/// A NATO label in the scheme `target`; a label of another scheme is refused.
constexpr conversion from_nato(const label& l, scheme_id target) noexcept {
  if (l.scheme != nato::id) return detail::failure(reason::different_schemes, l, target);
  return convert(l, target);
}
/// An EU label in the scheme `target`; a label of another scheme is refused.
constexpr conversion from_eu(const label& l, scheme_id target) noexcept {
  if (l.scheme != eu::id) return detail::failure(reason::different_schemes, l, target);
  return convert(l, target);
}

}  // namespace clearance
