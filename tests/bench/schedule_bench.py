#!/usr/bin/python3
"""Schedule import benchmark: a 1,000-talk frab schedule.xml imported into a
new workshop, then the diff of its next release (--dry-run) and that release
applied, each as one `webcast-admin schedule-import` process.

    /usr/bin/python3 tests/bench/schedule_bench.py build/webcast-admin [runs]

The next release is shaped like a real one: every slug changes (frab puts
the title into it), 40 talks move to another room or hour, 20 are retitled,
20 leave the schedule and 20 are new; guids stay. The reference in the same
run is the script a coordinator would write instead: Python's ElementTree
reading the same file and an SQLite upsert keyed on the guid (no diff, no
rules, no rooms), so the ratio says what our checks and our diff cost on top
of parsing and storing. Times are wall-clock medians; peak memory is the
child's max RSS.
"""
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

TALKS, DAYS, ROOMS = 1000, 5, 8


def run(cmd):
    """Runs cmd, returns (seconds, peak RSS MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)} failed: {err.decode()}")
    return elapsed, usage.ru_maxrss / 1024.0, out.decode()


def schedule(release):
    """The frab schedule.xml of release 1 or 2 as text."""
    per_day = TALKS // DAYS
    days = []
    for d in range(DAYS):
        date = f"2026-03-{10 + d:02d}"
        rooms = {r: [] for r in range(ROOMS)}
        for i in range(d * per_day, (d + 1) * per_day):
            n = i + 1
            if release == 2 and n % 50 == 7:
                continue  # 20 talks leave the schedule
            room = i % ROOMS
            slot = (i - d * per_day) // ROOMS
            hour, minute = 9 + slot // 2, 30 * (slot % 2)
            title = f"Talk {n}: on measuring things with care, part {n % 7}"
            if release == 2:
                if n % 25 == 3:
                    room = (room + 1) % ROOMS  # 40 moved to another room
                if n % 50 == 11:
                    title += " (updated)"  # 20 retitled
            rooms[room].append((n, hour, minute, title))
        if release == 2 and d == DAYS - 1:
            for k in range(20):  # 20 new talks in the evening
                rooms[k % ROOMS].append((TALKS + k + 1, 21 + k // 16, 3 * (k % 16), f"Late addition {k + 1}"))
        days.append((d, date, rooms))

    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n'
           f'  <version>release {release}</version>\n'
           '  <conference><acronym>bench26</acronym><title>Benchmark Conference 2026</title>'
           f'<start>2026-03-10</start><end>2026-03-{9 + DAYS}</end><days>{DAYS}</days>'
           '<time_zone_name>Europe/Berlin</time_zone_name></conference>\n']
    for d, date, rooms in days:
        out.append(f'  <day index="{d + 1}" date="{date}" start="{date}T09:00:00+01:00" '
                   f'end="2026-03-{11 + d:02d}T04:00:00+01:00">\n')
        for r, events in rooms.items():
            out.append(f'    <room name="Hörsaal {r + 1}" guid="00000000-0000-4000-8000-{r + 1:012d}">\n')
            for n, hour, minute, title in events:
                slug = f"bench26-{n}-{'talk' if release == 1 else 'r2-talk'}-{n}"
                out.append(
                    f'      <event guid="11111111-2222-4333-8444-{n:012d}" id="{n}">'
                    f'<date>{date}T{hour:02d}:{minute:02d}:00+01:00</date>'
                    f'<start>{hour:02d}:{minute:02d}</start><duration>00:25</duration>'
                    f'<room>Hörsaal {r + 1}</room><slug>{slug}</slug>'
                    f'<title>{escape(title)}</title><subtitle/><track>Track {n % 5}</track>'
                    '<type>lecture</type><language>en</language>'
                    f'<abstract>An abstract of talk {n} with &lt;b&gt;some&lt;/b&gt; markup and a '
                    'sentence long enough to be like a real one.</abstract>'
                    f'<description>A longer description of talk {n}. {"Lorem ipsum dolor sit amet. " * 8}'
                    '</description>'
                    f'<persons><person id="{n}">Speaker Number {n}</person>'
                    f'<person id="{n + 5000}">Co-Author {n % 97}</person></persons>'
                    '<links/><attachments/></event>\n')
            out.append('    </room>\n')
        out.append('  </day>\n')
    out.append('</schedule>\n')
    return ''.join(out)


def reference(database, path):
    """What a coordinator's script does: parse, then upsert by guid."""
    db = sqlite3.connect(database)
    db.execute("CREATE TABLE IF NOT EXISTS talk (guid TEXT PRIMARY KEY, slug TEXT, title TEXT,"
               " speakers TEXT, room TEXT, starts TEXT, duration TEXT, abstract TEXT,"
               " description TEXT)")
    rows = []
    for event in ET.parse(path).getroot().iter("event"):
        rows.append((event.get("guid"), event.findtext("slug"), event.findtext("title"),
                     ", ".join(p.text or "" for p in event.iter("person")),
                     event.findtext("room"), event.findtext("date"), event.findtext("duration"),
                     event.findtext("abstract"), event.findtext("description")))
    with db:
        db.executemany("INSERT INTO talk VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(guid) DO UPDATE SET"
                       " slug=excluded.slug, title=excluded.title, speakers=excluded.speakers,"
                       " room=excluded.room, starts=excluded.starts, duration=excluded.duration,"
                       " abstract=excluded.abstract, description=excluded.description", rows)
    db.close()


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "--reference":
        reference(sys.argv[2], sys.argv[3])
        return
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    work = tempfile.mkdtemp(prefix="schedule-bench-")
    r1, r2 = os.path.join(work, "release1.xml"), os.path.join(work, "release2.xml")
    with open(r1, "w", encoding="utf-8") as f:
        f.write(schedule(1))
    with open(r2, "w", encoding="utf-8") as f:
        f.write(schedule(2))
    size = os.path.getsize(r1) / 1024.0 / 1024.0

    figures = {k: [] for k in ("import", "diff", "apply", "ref-import", "ref-reimport")}
    last = {}
    for i in range(runs):
        db = os.path.join(work, f"ours-{i}.sqlite")
        run([binary, "--database", db, "init"])
        base = [binary, "--database", db, "schedule-import"]
        figures["import"].append(run(base + [r1, "--workshop", "bench26"]))
        figures["diff"].append(run(base + [r2, "--workshop", "bench26", "--dry-run"]))
        figures["apply"].append(run(base + [r2, "--workshop", "bench26"]))
        ref = os.path.join(work, f"ref-{i}.sqlite")
        me = [sys.executable, os.path.abspath(__file__), "--reference", ref]
        figures["ref-import"].append(run(me + [r1]))
        figures["ref-reimport"].append(run(me + [r2]))
    for key in ("import", "diff", "apply"):
        last[key] = figures[key][-1][2].strip().splitlines()[-1]

    def med(key, field):
        return statistics.median(s[field] for s in figures[key])

    print(f"schedule: {TALKS} talks, {DAYS} days, {ROOMS} rooms, {size:.1f} MiB of XML; "
          f"median of {runs} runs")
    print(f"{'':38} {'seconds':>9} {'peak MiB':>9}")
    rows = [("first import (new workshop)", "import"),
            ("re-import diff (--dry-run)", "diff"),
            ("re-import applied", "apply"),
            ("reference: ElementTree + sqlite3", "ref-import"),
            ("reference: re-import upsert", "ref-reimport")]
    for label, key in rows:
        print(f"{label:38} {med(key, 0):9.3f} {med(key, 1):9.1f}")
    print(f"ratio schedule_import_vs_script {med('import', 0) / med('ref-import', 0):.2f}")
    print(f"ratio schedule_reimport_vs_script {med('apply', 0) / med('ref-reimport', 0):.2f}")
    for key in ("import", "diff", "apply"):
        print(f"{key}: {last[key]}")


if __name__ == "__main__":
    main()
