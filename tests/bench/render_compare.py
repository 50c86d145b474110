#!/usr/bin/python3
"""Render benchmark: the same 500-workshop x 20-presentation site built by
webcast-admin, by Hugo and by Django's template engine, in one run.

    /usr/bin/python3 tests/bench/render_compare.py build/webcast-admin [runs]

Each tool gets an equivalent content tree and templates (master page with a
schedule by day, one page per talk with Markdown summary and bio, an index)
and writes every page to disk. Times are wall-clock medians; peak memory is
the child's max RSS. Needs Debian's hugo, python3-django, python3-markdown
(packaging/install-deps.sh --bench).

Every build to disk goes into a folder of its own, and nothing is deleted
until the end: on ext4 without a journal (this machine's disk) a file made
soon after many were deleted costs a scan of the recently freed inodes
(perf: 60 % of the time in ext4's recently_deleted), which made whichever
tool ran after a deletion look slow. Ends with machine-readable lines for
tests/bench/run-all: "ratio <name> <ours/theirs>".
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

WORKSHOPS, TALKS = 500, 20


LAST_OUTPUT = [""]


def run(cmd, **kw):
    """Runs cmd, returns (seconds, peak RSS MiB); keeps its stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {proc.stderr.read().decode()}")
    LAST_OUTPUT[0] = out.decode()
    return elapsed, usage.ru_maxrss / 1024.0


def dataset():
    workshops = []
    for i in range(WORKSHOPS):
        day = 6 + (i % 20)
        ws = {
            "slug": f"workshop-{i + 1:04d}", "title": f"Workshop number {i + 1} on a recurring topic",
            "description": f"Description of **workshop {i + 1}**.", "location": f"Room {i % 17}",
            "first_day": f"2026-03-{day:02d}", "last_day": f"2026-03-{day + 2:02d}",
            "time_zone": "Europe/Berlin", "webcast_state": "archive", "presentations": [],
        }
        for t in range(TALKS):
            ws["presentations"].append({
                "slug": f"talk-{t + 1}", "title": f"Talk {t + 1} of workshop {i + 1}",
                "speaker_name": f"Speaker {t + 1}", "speaker_affiliation": f"University {t % 7}",
                "speaker_bio": "A *speaker* with a short bio.",
                "summary": "A summary of the talk with **Markdown**.\n\n- one\n- two",
                "starts_at": f"2026-03-{day + t % 3:02d}T{9 + t // 3:02d}:00:00",
                "ends_at": f"2026-03-{day + t % 3:02d}T{9 + t // 3:02d}:45:00",
                "room": "Hall", "has_webcast": True, "webcast_state": "archive",
                "webcast_path": ws["slug"], "webcast_filename": f"talk-{t + 1}.mov",
            })
        workshops.append(ws)
    return {"workshops": workshops}


HUGO_LIST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>{{ .Title }}</title>
<link rel="stylesheet" href="/style.css"/></head><body><main><h1>{{ .Title }}</h1>
<p>{{ .Params.dates }} · {{ .Params.location }}</p><section class="state-{{ .Params.state }}"><h2>{{ .Params.state }}</h2></section>
<section>{{ .Content }}</section><section><h2>Schedule</h2>
{{ if isset .Params "state" }}{{ range (.Pages.ByParam "starts").GroupByParam "day" }}<h3>{{ .Key }}</h3><table><tbody>
{{ range .Pages }}<tr class="state-{{ .Params.state }}"><td>{{ .Params.time }}</td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a><br/>{{ .Params.room }}</td><td>{{ .Params.speaker }}</td><td>{{ .Params.state }}</td></tr>
{{ end }}</tbody></table>{{ end }}{{ end }}</section></main></body></html>
"""
HUGO_SINGLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>{{ .Title }}</title>
<link rel="stylesheet" href="/style.css"/></head><body><main><h1>{{ .Title }}</h1>
<p><strong>{{ .Params.speaker }}</strong>, {{ .Params.affiliation }}</p>
<section class="state-{{ .Params.state }}"><video controls src="{{ .Params.video }}"></video>
<a href="{{ .Params.refmov }}">QuickTime</a></section>
<section><h2>Summary</h2>{{ .Content }}</section><section><h2>About the speaker</h2>{{ .Params.bio | markdownify }}</section>
</main></body></html>
"""
HUGO_INDEX = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Webcasts</title></head>
<body><main><h1>Workshop webcasts</h1><ul>{{ range (where .Site.Sections "Section" "workshops") }}{{ range .Sections }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.dates }}</li>{{ end }}{{ end }}</ul></main></body></html>
"""


def hugo_tree(data, root):
    os.makedirs(os.path.join(root, "layouts", "_default"))
    with open(os.path.join(root, "config.toml"), "w") as f:
        f.write('baseURL = "https://webcasts.example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    for name, text in (("list.html", HUGO_LIST), ("single.html", HUGO_SINGLE)):
        with open(os.path.join(root, "layouts", "_default", name), "w") as f:
            f.write(text)
    with open(os.path.join(root, "layouts", "index.html"), "w") as f:
        f.write(HUGO_INDEX)
    content = os.path.join(root, "content", "workshops")
    os.makedirs(content)
    with open(os.path.join(content, "_index.md"), "w") as f:
        f.write("---\ntitle: Workshops\n---\n")
    for ws in data["workshops"]:
        d = os.path.join(content, ws["slug"])
        os.makedirs(d)
        with open(os.path.join(d, "_index.md"), "w") as f:
            f.write(json.dumps({"title": ws["title"], "dates": ws["first_day"] + " – " + ws["last_day"],
                                "location": ws["location"], "state": ws["webcast_state"]}))
            f.write("\n\n" + ws["description"] + "\n")
        for p in ws["presentations"]:
            pd = os.path.join(d, p["slug"])
            os.makedirs(pd)
            with open(os.path.join(pd, "index.md"), "w") as f:
                f.write(json.dumps({
                    "title": p["title"], "speaker": p["speaker_name"], "affiliation": p["speaker_affiliation"],
                    "bio": p["speaker_bio"], "state": p["webcast_state"], "starts": p["starts_at"],
                    "day": p["starts_at"][:10], "time": p["starts_at"][11:16], "room": p["room"],
                    "video": "https://stream.example.org/hls/" + p["webcast_path"] + "/" + p["webcast_filename"],
                    "refmov": "/presentations/webcast-archive.ref.mov"}))
                f.write("\n\n" + p["summary"] + "\n")


DJANGO_SCRIPT = r'''
import json, os, sys
import django
from django.conf import settings
settings.configure(TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": []}])
django.setup()
from django.template import Engine, Context
from django.utils.safestring import mark_safe
import markdown

engine = Engine(autoescape=True)
LIST = engine.from_string("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>{{ w.title }}</title>
<link rel="stylesheet" href="../../style.css"/></head><body><main><h1>{{ w.title }}</h1>
<p>{{ w.first_day }} – {{ w.last_day }} · {{ w.location }}</p><section class="state-{{ w.webcast_state }}"><h2>{{ w.webcast_state }}</h2></section>
<section>{{ description }}</section><section><h2>Schedule</h2>
{% for day in days %}<h3>{{ day.0 }}</h3><table><tbody>
{% for p in day.1 %}<tr class="state-{{ p.webcast_state }}"><td>{{ p.time }}</td><td><a href="{{ p.slug }}/index.html">{{ p.title }}</a><br/>{{ p.room }}</td><td>{{ p.speaker_name }}</td><td>{{ p.webcast_state }}</td></tr>
{% endfor %}</tbody></table>{% endfor %}</section></main></body></html>
""")
SINGLE = engine.from_string("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>{{ p.title }}</title>
<link rel="stylesheet" href="../../../style.css"/></head><body><main><h1>{{ p.title }}</h1>
<p><strong>{{ p.speaker_name }}</strong>, {{ p.speaker_affiliation }}</p>
<section class="state-{{ p.webcast_state }}"><video controls src="{{ video }}"></video><a href="{{ refmov }}">QuickTime</a></section>
<section><h2>Summary</h2>{{ summary }}</section><section><h2>About the speaker</h2>{{ bio }}</section>
</main></body></html>
""")
INDEX = engine.from_string("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Webcasts</title></head>
<body><main><h1>Workshop webcasts</h1><ul>{% for w in workshops %}<li><a href="workshops/{{ w.slug }}/index.html">{{ w.title }}</a> {{ w.first_day }}</li>{% endfor %}</ul></main></body></html>
""")

def md(text):
    return mark_safe(markdown.markdown(text))

data = json.load(open(sys.argv[1]))
out = sys.argv[2]
memory_only = len(sys.argv) > 3 and sys.argv[3] == "--memory"
pages = {}
def write(path, text):
    if memory_only:
        pages[path] = text
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
write(os.path.join(out, "index.html"), INDEX.render(Context({"workshops": data["workshops"]})))
for w in data["workshops"]:
    days = {}
    for p in w["presentations"]:
        p["time"] = p["starts_at"][11:16]
        days.setdefault(p["starts_at"][:10], []).append(p)
    base = os.path.join(out, "workshops", w["slug"])
    write(os.path.join(base, "index.html"), LIST.render(Context({
        "w": w, "description": md(w["description"]), "days": sorted(days.items())})))
    for p in w["presentations"]:
        write(os.path.join(base, p["slug"], "index.html"), SINGLE.render(Context({
            "p": p, "summary": md(p["summary"]), "bio": md(p["speaker_bio"]),
            "video": "https://stream.example.org/hls/" + p["webcast_path"] + "/" + p["webcast_filename"],
            "refmov": "../../../presentations/webcast-archive.ref.mov"})))
'''


def median_run(make_cmd, runs):
    times, peaks = [], []
    for i in range(runs):
        t, m = run(make_cmd(i))
        times.append(t)
        peaks.append(m)
    return statistics.median(times), max(peaks)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    app = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    work = tempfile.mkdtemp(prefix="webcast-render-bench-")
    env = dict(os.environ, HOME=work, XDG_DATA_HOME=os.path.join(work, "data"))
    try:
        data = dataset()
        data_file = os.path.join(work, "site.json")
        with open(data_file, "w") as f:
            json.dump(data, f)
        db = os.path.join(work, "site.sqlite")
        subprocess.run([app, "--database", db, "init"], check=True, env=env, stdout=subprocess.DEVNULL)
        t_import, _ = run([app, "--database", db, "import", data_file], env=env)
        print(f"imported {WORKSHOPS} workshops x {TALKS} talks in {t_import:.2f} s")
        subprocess.run([app, "--database", db, "config", "rtsp-base", "rtsp://stream.example.org/vod/"],
                       check=True, env=env)
        subprocess.run([app, "--database", db, "config", "playback-base", "https://stream.example.org/hls/"],
                       check=True, env=env)

        def out(name, i):
            return os.path.join(work, f"{name}-{i}")
        phases = []

        def ours_cmd(i):
            if i > 0:  # the phases the run before printed
                phases.append(LAST_OUTPUT[0])
            return [app, "--database", db, "render", "--out", out("ours", i)]
        ours = median_run(ours_cmd, runs)
        phases.append(LAST_OUTPUT[0])
        ours_out = out("ours", 0)
        again = median_run(lambda i: [app, "--database", db, "render", "--out", ours_out], runs)
        # The CLI prints its phases: read + render is the in-memory build.
        import re
        in_memory = []
        for text in phases:
            m = re.search(r"read (\d+) ms, render (\d+) ms", text)
            in_memory.append((int(m.group(1)) + int(m.group(2))) / 1000.0)
        ours_memory = (statistics.median(in_memory), ours[1])
        files = sum(len(fs) for _, _, fs in os.walk(ours_out))

        hugo_src = os.path.join(work, "hugo")
        hugo_tree(data, hugo_src)
        hugo = median_run(lambda i: ["hugo", "--quiet", "--source", hugo_src, "--destination",
                                     out("hugo", i)], runs)
        hugo_files = sum(len(fs) for _, _, fs in os.walk(out("hugo", 0)))
        hugo_memory = median_run(lambda i: ["hugo", "--quiet", "--renderToMemory", "--source",
                                            hugo_src], runs)

        script = os.path.join(work, "django_render.py")
        with open(script, "w") as f:
            f.write(DJANGO_SCRIPT)
        django = median_run(lambda i: ["/usr/bin/python3", script, data_file, out("django", i)], runs)
        django_files = sum(len(fs) for _, _, fs in os.walk(out("django", 0)))
        django_memory = median_run(lambda i: ["/usr/bin/python3", script, data_file,
                                              out("django-memory", i), "--memory"], runs)

        hugo_name = "hugo " + subprocess.run(["hugo", "version"], capture_output=True,
                                             text=True).stdout.split()[1]
        django_name = "django " + subprocess.run(
            ["/usr/bin/python3", "-c", "import django;print(django.__version__)"],
            capture_output=True, text=True).stdout.strip()
        print(f"\nrender {WORKSHOPS} x {TALKS} site, median of {runs} runs, {os.cpu_count()} cores")
        print("(webcast-admin also writes 3 stream-link files per archived talk, a status.json and a calendar"
              " per workshop; hugo and django write only the HTML pages)")
        print(f"{'build to disk':44} {'files':>7} {'seconds':>9} {'peak MiB':>9} {'vs ours':>8}")
        for name, n, (secs, peak) in (("webcast-admin render (fresh folder)", files, ours),
                                      (hugo_name, hugo_files, hugo),
                                      (django_name, django_files, django)):
            print(f"{name:44} {n:7d} {secs:9.2f} {peak:9.1f} {secs / ours[0]:7.2f}x")
        print(f"{'build in memory (no files written)':44} {'':7} {'seconds':>9} {'peak MiB':>9} {'vs ours':>8}")
        for name, (secs, peak) in (("webcast-admin read + render phases", ours_memory),
                                   (hugo_name + " --renderToMemory", hugo_memory),
                                   (django_name + " (pages kept in memory)", django_memory)):
            print(f"{name:44} {'':7} {secs:9.2f} {peak:9.1f} {secs / ours_memory[0]:7.2f}x")
        print(f"{'republish, nothing changed':44} {files:7d} {again[0]:9.2f} {again[1]:9.1f}")
        print(f"ratio render_disk_vs_hugo {ours[0] / hugo[0]:.2f}")
        print(f"ratio render_disk_vs_django {ours[0] / django[0]:.2f}")
        print(f"ratio render_mem_vs_hugo {ours_memory[0] / hugo_memory[0]:.2f}")
        print(f"ratio render_mem_vs_django {ours_memory[0] / django_memory[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
