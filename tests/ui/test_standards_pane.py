"""The Standards pane: the inventory with each standard's validity, the reason an expired one
cannot be used, and the calibrations that used a standard between two dates."""

from __future__ import annotations

import pytest

from lab.calibration.procedures import find_procedure
from lab.calibration.runs import Environment, start_calibration
from lab.demo import load_demo_lab
from lab.storage import open_database
from lab.users import create_demo_users, log_in
from tests.lab.calibration.lab_helpers import device_of
from ui.context import PaneContext
from ui.panes.standards import StandardsPane
from ui.qt import QDate


@pytest.fixture
def lab(tmp_path):
    database = open_database(tmp_path / "lab.sqlite")
    with database.session() as session:
        load_demo_lab(session, devices_per_customer=8)
        create_demo_users(session)
    yield database
    database.close()


@pytest.fixture
def pane(qtbot, lab):
    widget = StandardsPane(PaneContext(database=lab))
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def row_of(pane, code):
    return next(y for y in range(pane.table.rowCount()) if pane.table.item(y, 0).text() == code)


def test_each_standard_is_listed_with_its_validity(pane):
    statuses = {
        pane.table.item(y, 0).text(): pane.table.item(y, 1).text()
        for y in range(pane.table.rowCount())
    }
    assert statuses["CAL-5500A-02"] == "expired: cannot be used"
    assert statuses["W-E2-01"] == "due soon"
    assert statuses["CAL-5520A-01"] == "valid"


def test_selecting_an_expired_standard_says_why_it_cannot_be_used(pane):
    pane.table.selectRow(row_of(pane, "CAL-5500A-02"))
    assert "cannot be used" in pane.reason.text() and "expired on" in pane.reason.text()
    pane.table.selectRow(row_of(pane, "W-E2-01"))
    assert "days from now" in pane.reason.text()


def test_reverse_traceability_lists_the_calibrations_that_used_the_standard(pane, lab):
    technician = log_in(lab, "an.nv", "demo-tech-2026")
    lab_id = device_of(lab, "multimeter")
    with lab.session(actor=technician) as session:
        start_calibration(
            session, technician, lab_id, find_procedure("dmm-dc-voltage"), Environment(23, 50)
        )
    pane.table.selectRow(row_of(pane, "CAL-5520A-01"))
    pane.find_button.click()
    assert pane.uses.rowCount() == 1 and pane.uses.item(0, 1).text() == lab_id
    assert "1 calibration used CAL-5520A-01" in pane.uses_summary.text()
    pane.until.setDate(QDate.currentDate().addDays(-1))
    pane.find_button.click()
    assert pane.uses.rowCount() == 0
    pane.grab().save("/tmp/standards_pane.png")


def test_why_a_standard_cannot_be_used_is_said_in_vietnamese(vietnamese, pane):
    pane.table.selectRow(row_of(pane, "CAL-5500A-02"))
    assert pane.reason.text().startswith("Không dùng được CAL-5500A-02 (")
    assert "hãy gửi hiệu chuẩn lại và nhập giấy chứng nhận mới." in pane.reason.text()
    pane.table.selectRow(row_of(pane, "W-E2-01"))
    assert "ngày nữa: hãy đặt lịch hiệu chuẩn lại." in pane.reason.text()
    pane.grab().save("/tmp/vi_standards_pane.png")


ROLE_COLUMN = 4


def test_each_standard_says_what_it_is_used_as(pane):
    assert pane.table.horizontalHeaderItem(ROLE_COLUMN).text() == "Used as"
    assert pane.table.item(row_of(pane, "CAL-5520A-01"), ROLE_COLUMN).text() == "calibrator"
    assert pane.table.item(row_of(pane, "W-E2-01"), ROLE_COLUMN).text() == "weights"


def test_what_each_standard_is_used_as_is_said_in_vietnamese(vietnamese, pane):
    used_as = {
        pane.table.item(y, 0).text(): pane.table.item(y, ROLE_COLUMN).text()
        for y in range(pane.table.rowCount())
    }
    assert used_as == {
        "CAL-5520A-01": "máy hiệu chuẩn",
        "CAL-5500A-02": "máy hiệu chuẩn",
        "W-E2-01": "quả cân chuẩn",
        "DW-9102S-01": "lò nhiệt khô",
        "PG-REF-01": "áp kế chuẩn",
    }
    pane.grab().save("/tmp/vi_standards_roles.png")
