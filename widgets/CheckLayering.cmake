cmake_minimum_required(VERSION 3.16)

# Fails the build when a file in widgets/ includes a store (app/storage/) or Boost: views reach the
# app through app/services and the core's value types, and get Qt signals on the GUI thread.
#
# There are no exceptions: the last files that did (the history window's coaching actions, the
# sidebar's and the assessment form's subscriptions) go through CoachingService,
# CallSessionService and AssessmentService now.
#   cmake -DSOURCE_DIR=<widgets> -DSTAMP=<file> -P CheckLayering.cmake

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](storage/|app/storage/|boost/)")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" header "${line}")
        string(APPEND problems "  widgets/${source} includes ${header}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Layering: widgets/ must not include app/storage/ or Boost headers "
                        "(use app/services and app/core; see docs/ARCHITECTURE.md, \"Where a new "
                        "feature goes\"):\n${problems}")
endif()
file(WRITE "${STAMP}" "ok\n")
