# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
# The desk's Today view.
target_sources(balie_ui PRIVATE
    today/TodayPage.cpp today/TodayPage.h
)
