// SPDX-License-Identifier: MIT
//
// Conversions between schemes through the typed mapping tables of the data headers.
// A conversion says how it got its result (equivalent / handled as) and how firmly that is
// established, or why there is no result. It never falls back to a lower level.
#pragma once

#include "../core/decision.hpp"
#include "../core/label.hpp"
#include "../core/registry.hpp"

namespace clearance::inline v0 {

/// When and where a conversion is made: the day of handling (unknown: only tables without a
/// period apply), the context, and the weakest confidence of a row the caller accepts.
struct conversion_terms {
  date on{};
  context in = context::national;
  confidence accepts = confidence::inference;
};

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

constexpr bool applies(const mapping_table& t, const conversion_terms& terms) noexcept {
  return t.contexts.contains(terms.in) && t.in_force.contains(terms.on);
}

/// One step through one table: from `from` to `to`, both known schemes.
struct step {
  bool table = false;  ///< a table connects the two schemes on the day, in the context
  found<correspondence> row{};
};

/// The rows of `from`'s tables towards `to`, and of `to`'s tables back from it, that apply. A
/// table without rows in the direction asked does not connect the schemes that way.
constexpr step find_step(const scheme& from, const scheme& to, int rank, const conversion_terms& terms) noexcept {
  for (const mapping_table& t : from.mappings)
    if (t.hub == to.id && !t.to_hub.empty() && applies(t, terms)) return {true, find_row(t.to_hub, rank)};
  for (const mapping_table& t : to.mappings)
    if (t.hub == from.id && !t.from_hub.empty() && applies(t, terms)) return {true, find_row(t.from_hub, rank)};
  return {};
}

constexpr bool usable(const step& s) noexcept {
  return s.table && s.row && s.row->kind != mapping::no_equivalent && s.row->to >= 0;
}

/// No conversion of `l` to `target`, for reason `why`; the decision names the target scheme,
/// and for `no_mapping` the day and the context (see `mapping_terms`).
constexpr conversion failure(reason why, const label& l, scheme_id target,
                             const conversion_terms& terms = {}) noexcept {
  conversion c;
  c.value = l;
  c.outcome = deny(why, level_of(l));
  c.outcome.detail = static_cast<int>(target);
  if (why == reason::no_mapping)
    c.outcome.set = (std::uint64_t{1} + static_cast<std::uint64_t>(terms.in)) << 32 |
                    static_cast<std::uint64_t>(static_cast<std::uint32_t>(terms.on.value));
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

/// Every field of the terms is one the library defines: a calendar day when a date is given, a
/// context of the enumeration, one of the confidence tags.
constexpr decision check_terms(const conversion_terms& terms, level lv) noexcept {
  decision d = allow(lv);
  if (terms.on.known() && !terms.on.valid()) {
    d = deny(reason::invalid_date, lv);
    d.detail = terms.on.value;
  } else if (!is_defined(terms.in)) {
    d = deny(reason::invalid_context, lv);
    d.detail = static_cast<int>(terms.in);
  } else if (!is_defined(terms.accepts)) {
    d = deny(reason::invalid_confidence, lv);
    d.detail = static_cast<int>(terms.accepts);
  }
  return d;
}

/// `convert` for a label already validated (by can_access and may_transmit, which validate first).
constexpr conversion convert_valid(const registry& reg, const label& l, scheme_id target,
                                   const conversion_terms& terms) noexcept {
  const scheme& from = *reg.find(l.scheme);
  const found<scheme> to = reg.find(target);
  if (!to) return detail::failure(reason::unknown_scheme, l, target);
  if (to->id == from.id) return detail::success(l, target, l.rank, mapping::equivalent, confidence::verified);
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

  if (const detail::step direct = detail::find_step(from, *to, l.rank, terms); direct.table) {
    if (!detail::usable(direct)) return detail::failure(reason::no_equivalent_level, l, target);
    consider(direct.row->to, direct.row->kind, direct.row->source.conf);
  } else {
    for (const scheme* hub : reg.schemes()) {
      if (hub->id == from.id || hub->id == to->id) continue;
      const detail::step first = detail::find_step(from, *hub, l.rank, terms);
      if (!first.table) continue;
      // A level the hub lacks, or the target lacks for the hub's level, ends the route: "no
      // equivalent" only where the hub does reach the target.
      const detail::step second = detail::find_step(*hub, *to, detail::usable(first) ? first.row->to : -1, terms);
      if (!second.table) continue;
      if (!detail::usable(first) || !detail::usable(second)) {
        why = reason::no_equivalent_level;
        continue;
      }
      const mapping kind = (first.row->kind == mapping::handled_as || second.row->kind == mapping::handled_as)
                               ? mapping::handled_as
                               : mapping::equivalent;
      consider(second.row->to, kind, weakest(first.row->source.conf, second.row->source.conf));
    }
  }
  if (!best.ok()) return detail::failure(why, l, target, terms);
  if (const decision d = validate(reg, best.value); !d) return detail::failure(d.why, l, target);
  if (static_cast<int>(best.conf) > static_cast<int>(terms.accepts)) {
    conversion refused = detail::failure(reason::mapping_unverified, l, target);
    refused.outcome.required = best.outcome.required;
    refused.outcome.set = static_cast<std::uint64_t>(best.conf) | static_cast<std::uint64_t>(terms.accepts) << 8;
    refused.conf = best.conf;
    return refused;
  }
  return best;
}
}  // namespace detail

/// `l` expressed in the scheme `target`, on the day and in the context of `terms`: through a
/// direct table when one applies, otherwise through one other scheme (NATO, the EU, or a later
/// edition). Categories and releasability are carried unchanged and the result is validated in
/// the target scheme (ATOMAL cannot become NATO RESTRICTED ATOMAL). Where two routes disagree,
/// the higher level is taken: never the lower. Where they agree, the better established route is
/// reported. A result resting on a row weaker than `terms.accepts` is refused, not returned.
constexpr conversion convert(const registry& reg, const label& l, scheme_id target,
                             const conversion_terms& terms = {}) noexcept {
  if (const decision d = validate(reg, l); !d) return detail::failure(d.why, l, target);
  if (const decision d = detail::check_terms(terms, level_of(l)); !d) {
    conversion c = detail::failure(d.why, l, target);
    c.outcome.detail = d.detail;
    return c;
  }
  return detail::convert_valid(reg, l, target, terms);
}

/// The NATO equivalent of a label.
constexpr conversion to_nato(const registry& reg, const label& l, const conversion_terms& terms = {}) noexcept {
  return convert(reg, l, hubs::nato, terms);
}
/// The EU equivalent of a label.
constexpr conversion to_eu(const registry& reg, const label& l, const conversion_terms& terms = {}) noexcept {
  return convert(reg, l, hubs::eu, terms);
}

/// A NATO label in the scheme `target`; a label of another scheme is refused.
constexpr conversion from_nato(const registry& reg, const label& l, scheme_id target,
                               const conversion_terms& terms = {}) noexcept {
  if (l.scheme != hubs::nato) return detail::failure(reason::different_schemes, l, target);
  return convert(reg, l, target, terms);
}
/// An EU label in the scheme `target`; a label of another scheme is refused.
constexpr conversion from_eu(const registry& reg, const label& l, scheme_id target,
                             const conversion_terms& terms = {}) noexcept {
  if (l.scheme != hubs::eu) return detail::failure(reason::different_schemes, l, target);
  return convert(reg, l, target, terms);
}

}  // namespace clearance::inline v0
