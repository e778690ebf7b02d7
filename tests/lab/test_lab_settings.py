"""Lab settings: only an admin changes them, and every change is in the trail (issue 5)."""

from __future__ import annotations

import pytest

from lab.audit import history
from lab.lab_settings import lab_setting, set_lab_setting
from lab.permissions import LabUser, PermissionDenied, Role
from lab.storage import open_database

ADMIN = LabUser("hung.pv", Role.ADMIN)


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "lab.sqlite")
    yield db
    db.close()


@pytest.mark.parametrize("role", [Role.TECHNICIAN, Role.REVIEWER, Role.SIGNATORY])
def test_only_an_admin_changes_lab_settings(database, role):
    with pytest.raises(PermissionDenied, match="may not change lab settings"):
        with database.session() as s:
            set_lab_setting(s, LabUser("x.y", role), "lab_name", "Phòng thí nghiệm giả")
    with database.read_session() as s:
        assert lab_setting(s, "lab_name") is None


def test_a_lab_setting_change_is_audited_old_to_new(database):
    with database.session(actor=ADMIN, reason="tên mới theo quyết định 12/QĐ") as s:
        set_lab_setting(s, ADMIN, "lab_name", "Trung tâm Đo lường Bắc Ninh")
    with database.session(actor=ADMIN, reason="đổi tên") as s:
        set_lab_setting(s, ADMIN, "lab_name", "Trung tâm Kỹ thuật TCĐLCL Bắc Ninh")
    with database.read_session() as s:
        assert lab_setting(s, "lab_name") == "Trung tâm Kỹ thuật TCĐLCL Bắc Ninh"
        events = history(s, "lab_settings", "lab_name")
    assert [(e.action, e.actor, e.reason) for e in events] == [
        ("create", "hung.pv", "tên mới theo quyết định 12/QĐ"),
        ("update", "hung.pv", "đổi tên"),
    ]
    (change,) = events[1].changes
    assert (change.old, change.new) == (
        "Trung tâm Đo lường Bắc Ninh",
        "Trung tâm Kỹ thuật TCĐLCL Bắc Ninh",
    )
