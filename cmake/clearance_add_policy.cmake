# clearance_add_policy: a security policy file (Open XML SPIF) made into a C++ data header when a
# target is built, so that the policy's rules are checked at compile time (docs/spif.md).
#
#   clearance_add_policy(<target> SPIF <file.xml> NAMESPACE <ns> ID <number> CODE <code> OWNER <party>
#                        [HEADER <name.hpp>] [UNCLASSIFIED <classification>] [LIST_FOLLOWS <word>]
#                        [CONTEXTS <word=PARTY,...>...] [EQUIVALENCES <policy=context,...>...])
#
# The header (by default <ns>.hpp, with "::" as "_") is written into the build tree, on the
# target's include path, and again whenever the SPIF changes; a policy the library refuses fails
# the build with the reason, the element and the line. The generator, clearance-spif, is built
# from the library's own sources with the host's compiler.
function(clearance_add_policy target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "SPIF;NAMESPACE;ID;CODE;OWNER;HEADER;UNCLASSIFIED;LIST_FOLLOWS"
                        "CONTEXTS;EQUIVALENCES")
  foreach(required SPIF NAMESPACE ID CODE OWNER)
    if(NOT arg_${required})
      message(FATAL_ERROR "clearance_add_policy(${target}): ${required} is required")
    endif()
  endforeach()
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "clearance_add_policy(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET clearance_spif)
    set(source "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/clearance_spif.cpp")  # installed beside this file
    if(NOT EXISTS "${source}")  # the source tree: cmake/ beside tools/
      set(source "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../tools/clearance_spif.cpp")
    endif()
    add_executable(clearance_spif "${source}")
    target_link_libraries(clearance_spif PRIVATE clearance::clearance)
    set_target_properties(clearance_spif PROPERTIES OUTPUT_NAME clearance-spif)
  endif()
  if(NOT arg_HEADER)
    string(REPLACE "::" "_" arg_HEADER "${arg_NAMESPACE}.hpp")
  endif()
  get_filename_component(spif "${arg_SPIF}" ABSOLUTE)
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/clearance_policies")
  set(header "${dir}/${arg_HEADER}")
  set(options --spif "${spif}" --namespace "${arg_NAMESPACE}" --id "${arg_ID}" --code "${arg_CODE}"
              --owner "${arg_OWNER}" --output "${header}")
  if(arg_UNCLASSIFIED)
    list(APPEND options --unclassified "${arg_UNCLASSIFIED}")
  endif()
  if(arg_LIST_FOLLOWS)
    list(APPEND options --list-follows "${arg_LIST_FOLLOWS}")
  endif()
  foreach(context ${arg_CONTEXTS})
    list(APPEND options --context "${context}")
  endforeach()
  foreach(equivalence ${arg_EQUIVALENCES})
    list(APPEND options --equivalences "${equivalence}")
  endforeach()
  file(MAKE_DIRECTORY "${dir}")
  add_custom_command(OUTPUT "${header}" COMMAND clearance_spif ${options} DEPENDS "${spif}" clearance_spif
                     COMMENT "clearance-spif: ${arg_SPIF} -> ${arg_HEADER}" VERBATIM)
  target_sources(${target} PRIVATE "${header}")
  target_include_directories(${target} PRIVATE "${dir}")
endfunction()
