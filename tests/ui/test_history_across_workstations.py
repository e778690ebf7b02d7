"""A device's history tab and the audit trail pane show the events of other workstations,
pulled at sync from a real central PostgreSQL, each naming its workstation (issue 8)."""

from __future__ import annotations

from lab.sync.engine import sync
from tests.lab.sync.calibrations import add_calibration, add_standard
from tests.lab.sync.conftest import (  # noqa: F401  (the real PostgreSQL fixtures)
    pg_server,
    pg_socket_dir,
    upstream,
    upstream_url,
    workstations,
)
from tests.lab.sync.helpers import add_customer, add_devices, edit_device
from ui.history import AuditTrailView, RecordHistory


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_device_history_names_the_workstation_that_calibrated_it(
    workstations,  # noqa: F811
    upstream,  # noqa: F811
    qtbot,
):
    a, b = workstations("Lab Điện 1"), workstations("Lab Điện 2")
    (device,) = add_devices(a, add_customer(a), 1)
    sync(a, upstream)
    sync(b, upstream)
    add_calibration(b, device, add_standard(b), points=1)
    edit_device(b, device, notes="Đã hiệu chuẩn")
    sync(b, upstream)
    sync(a, upstream)

    history = RecordHistory(a, "devices", str(device))
    qtbot.addWidget(history)
    rows = _rows(history.table)
    assert rows[0][1:4] == ["Lab Điện 1", "system", "create"]
    calibrated = [r[1:6] for r in rows if r[4] == "procedure_name"]
    assert calibrated == [["Lab Điện 2", "system", "create", "procedure_name", "— → DMM-DCV"]]
    assert rows[-1][1:5] == ["Lab Điện 2", "system", "update", "notes"]
    assert rows[-1][5] == "— → Đã hiệu chuẩn"
    history.resize(1000, 300)
    history.show()
    history.grab().save("/tmp/caldesk-history-two-workstations.png")

    trail = AuditTrailView(a)
    qtbot.addWidget(trail)
    trail.search_field.setText("Đã hiệu chuẩn")
    trail.run_search()
    (found,) = _rows(trail.table)
    assert found[1] == "Lab Điện 2" and "notes: — → Đã hiệu chuẩn" in found[6]
    trail.search_field.clear()
    trail.run_search()
    named = {row[1] for row in _rows(trail.table)}
    assert named == {"Lab Điện 1", "Lab Điện 2"}
    trail.resize(1100, 400)
    trail.show()
    trail.grab().save("/tmp/caldesk-audit-two-workstations.png")
