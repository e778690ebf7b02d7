"""The import dialog: preview with mapping, import on a worker, report and error file."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from ui.context import PaneContext
from ui.import_dialog import ImportDialog
from ui.qt import QSettings, Qt
from ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "demo" / "danh_sach_thiet_bi_mau.xlsx"


@pytest.fixture
def dialog(qtbot, db, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dlg = ImportDialog(PaneContext(database=db, settings=settings))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def run_import(qtbot, dlg, button):
    with qtbot.waitSignal(dlg.imported, timeout=20000, raising=False):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=20000)
    assert dlg.report is not None, dlg.message.text()
    return dlg.report


def test_sample_list_previews_imports_and_reports_rejected_rows(qtbot, dialog, db, tmp_path):
    assert dialog.load_file(SAMPLE)
    assert dialog.mapping_table.rowCount() >= 8
    # The sample values come from the first device, not from the "(1) (2)…" numbering row
    # or the section heading under the header.
    assert dialog.mapping_table.item(1, 1).text() == "Đồng hồ vạn năng"
    assert dialog.preview.rowCount() > 0
    assert not dialog.import_button.isEnabled()  # no customer yet
    dialog.customer_combo.setEditText("Công ty Nhựa Bình An")
    assert dialog.import_button.isEnabled()
    report = run_import(qtbot, dialog, dialog.import_button)
    assert report.imported > 30 and report.rejected >= 3 and report.work_order
    assert dialog.problems.isVisible() and dialog.problems.rowCount() == len(report.problems)
    assert dialog.save_errors_button.isVisible()
    written = dialog.save_error_file(tmp_path / "loi.xlsx")
    sheet = openpyxl.load_workbook(written).active
    assert sheet.max_row >= 2
    with db.read_session() as s:
        from lab.register import count_devices

        assert count_devices(s) == report.imported


def test_check_is_a_dry_run(qtbot, dialog, db):
    dialog.load_file(SAMPLE)
    dialog.customer_combo.setEditText("Khách hàng thử")
    report = run_import(qtbot, dialog, dialog.check_button)
    assert report.dry_run and report.imported > 30
    from lab.register import count_devices

    with db.read_session() as s:
        assert count_devices(s) == 0


def test_a_user_without_the_right_to_edit_the_register_is_refused(qtbot, db, tmp_path):
    from lab.permissions import LabUser, Role
    from lab.users import create_first_admin

    with db.session() as s:
        create_first_admin(s, name="hung.pv", password="a-long-admin-password")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    admin = LabUser("hung.pv", Role.ADMIN)
    dlg = ImportDialog(PaneContext(database=db, settings=settings, user=admin))
    qtbot.addWidget(dlg)
    dlg.load_file(SAMPLE)
    dlg.customer_combo.setEditText("K")
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=20000)
    assert dlg.report is None
    assert "may not edit the device register" in dlg.message.text()


def test_an_unusable_file_is_explained_in_a_sentence(qtbot, dialog, tmp_path):
    junk = tmp_path / "hong.xlsx"
    junk.write_bytes(b"this is not a spreadsheet")
    assert not dialog.load_file(junk)
    assert "hong.xlsx" in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_correcting_the_column_mapping_changes_what_is_imported(qtbot, dialog, db, tmp_path):
    path = tmp_path / "list.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Tên thiết bị", "Hãng sản xuất", "Số sê-ri", "Ghi chú"])
        w.writerow(["Cân phân tích", "Ohaus", "B123", "PX224"])
    dialog.load_file(path)
    model_combo_row = 3  # the customer wrote the model in the notes column
    combo = dialog.mapping_table.cellWidget(model_combo_row, 2)
    combo.setCurrentIndex(combo.findData("model"))
    dialog.customer_combo.setEditText("K")
    report = run_import(qtbot, dialog, dialog.import_button)
    assert report.imported == 1
    from lab.register import DeviceQuery, list_devices

    with db.read_session() as s:
        device = list_devices(s, DeviceQuery())[0]
    assert device.model == "PX224" and device.notes is None
