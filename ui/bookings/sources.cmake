# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
# The bookings area: the page, its calendar, the booking editor and what they share.
target_sources(balie_ui PRIVATE
    bookings/BookingsPage.cpp bookings/BookingsPage.h
    bookings/AgendaPrint.cpp bookings/AgendaPrint.h
    bookings/BookingCalendarView.cpp bookings/BookingCalendarView.h
    bookings/BookingCalendarGrid.cpp bookings/BookingCalendarGrid.h
    bookings/BookingStatusLegend.cpp bookings/BookingStatusLegend.h
    bookings/BookingEditorDialog.cpp bookings/BookingEditorDialog.h
    bookings/CustomerPicker.cpp bookings/CustomerPicker.h
    bookings/DateField.h
    bookings/BookingPresentation.cpp bookings/BookingPresentation.h
)
