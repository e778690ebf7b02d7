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


def drifted_device(database, kind):
    """The lab ID of a demo device of ``kind`` that the simulated bench makes arrive out of
    tolerance (:func:`lab.calibration.bench.simulated_fraction`: about one in four, by lab ID).
    Demo lab IDs differ from one database to the next, so the first device of ``kind`` gets an
    unused lab ID of the drifted kind when none of them is."""
    import hashlib

    def drifted(lab_id: str) -> bool:
        return hashlib.sha256(lab_id.encode()).digest()[1] < 64

    with database.session() as session:
        devices = session.scalars(
            select(Device).where(Device.kind == kind).order_by(Device.lab_id)
        ).all()
        for device in devices:
            if drifted(device.lab_id):
                return device.lab_id
        prefix = devices[0].lab_id.rsplit("-", 1)[0]
        taken = set(session.scalars(select(Device.lab_id)))
        new_id = next(
            i for n in range(90000, 99999) if drifted(i := f"{prefix}-{n:05d}") and i not in taken
        )
        devices[0].lab_id = new_id
        return new_id
