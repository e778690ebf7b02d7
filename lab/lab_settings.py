"""Lab-wide settings behind the admin's permission (issue 5: "only an admin manages users and lab
settings"). Every change is audited old → new by the change listener, like any record.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from lab.permissions import LabUser, Permission, require
from lab.storage.models import LabSetting

log = logging.getLogger(__name__)


def lab_setting(session: Session, key: str, default: object = None) -> object:
    """The value of a setting, or ``default`` when it was never set."""
    setting = session.get(LabSetting, key)
    return default if setting is None else setting.value


def set_lab_setting(
    session: Session, user: LabUser, key: str, value: object, *, note: str | None = None
) -> None:
    """Set a lab setting (lab name, address, accreditation number, idle-lock minutes, ...)."""
    require(user, Permission.LAB_SETTINGS)
    cleaned = (key or "").strip()
    if not cleaned or len(cleaned) > 64:
        raise ValueError("A setting needs a name of 1 to 64 characters.")
    setting = session.get(LabSetting, cleaned)
    if setting is None:
        session.add(LabSetting(key=cleaned, value=value, note=note))
    else:
        setting.value = value
        if note is not None:
            setting.note = note
    session.flush()
    log.info("lab setting %s changed by %s", cleaned, user.name)
