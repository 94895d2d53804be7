// SPDX-License-Identifier: MIT
//
// Markings: reading and writing a label as text, over the schemes of a registry.
//
//   parse_marking(vocabulary_of<R>, text [, options])  any bytes -> a label, or an error kind and a byte offset
//   format_marking(reg, label, form, lang)             a label -> canonical, banner or portion marking
//   parse_marking_in<R, "Stg. GEHEIM">()               the same parser at compile time; a bad literal is an
//                                                      error naming denied<marking_error::...>
//
// The vocabulary is the data: every level's name, ASCII spelling, abbreviation and language
// markings and its scheme's further spellings (data/<scheme>.hpp), the category names
// (categories.hpp), party codes and names (parties.hpp) and the keywords (marking_words.hpp).
// Words are compared without case and accents ("TRES" = "TRÈS", "fur" = "FÜR"); spaces, dots,
// slashes, hyphens, dashes, commas, colons, parentheses and exclamation marks (Hungarian
// "Titkos!") only separate words. A text that could be two levels ("GEHEIM": Germany or
// Belgium) is refused as ambiguous unless the scheme is named (options, or a leading scheme
// code: "DEU GEHEIM").
//
// Never allocates, never throws, never reads outside the text; inputs longer than
// max_marking_length bytes are refused as too long.
//
// One header per stage, each usable alone:
//   fold.hpp        characters and words: folding, hashing, comparing words
//   vocabulary.hpp  the phrases of a registry's schemes, built at compile time (vocabulary_of<R>):
//                   the costly part, built only in the translation units that read markings
//   parse.hpp       reading, with a vocabulary
//   format.hpp      writing, with the registry alone: it never builds a vocabulary
//   literals.hpp    marking literals, read at compile time: parse_marking_in<R, Text>()
// <clearance/clearance.hpp> registers every built-in scheme (data/schemes.hpp) and keeps the
// calls without a registry: parse_marking(text), format_marking(label), "Stg. GEHEIM"_marking.
#pragma once

#include "fold.hpp"
#include "format.hpp"
#include "literals.hpp"
#include "parse.hpp"
#include "vocabulary.hpp"
