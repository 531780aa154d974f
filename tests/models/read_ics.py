#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
"""Reads an .ics file as a calendar program would, with Python's icalendar, checks what
RFC 5545 requires of its form, and prints the events as JSON (times in UTC) for the test to
compare. Exits non-zero, saying why, on any problem."""

import datetime
import json
import sys

import icalendar


def fail(why):
    print(why, file=sys.stderr)
    sys.exit(1)


raw = open(sys.argv[1], 'rb').read()
if not raw.endswith(b'\r\n'):
    fail('the file does not end with CRLF')
for number, line in enumerate(raw.split(b'\r\n')[:-1], 1):
    if b'\n' in line or b'\r' in line:
        fail(f'line {number}: a bare line break')
    if len(line) > 75:
        fail(f'line {number}: {len(line)} octets, more than 75')
    line.decode('utf-8')  # raises on a character split by folding

calendar = icalendar.Calendar.from_ical(raw)
for required in ('VERSION', 'PRODID'):
    if required not in calendar:
        fail(f'the calendar has no {required}')
zones = {str(z['TZID']) for z in calendar.walk('VTIMEZONE')}
events = []
for event in calendar.walk('VEVENT'):
    for required in ('UID', 'DTSTAMP', 'DTSTART'):
        if required not in event:
            fail(f'an event has no {required}')
    start = event['DTSTART']
    tzid = start.params.get('TZID')
    if tzid and tzid not in zones:
        fail(f'TZID {tzid} has no VTIMEZONE')
    begin = start.dt
    end = event['DTEND'].dt if 'DTEND' in event else begin
    if begin.tzinfo is None:
        fail('a floating time')
    events.append({
        'uid': str(event['UID']),
        'start': begin.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'end': end.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'tzid': tzid or '',
        'summary': str(event.get('SUMMARY', '')),
        'description': str(event.get('DESCRIPTION', '')),
        'status': str(event.get('STATUS', '')),
    })
print(json.dumps({'name': str(calendar.get('X-WR-CALNAME', '')), 'events': events}))
