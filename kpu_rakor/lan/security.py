"""The sign-in page's guards: the meeting's secret token in the URL, one-time form nonces, and a per-address
rate limiter. All are in memory and die with the server: a restart makes a new token, so an old QR is dead.
"""
from __future__ import annotations

import base64
import hmac
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
