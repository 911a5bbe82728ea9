"""Opens an HTML report in headless Chromium and fails on any console message (a blocked request or
script raises one under the report's Content-Security-Policy), on any request the page itself makes,
or on a script or image element in the rendered page. Optionally saves a screenshot."""
import json
import pathlib
import subprocess
import sys
import tempfile

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
         "--disable-default-apps", "--no-default-browser-check"]


def main(report, screenshot=None):
    url = pathlib.Path(report).resolve().as_uri()
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        net_log = pathlib.Path(folder) / "net.json"
        run = subprocess.run(["chromium", *FLAGS, "--enable-logging=stderr", "--v=0", f"--log-net-log={net_log}",
                              "--dump-dom", url], capture_output=True, text=True, timeout=120)
        console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
        failures += [f"console: {line}" for line in console]
        events = json.loads(net_log.read_text(encoding="utf-8")).get("events", [])
        for event in events:
            params = event.get("params", {})
            request = params.get("url", "")
            # Chromium's own background requests carry no page origin; the page's would.
            if request and not request.startswith(("file:", "data:")) and params.get("initiator", "not an origin") != "not an origin":
                failures.append(f"network request from the page: {request}")
        dom = run.stdout
        for tag in ("<script", "<img", "<iframe", "<object", "<embed"):
            if tag in dom:
                failures.append(f"the rendered page holds a {tag}> element")
        # The hostile fixture's payload would set the title to exactly this word.
        if dom.split("</title>")[0].split("<title>")[-1].strip() == "PWNED":
            failures.append("a script changed the page title")
        if screenshot:
            subprocess.run(["chromium", *FLAGS, "--window-size=1100,1800", f"--screenshot={screenshot}", url],
                           capture_output=True, timeout=120, check=True)
    for failure in failures:
        print(f"{report}: {failure}")
    if not failures:
        print(f"{report}: opened in Chromium: no console message, no request, no script")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
