cmake_minimum_required(VERSION 3.16)

# Fails the build when a file in widgets/ includes a store (app/storage/) or Boost: views reach the
# app through app/services and the core's value types, and get Qt signals on the GUI thread.
#
# KNOWN lists the files that still do, each with what it includes; they are being moved over,
# and the list may only shrink: a file not on it, or a new include in one that is, fails.
#   cmake -DSOURCE_DIR=<widgets> -DSTAMP=<file> -P CheckLayering.cmake
set(KNOWN
    "sidebar/AssessmentForm.h:boost/signals2/connection.hpp"
    "history/HistoryWindow.cpp:storage/CoachingStore.h"
    "sidebar/SidebarWindow.h:boost/signals2/connection.hpp")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](storage/|app/storage/|boost/)")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" header "${line}")
        if(NOT "${source}:${header}" IN_LIST KNOWN)
            string(APPEND problems "  widgets/${source} includes ${header}\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Layering: widgets/ must not include app/storage/ or Boost headers "
                        "(use app/services and app/core; see docs/ARCHITECTURE.md, \"Where a new "
                        "feature goes\"):\n${problems}")
endif()
file(WRITE "${STAMP}" "ok\n")
