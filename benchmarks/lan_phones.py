"""The phones of bench_lan.py, in a process of their own: `lan_phones.py URL SPREAD_SECONDS`, the names as a JSON
list on stdin. Each phone is a thread with its own loopback source address; it loads the page, reads the form's
fields, and sends it with its name and a drawn signature, as a browser would (form-encoded, same Origin, the
device cookie the page set). Prints JSON: the answer time of every POST in ms, of every request (page and post)
in ms, and any errors.

`lan_phones.py --flood URL SIGN_INS ADDRESSES SECONDS`: the flood of bench_lan.py's flood scenario. ADDRESSES
threads, each from its own address in 127.0.200.x (loopback only), send SIGN_INS sign-ins in all (page, then
post), spread evenly over SECONDS, on keep-alive connections, never waiting for a Retry-After; each stops by
itself after its share or after twice SECONDS. Prints JSON: how many requests were answered with each status."""
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


SIGNATURE = json.dumps([[[0.1, 0.6], [0.2, 0.3], [0.3, 0.7], [0.45, 0.35]], [[0.5, 0.5], [0.7, 0.55]]],
                       separators=(",", ":"))
_COOKIE = re.compile(r"^([^=;]+=[^;]*)")


def _conn(host: str, port: int, source: str) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(host, port, timeout=30, source_address=(source, 0))


def phone(url: str, name: str, source: str, delay: float, out: dict) -> None:
    time.sleep(delay)
    parts = urlsplit(url.lower())
    path = urlsplit(url).path
    origin = f"http://{parts.hostname}:{parts.port}"
    try:
        c = _conn(parts.hostname, parts.port, source)
        started = time.perf_counter()
        c.request("GET", path)
        r = c.getresponse()
        page = r.read().decode("utf-8")
        out["requests"].append((time.perf_counter() - started) * 1000)
        cookie = _COOKIE.match(r.getheader("Set-Cookie") or "")
        if r.status != 200:
            raise RuntimeError(f"GET {r.status}")
        fields = {}
        for tag in _INPUT.findall(page):
            attrs = {k.lower(): html.unescape(v) for k, v in _ATTR.findall(tag)}
            if attrs.get("type", "text").lower() == "hidden" and "name" in attrs:
                fields[attrs["name"]] = attrs.get("value", "")
        fields["name"] = name
        fields["signature"] = SIGNATURE
        action = _FORM.search(page)
        target = html.unescape(action.group(1)) if action and action.group(1) else path
        body = urlencode(fields)
        started = time.perf_counter()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": origin}
        if cookie:
            headers["Cookie"] = cookie.group(1)
        c.request("POST", target, body=body, headers=headers)
        r = c.getresponse()
        answer = r.read().decode("utf-8")
        out["latencies"].append((time.perf_counter() - started) * 1000)
        out["requests"].append(out["latencies"][-1])
        if r.status != 200 or "tercatat hadir" not in answer:
            raise RuntimeError(f"POST {r.status}")
        c.close()
    except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure, whatever it is
        out["errors"].append(f"{name}: {exc}")


def flooder(url: str, index: int, sign_ins: int, seconds: float, out: dict) -> None:
    """One flooding address: page, post, page, post …, a sign-in every seconds/sign_ins (or as fast as answered
    when the server is slower than that), never waiting for a Retry-After."""
    parts = urlsplit(url.lower())
    path = urlsplit(url).path
    origin = f"http://{parts.hostname}:{parts.port}"
    source = f"127.0.200.{index + 2}"
    c = None
    nonce = ""
    statuses: dict[int, int] = {}
    out["parts"].append(statuses)  # one dict per thread: no two threads count into the same one

    def ask(method: str, target: str, body=None, headers=None):
        nonlocal c
        for _ in range(2):
            try:
                if c is None:
                    c = _conn(parts.hostname, parts.port, source)
                    c.timeout = 10
                c.request(method, target, body=body, headers=headers or {})
                r = c.getresponse()
                text = r.read().decode("utf-8", "replace")
                if r.will_close:
                    c.close()
                    c = None
                return r.status, text
            except (OSError, http.client.HTTPException):
                if c is not None:
                    c.close()
                c = None
        return 0, ""
    begin = time.monotonic()
    deadline = begin + 2 * seconds
    for i in range(sign_ins):
        now = time.monotonic()
        if now > deadline:
            break
        due = begin + i * seconds / max(1, sign_ins)
        if due > now:
            time.sleep(due - now)
        status, page = ask("GET", path)
        statuses[status] = statuses.get(status, 0) + 1
        found = re.search(r'name="nonce" value="([^"]*)"', page)
        nonce = html.unescape(found.group(1)) if found else nonce
        body = urlencode({"nonce": nonce, "name": f"Banjir {index:02d} {i:03d}", "satker": "", "position": "",
                          "phone": "", "signature": SIGNATURE})
        status, _ = ask("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded",
                                             "Origin": origin})
        statuses[status] = statuses.get(status, 0) + 1
    if c is not None:
        c.close()


def flood(url: str, sign_ins: int, addresses: int, seconds: float) -> None:
    out = {"parts": []}
    per = [sign_ins // addresses + (1 if i < sign_ins % addresses else 0) for i in range(addresses)]
    threads = [threading.Thread(target=flooder, args=(url, i, per[i], seconds, out)) for i in range(addresses)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total: dict[int, int] = {}
    for part in out["parts"]:
        for k, v in part.items():
            total[k] = total.get(k, 0) + v
    print(json.dumps({"statuses": {str(k): v for k, v in sorted(total.items())}}))


def main() -> None:
    if sys.argv[1] == "--flood":
        flood(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
        return
    url, spread = sys.argv[1], float(sys.argv[2])
    names = json.loads(sys.stdin.read())
    rng = random.Random(7)
    out = {"latencies": [], "requests": [], "errors": []}
    threads = [threading.Thread(target=phone, args=(url, n, f"127.0.{1 + i // 250}.{2 + i % 250}",
                                                    rng.uniform(0, spread), out)) for i, n in enumerate(names)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps({"latencies_ms": out["latencies"], "requests_ms": out["requests"], "errors": out["errors"]}))


if __name__ == "__main__":
    main()
