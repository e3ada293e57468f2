#!/usr/bin/env python3
"""Turns the statements one request sent (PostgreSQL log lines written with log_statement = 'all')
into a pgbench script that replays them, parameters inlined as literals.

    capture.py DATABASE < log-excerpt > request.sql

Only lines of DATABASE are read ("%m [%p] %q%u@%d " prefix, the Debian default). Each statement
becomes one line ending in ';'. Timestamps lose their colons ('2026-12-01 07:29:47+00' becomes
'20261201 072947+00', which PostgreSQL reads the same), because pgbench takes ':name' for a variable.
Prints the statement count on stderr.
"""
import re
import sys

database = sys.argv[1]
prefix = re.compile(r'^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[(\d+)\] (?:\S+@(\S+) )?(LOG|DETAIL|ERROR|STATEMENT|WARNING):  (.*)$')
statement = re.compile(r'^(?:statement|execute [^:]*): (.*)$', re.S)
parameter = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
timestamp = re.compile(r"^'(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d(?:\.\d+)?)([+-]\d\d(?::?\d\d)?|Z)?'$")

entries = []  # [kind, text] in log order, continuation lines appended
for line in sys.stdin:
    line = line.rstrip('\n')
    match = prefix.match(line)
    if match:
        if match.group(2) != database:
            entries.append(None)
            continue
        entries.append([match.group(3), match.group(4)])
    elif entries and entries[-1] is not None and line.startswith('\t'):
        entries[-1][1] += '\n' + line[1:]


def literal(value):
    found = timestamp.match(value)
    if not found:
        return value
    y, mo, d, h, mi, s, zone = found.groups()
    zone = (zone or '').replace(':', '')
    return "'%s%s%s %s%s%s%s'" % (y, mo, d, h, mi, s, zone)


statements = []
for i, entry in enumerate(entries):
    if entry is None or entry[0] != 'LOG':
        continue
    found = statement.match(entry[1])
    if not found:
        continue
    sql = found.group(1)
    detail = entries[i + 1] if i + 1 < len(entries) else None
    if detail is not None and detail[0] == 'DETAIL' and detail[1].startswith('parameters: '):
        values = {int(n): literal(v) for n, v in parameter.findall(detail[1])}
        sql = re.sub(r'\$(\d+)\b', lambda m: values[int(m.group(1))], sql)
    sql = ' '.join(sql.split())
    if ':' in re.sub(r'::', '', sql):
        # a colon left in a literal would be read as a pgbench variable
        sql = re.sub(r"'([^']*)'", lambda m: "'" + m.group(1).replace(':', '') + "'" if re.fullmatch(r'[\d\-: .+T]+', m.group(1)) else m.group(0), sql)
    statements.append(sql.rstrip(';') + ';')

for sql in statements:
    print(sql)
print(len(statements), file=sys.stderr)
