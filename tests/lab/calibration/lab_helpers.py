"""Helpers for the calibration tests: the demo users' passwords, a device of a kind."""

from __future__ import annotations

from sqlalchemy import select

from lab.storage.models import Device
from lab.users import log_in

PASSWORDS = {
    "an.nv": "demo-tech-2026",
    "dung.hq": "demo-review-2026",
    "chi.ttm": "demo-sign-2026",
    "em.dt": "demo-sign2-2026",
}


def user(database, name):
    return log_in(database, name, PASSWORDS[name])


def device_of(database, kind, *, range_max=None, accuracy_startswith=None):
    """The lab ID of a demo device of ``kind`` (and range / accuracy when given)."""
    with database.read_session() as session:
        for d in session.scalars(select(Device).where(Device.kind == kind).order_by(Device.lab_id)):
            if range_max is not None and d.range_max != range_max:
                continue
            if accuracy_startswith and not (d.accuracy or "").startswith(accuracy_startswith):
                continue
            return d.lab_id
    raise LookupError(f"no demo {kind}")
