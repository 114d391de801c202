"""The audit log: who changed or exported what. Personal data processing is flagged (UU 27/2022)."""
from __future__ import annotations

import getpass
import json
import socket
from functools import lru_cache

from ..models import AuditLog


@lru_cache(maxsize=1)
def actor() -> str:
    """The operating-system user and the PC's name: enough to tell desks and staff apart."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some service contexts
        user = "?"
    return f"{user}@{socket.gethostname()}"


def log(action: str, entity: str, entity_id: int | None = None, *, meeting_id: int | None = None,
        detail: dict | str = "", personal_data: bool = False) -> None:
    text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False, default=str)
    AuditLog.create(actor=actor(), action=action, entity=entity, entity_id=entity_id, meeting=meeting_id,
                    detail=text, personal_data=personal_data)

