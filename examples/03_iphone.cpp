// SPDX-License-Identifier: MIT
//
// Lesson 3: NATO RESTRICTED mail, calendar and contacts on an iPhone.
//
// Sources 000-002: NATO approved iOS and iPadOS 26 for NATO RESTRICTED information, on devices
// that are managed and supervised, in the approved configuration, with current patches. The
// approval is a row of the channel catalogue; a deployment says which of its conditions are
// met. An unmanaged iPhone meets none of them, and NATO CONFIDENTIAL is above the approval.
#include "lesson.hpp"

using namespace clearance;

namespace {

// A managed and supervised iOS 26 device in the approved configuration, patched.
constexpr deployment managed_iphone{
    .meets = {condition::managed_by_mdm, condition::supervised, condition::approved_configuration,
              condition::current_patch_level},
    .version = 26,
    .on = date{2026, 3, 1},
};
constexpr deployment unmanaged_iphone{.version = 26, .on = date{2026, 3, 1}};

// The build refuses a forbidden path. Uncomment the next line to see the compiler name the rule:
// static_assert(require<may_store(nato::confidential, channels::ios_26_managed, managed_iphone)>);  // breaks: denied<clearance::(v0::)?reason::above_channel_ceiling, .*"NATO CONFIDENTIAL"
static_assert(require<may_store(nato::restricted, channels::ios_26_managed, managed_iphone)>);

}  // namespace

int main() {
  std::printf("The catalogue rows (data/channels.hpp):\n");
  lesson::print_channel(channels::ios_26_managed);
  lesson::print_channel(channels::blackberry_10);

  const channel& iphone = channels::ios_26_managed;
  std::printf("\nMail, calendar and contacts stored on the device:\n");
  lesson::show("NATO RESTRICTED, managed iPhone", may_store(nato::restricted, iphone, managed_iphone), iphone.name);
  lesson::show("NATO RESTRICTED, unmanaged iPhone", may_store(nato::restricted, iphone, unmanaged_iphone),
               iphone.name);
  lesson::show("NATO CONFIDENTIAL, managed iPhone", may_store(nato::confidential, iphone, managed_iphone),
               iphone.name);
  lesson::show("Dep. VERTROUWELIJK, managed iPhone", may_store(nld::dep_vertrouwelijk, iphone, managed_iphone),
               iphone.name);
  lesson::show("NATO RESTRICTED, BlackBerry 10",
               may_store(nato::restricted, channels::blackberry_10, {.version = 10}), channels::blackberry_10.name);
}
