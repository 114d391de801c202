"""The PC's IPv4 addresses, for choosing where the phones' sign-in page listens.

The office LAN address comes first (private ranges before others), then link-local, with the addresses of
virtual adapters (VirtualBox, VMware, Hyper-V, Docker, VPNs) after the real ones, and 127.0.0.1 always last:
phones cannot reach it, but it still works on this PC for a quick look.
"""
from __future__ import annotations

import ipaddress
import socket

import psutil

LOOPBACK = "127.0.0.1"
# Adapter names that are rarely the office LAN (Linux and Windows spellings).
_VIRTUAL = ("docker", "veth", "br-", "virbr", "vbox", "virtualbox", "vmnet", "vmware", "vethernet", "hyper-v",
            "tun", "tap", "wg", "zt", "tailscale", "utun", "npcap", "loopback pseudo")


def _rank(name: str, address: ipaddress.IPv4Address) -> tuple[int, int]:
    virtual = 1 if name.lower().startswith(_VIRTUAL) or any(v in name.lower() for v in ("virtual", "vpn")) else 0
    if address.is_private and not address.is_link_local:
        kind = 0
    elif address.is_link_local:  # 169.254.x.x: no DHCP answered; works only on a direct cable or ad-hoc network
        kind = 2
    else:
        kind = 1
    return virtual, kind


def lan_addresses() -> list[str]:
    """IPv4 addresses of this PC's interfaces that are up: LAN first, loopback (127.0.0.1) last, no duplicates."""
    try:
        interfaces = psutil.net_if_addrs()
    except (OSError, RuntimeError):  # no permission to list interfaces: loopback still works
        interfaces = {}
    try:
        stats = psutil.net_if_stats()
    except (OSError, RuntimeError):
        stats = {}
    found: list[tuple[tuple[int, int], int, str]] = []
    seen: set[str] = set()
    order = 0
    for name, snics in interfaces.items():
        state = stats.get(name)
        if state is not None and not state.isup:
            continue
        for snic in snics:
            if snic.family != socket.AF_INET:
                continue
            try:
                address = ipaddress.IPv4Address(snic.address.split("%")[0])
            except ValueError:
                continue
            text = str(address)
            if address.is_loopback or address.is_unspecified or address.is_multicast or text in seen:
                continue
            seen.add(text)
            found.append((_rank(name, address), order, text))
            order += 1
    return [text for _, _, text in sorted(found)] + [LOOPBACK]
