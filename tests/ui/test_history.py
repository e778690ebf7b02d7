"""The history tab of a record and the searchable audit trail view (issue 5)."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from lab.storage import open_database
from lab.storage.changes import tombstone
from lab.storage.models import Customer
from ui.history import AuditTrailView, RecordHistory


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "lab.sqlite", workstation_name="Lab A")
    yield db
    db.close()


@pytest.fixture
def customer_id(database):
    with database.session(actor="an.nv", reason="khách hàng mới") as s:
        customer = Customer(name="Trung tâm Y tế Huyện Gia Lâm", name_key=uuid.uuid4().hex)
        s.add(customer)
    with database.session(actor="dung.hq", reason="sai số điện thoại") as s:
        s.get(Customer, customer.id).phone = "024 3827 1234"
    with database.session(actor="an.nv") as s:  # another record: not in this history
        s.add(Customer(name="Công ty khác", name_key=uuid.uuid4().hex))
    return customer.id


def _cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_history_tab_shows_who_changed_which_field_from_what_to_what_and_why(
    database, customer_id, qtbot
):
    view = RecordHistory(database, "customers", str(customer_id))
    qtbot.addWidget(view)
    rows = [_cells(view.table, r) for r in range(view.table.rowCount())]
    assert [r[1:5] for r in rows] == [
        ["Lab A", "an.nv", "create", "name"],
        ["Lab A", "dung.hq", "update", "phone"],
    ]
    assert rows[1][5:] == ["— → 024 3827 1234", "sai số điện thoại"]
    with database.session(actor="hung.pv", reason="trùng khách hàng") as s:
        tombstone(s.get(Customer, customer_id))
    view.refresh()
    assert _cells(view.table, 2)[2:5] == ["hung.pv", "delete", "deleted_at"]
    view.resize(900, 200)
    view.show()
    view.grab().save("/tmp/caldesk-history.png")


def test_the_audit_view_searches_and_shows_a_broken_chain(database, customer_id, qtbot):
    view = AuditTrailView(database)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 3
    view.search_field.setText("dung.hq")
    view.run_search()
    assert view.table.rowCount() == 1 and _cells(view.table, 0)[1:4:2] == ["Lab A", "dung.hq"]
    view.search_field.setText("' OR 1=1 --")
    view.run_search()
    assert view.table.rowCount() == 0
    view.verify()
    assert "intact: 3 events" in view.chain_status.text()
    con = sqlite3.connect(database.path)
    con.execute("DROP TRIGGER audit_events_no_update")
    con.execute("UPDATE audit_events SET actor = 'an.nv' WHERE seq = 2")
    con.commit()
    con.close()
    view.verify()
    assert "broken at entry #2" in view.chain_status.text()
    view.search_field.clear()
    view.run_search()
    assert "broken at entry #2" in view.chain_status.text()
    view.resize(1000, 260)
    view.show()
    view.grab().save("/tmp/caldesk-audit-view.png")


def test_the_chain_check_is_said_in_vietnamese(database, customer_id, qtbot):
    from ui.i18n import install_language

    assert install_language("vi")
    try:
        view = AuditTrailView(database)
        qtbot.addWidget(view)
        view.verify()
        assert view.chain_status.text().startswith(
            "Nhật ký kiểm tra còn nguyên vẹn: 3 sự kiện, mọi liên kết đã được kiểm tra."
        )
        con = sqlite3.connect(database.path)
        con.execute("DROP TRIGGER audit_events_no_update")
        con.execute("UPDATE audit_events SET actor = 'an.nv' WHERE seq = 2")
        con.commit()
        con.close()
        view.verify()
        # The problem inside the sentence is said in Vietnamese too.
        assert view.chain_status.text().startswith(
            "Nhật ký kiểm tra bị đứt tại mục #2: nội dung của mục đã bị sửa sau khi được ghi (an.nv, "
        )
        view.resize(1000, 200)
        view.show()
        view.grab().save("/tmp/caldesk-audit-view-vi.png")
    finally:
        install_language("en")
