# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
# The folders show the architecture, and this keeps them honest: api/ knows nothing of
# widgets or models, store/ keeps bytes and knows no other layer, models/ nothing of widgets,
# and ui/ only presents (no network layer, no connectors: writes and reads go through models/).
# Run by ctest as `cmake -P`, with SOURCE_DIR.

set(rules
    "api|#include [<\"](QWidget|QtWidgets|QAbstractItemModel|QAbstractTableModel)|widgets or item models"
    "api|#include \"(models|ui)/|the layers above"
    "models|#include [<\"](QWidget|QtWidgets|QDialog|QLabel|QMessageBox)|widgets"
    "models|#include \"(ui|shell|bookings)/|the ui layer"
    "ui|#include [<\"](net/|connectors/|QNetwork)|the network layer or connectors"
    "store|#include [<\"](QWidget|QtWidgets|QNetwork|net/|connectors/)|widgets or the network"
    "store|#include \"(models|ui|api)/|the layers above"
)

set(failures "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(LENGTH parts count)
    math(EXPR last "${count} - 2")
    set(pattern "")
    foreach(i RANGE 1 ${last})
        list(GET parts ${i} piece)
        if(pattern STREQUAL "")
            set(pattern "${piece}")
        else()
            set(pattern "${pattern}|${piece}")
        endif()
    endforeach()
    math(EXPR whatIndex "${count} - 1")
    list(GET parts ${whatIndex} what)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" hits REGEX "${pattern}")
        foreach(hit IN LISTS hits)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            string(APPEND failures "  ${rel}: ${hit}   (${folder}/ must not use ${what})\n")
        endforeach()
    endforeach()
endforeach()

if(failures)
    message(FATAL_ERROR "Layering broken:\n${failures}")
endif()
message(STATUS "api/, models/ and ui/ keep to their layers")
