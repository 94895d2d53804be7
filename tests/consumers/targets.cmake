# The consumer projects' programs, the same whichever way they take the library: one that uses
# its decisions, and one with a policy of its own, a SPIF made into a header at build time and
# checked by static_assert. However it came, the library adds no tests or examples of its own.
if(TARGET unit_tests OR TARGET lesson_01_levels)
  message(FATAL_ERROR "clearance must not add its tests or examples when it is not the top-level project")
endif()
add_executable(consumer "${CMAKE_CURRENT_LIST_DIR}/main.cpp")
target_link_libraries(consumer PRIVATE clearance::clearance)
add_executable(consumer_policy "${CMAKE_CURRENT_LIST_DIR}/policy.cpp")
target_link_libraries(consumer_policy PRIVATE clearance::clearance)
clearance_add_policy(consumer_policy SPIF "${CMAKE_CURRENT_LIST_DIR}/../spif/national.xml" NAMESPACE tri ID 7002
                     CODE TRI OWNER BEL)
