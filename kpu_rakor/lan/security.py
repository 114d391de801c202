"""The sign-in page's guards: the meeting's secret token in the URL, one-time form nonces, per-address rate
limiters, the gate that orders sign-in writes (first-timers first), and the queue that serves light addresses
before busy ones. All are in memory and die with the
server: a restart makes a new token, so an old QR is dead.
"""
from __future__ import annotations

import base64
import heapq
import hmac
import itertools
import re
import secrets
import threading
import time
from collections import OrderedDict

TOKEN_BYTES = 20  # 160 bits; base32 of 20 bytes is exactly 32 characters, no padding
_TOKEN_TEXT = re.compile(r"^[A-Za-z2-7]{1,64}$")


def new_token() -> str:
    """A fresh random token in upper-case base32 (`[A-Z2-7]`): the URL stays in QR's alphanumeric mode."""
    return base64.b32encode(secrets.token_bytes(TOKEN_BYTES)).decode("ascii").rstrip("=")


def token_matches(candidate: str, token: str) -> bool:
    """Constant-time comparison. Base32 means the same in either case, so a lower-cased URL still works."""
    if not _TOKEN_TEXT.match(candidate or ""):
        return False
    return hmac.compare_digest(candidate.upper().encode("ascii"), token.encode("ascii"))


class NonceStore:
    """One-time form nonces: each page GET issues one, one POST consumes it. They expire after `ttl` seconds;
    at most `capacity` are outstanding (the oldest are dropped first), so memory stays bounded."""

    def __init__(self, ttl: float = 30 * 60, capacity: int = 10_000, clock=time.monotonic):
        self.ttl, self.capacity, self._clock = ttl, capacity, clock
        self._issued: OrderedDict[str, float] = OrderedDict()  # nonce -> expiry, oldest first
        self._lock = threading.Lock()

    def issue(self) -> str:
        nonce = secrets.token_urlsafe(18)  # 144 bits
        now = self._clock()
        with self._lock:
            self._purge(now)
            while len(self._issued) >= self.capacity:
                self._issued.popitem(last=False)
            self._issued[nonce] = now + self.ttl
        return nonce

    def consume(self, nonce: str) -> bool:
        """True once for a nonce this store issued and that has not expired; False ever after."""
        if not nonce or len(nonce) > 64:
            return False
        now = self._clock()
        with self._lock:
            expiry = self._issued.pop(nonce, None)  # a dict lookup: the nonce is not a secret worth timing
            self._purge(now)
        return expiry is not None and expiry > now

    def __len__(self) -> int:
        with self._lock:
            return len(self._issued)

    def _purge(self, now: float) -> None:
        # Same ttl for all: insertion order is expiry order, so expired ones are at the front.
        while self._issued:
            nonce, expiry = next(iter(self._issued.items()))
            if expiry > now:
                break
            self._issued.popitem(last=False)


class RateLimiter:
    """A token bucket per client address: `burst` requests at once (a page load fetches the page, its CSS, its
    script and a favicon), then `rate` a second. Tracks at most `capacity` addresses; the least recently seen
    go first, so a flood of addresses cannot grow memory. Thread-safe."""

    # The burst is generous: an office Wi-Fi that NATs puts several phones behind one address.
    def __init__(self, rate: float = 5.0, burst: float = 30.0, capacity: int = 4096, clock=time.monotonic):
        self.rate, self.burst, self.capacity, self._clock = rate, burst, capacity, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address -> (tokens, when)
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = self._clock()
        with self._lock:
            tokens, when = self._buckets.pop(address, (self.burst, now))
            tokens = min(self.burst, tokens + (now - when) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[address] = (tokens, now)  # re-inserted: most recently seen at the end
            while len(self._buckets) > self.capacity:
                self._buckets.popitem(last=False)
        return allowed

    def __len__(self) -> int:
        with self._lock:
            return len(self._buckets)


class WriteGate:
    """Sign-ins are written one at a time (they are anyway: the meeting lock, SQLite's one writer). The gate
    decides who goes next: an address that has not signed anyone in yet goes before one that has, oldest first
    within each, so an honest phone waits for at most the one write in progress and not for a flood's queue.
    And it keeps worker threads free for pages: an address that already signed someone in is turned away
    (enter() is False; the phone is asked to send again) while `max_waiting_again` sign-ins wait. A first
    sign-in always waits its turn. Woken at once, unlike SQLite's busy handler, which sleeps in steps of up to
    100 ms after the lock is free. Tracks at most `capacity` addresses."""

    def __init__(self, max_waiting_again: int = 2, capacity: int = 4096):
        self.max_waiting_again, self.capacity = max_waiting_again, capacity
        self._cond = threading.Condition()
        self._queue: list[tuple[int, int]] = []  # (sign-ins already written from the address, ticket)
        self._tickets = itertools.count()
        self._busy = False
        self._done: OrderedDict[str, int] = OrderedDict()  # address -> sign-ins written

    def enter(self, address: str, timeout: float = 30.0) -> bool:
        with self._cond:
            prior = self._done.get(address, 0)
            if prior and len(self._queue) >= self.max_waiting_again:
                return False
            entry = (prior, next(self._tickets))
            heapq.heappush(self._queue, entry)
            deadline = time.monotonic() + timeout
            while self._busy or self._queue[0] != entry:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._queue.remove(entry)
                    heapq.heapify(self._queue)
                    self._cond.notify_all()
                    return False
                self._cond.wait(left)
            heapq.heappop(self._queue)
            self._busy = True
            return True

    def leave(self, address: str, wrote: bool = True) -> None:
        """The sign-in is done; `wrote` False (the form was refused) does not count against the address."""
        with self._cond:
            if wrote:
                self._done[address] = self._done.pop(address, 0) + 1
                while len(self._done) > self.capacity:
                    self._done.popitem(last=False)
            self._busy = False
            self._cond.notify_all()

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)


class FairQueue:
    """The server's queue of requests waiting for a worker thread, served lightest address first: an address
    that sent few requests lately (a phone loading the page) goes before one that sent many (a script), in
    arrival order within the same weight. A flood then waits behind the phones instead of the phones behind the
    flood. The weight is a count of the address's requests that halves every `half_life` seconds.

    It stands in for waitress's deque (`append`, `popleft`, `len`), always under the dispatcher's lock; it takes
    no lock of its own. Tracks at most `capacity` addresses."""

    def __init__(self, half_life: float = 5.0, capacity: int = 4096, clock=time.monotonic):
        self.half_life, self.capacity, self._clock = half_life, capacity, clock
        self._heap: list[tuple[int, int, object]] = []
        self._seq = itertools.count()
        self._weights: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address -> (weight, when)

    def weight(self, address: str) -> float:
        """Add one request from `address` and return its weight (1.0 for the first in a while)."""
        now = self._clock()
        weight, when = self._weights.pop(address, (0.0, now))
        weight = weight * 0.5 ** ((now - when) / self.half_life) + 1.0
        self._weights[address] = (weight, now)
        while len(self._weights) > self.capacity:
            self._weights.popitem(last=False)
        return weight

    def append(self, task) -> None:
        addr = getattr(getattr(task, "channel", None), "addr", None)
        address = addr[0] if isinstance(addr, tuple) and addr else "?"
        heapq.heappush(self._heap, (int(self.weight(address)), next(self._seq), task))

    def popleft(self):
        return heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)
