"""The phones of bench_lan.py, in a process of their own: `lan_phones.py URL SPREAD_SECONDS`, the names as a JSON
list on stdin. Each phone is a thread with its own loopback source address; it loads the page, reads the form's
fields, and sends it with its name, as a browser would (form-encoded, same Origin). Prints JSON: the answer time
of every POST in ms and any errors."""
from __future__ import annotations

import html
import http.client
import json
import random
import re
import sys
import threading
import time
from urllib.parse import urlencode, urlsplit

_INPUT = re.compile(r"<input\b[^>]*>", re.I)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_FORM = re.compile(r'<form\b[^>]*action="([^"]*)"', re.I)


def _conn(host: str, port: int, source: str) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(host, port, timeout=30, source_address=(source, 0))


def phone(url: str, name: str, source: str, delay: float, out: dict) -> None:
    time.sleep(delay)
    parts = urlsplit(url.lower())
    path = urlsplit(url).path
    origin = f"http://{parts.hostname}:{parts.port}"
    try:
        c = _conn(parts.hostname, parts.port, source)
        c.request("GET", path)
        r = c.getresponse()
        page = r.read().decode("utf-8")
        if r.status != 200:
            raise RuntimeError(f"GET {r.status}")
        fields = {}
        for tag in _INPUT.findall(page):
            attrs = {k.lower(): html.unescape(v) for k, v in _ATTR.findall(tag)}
            if attrs.get("type", "text").lower() == "hidden" and "name" in attrs:
                fields[attrs["name"]] = attrs.get("value", "")
        fields["name"] = name
        action = _FORM.search(page)
        target = html.unescape(action.group(1)) if action and action.group(1) else path
        body = urlencode(fields)
        started = time.perf_counter()
        c.request("POST", target, body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Origin": origin})
        r = c.getresponse()
        answer = r.read().decode("utf-8")
        out["latencies"].append((time.perf_counter() - started) * 1000)
        if r.status != 200 or "tercatat hadir" not in answer:
            raise RuntimeError(f"POST {r.status}")
        c.close()
    except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure, whatever it is
        out["errors"].append(f"{name}: {exc}")


def main() -> None:
    url, spread = sys.argv[1], float(sys.argv[2])
    names = json.loads(sys.stdin.read())
    rng = random.Random(7)
    out = {"latencies": [], "errors": []}
    threads = [threading.Thread(target=phone, args=(url, n, f"127.0.{1 + i // 250}.{2 + i % 250}",
                                                    rng.uniform(0, spread), out)) for i, n in enumerate(names)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps({"latencies_ms": out["latencies"], "errors": out["errors"]}))


if __name__ == "__main__":
    main()
