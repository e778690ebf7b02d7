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
    emitted = []
    dlg.imported.connect(lambda: emitted.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=20000)
    report = dlg.report
    assert report is not None, dlg.message.text()
    # The register is told to reload after an import that changed it, never after a check.
    changed = not report.dry_run and bool(report.imported or report.updated or report.work_order)
    assert bool(emitted) == changed
    return report


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


def test_a_user_without_the_right_to_edit_the_register_is_refused(qtbot, db, tmp_path, language):
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
    expected = {
        "vi": "hung.pv không được phép sửa danh mục thiết bị: vai trò quản trị viên không có "
        'quyền "sửa danh mục thiết bị".',
        "en": "hung.pv may not edit the device register: the role admin does not include "
        'the permission "edit the device register".',
    }
    assert expected[language] in dlg.message.text()


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


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["Tên thiết bị", "Hãng sản xuất", "Số sê-ri"], *rows])
    return path


def test_import_after_check_takes_the_checked_list_without_reading_it_again(
    qtbot, dialog, tmp_path
):
    dialog.load_file(write_rows(tmp_path / "list.csv", [["Cân phân tích", "Ohaus", "B1"]]))
    dialog.customer_combo.setEditText("K")
    checked = run_import(qtbot, dialog, dialog.check_button)
    imported = run_import(qtbot, dialog, dialog.import_button)
    assert imported.imported == 1 and not imported.dry_run
    assert imported.parsed is checked.parsed


def test_a_list_saved_again_after_the_check_is_imported_as_saved(qtbot, dialog, db, tmp_path):
    path = write_rows(tmp_path / "list.csv", [["Cân phân tích", "Ohaus", "B1"]])
    dialog.load_file(path)
    dialog.customer_combo.setEditText("K")
    run_import(qtbot, dialog, dialog.check_button)
    write_rows(path, [["Cân phân tích", "Ohaus", "B1"], ["Nhiệt kế", "Testo", "T2"]])
    report = run_import(qtbot, dialog, dialog.import_button)
    assert report.imported == 2
    from lab.register import count_devices

    with db.read_session() as s:
        assert count_devices(s) == 2


MESSY_VI = [
    ["DANH SÁCH THIẾT BỊ ĐỀ NGHỊ HIỆU CHUẨN"],
    [],
    ["STT", "Tên thiết bị", "Hãng sản xuất", "Model", "Số sê-ri", "Mã tài sản", "Phạm vi đo",
     "Độ phân giải", "Chu kỳ hiệu chuẩn", "Ngày hiệu chuẩn"],
    ["1", "Đồng hồ áp suất", "Wika", "213.53", "WI001", "TS-001", "0 - 10 bảr", "0,2 bar",
     "12 tháng", "15/03/2025"],
    ["2", "Nhiệt kế", "Testo", "720", "TE002", "TS-002", "-50...150 °C", "0,1 V", "12",
     "31/02/2025"],
    ["3", "", "Fluke", "87V", "FL003", "TS-003", "0 – 1000 V", "0,001", "mỗi năm", "01/01/2099"],
    ["4", "Cân phân tích", "Ohaus", "PX", "OH004", "TS-001", "0~220 g", "0,0001", "12",
     "01/06/2025"],
    ["5", "Cân kỹ thuật", "Ohaus", "PX", "OH005", "TS-005", "0~3200 g", "0,01", "12",
     "01/06/2025"],
]  # fmt: skip
# What the report says of file line 4 (the unknown unit), in each language.
UNKNOWN_UNIT = {
    "vi": "Phạm vi đo '0 - 10 bảr' có đơn vị mà CalDesk không biết ('bảr').",
    "en": "The range '0 - 10 bảr' has a unit CalDesk does not know ('bảr').",
}
NO_NAME = {
    "vi": "Dòng này không có tên thiết bị ('Tên thiết bị').",
    "en": "The row has no device name ('Tên thiết bị').",
}


@pytest.fixture
def messy_list(tmp_path):
    path = tmp_path / "danh_sach_khach.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(MESSY_VI)
    return path


@pytest.fixture(params=["vi", "en"])
def language(request, qapp):
    from ui.i18n import install_language

    assert install_language(request.param)
    yield request.param
    install_language("en")


def check_list(qtbot, dlg, path):
    assert dlg.load_file(path)
    dlg.customer_combo.setEditText("Công ty Nhựa Bình An")
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.task is None, timeout=20000)
    assert dlg.report is not None, dlg.message.text()
    return dlg.report


def reasons_shown(dlg) -> dict[tuple[str, str], str]:
    return {
        (dlg.problems.item(y, 0).text(), dlg.problems.item(y, 1).text()):
            dlg.problems.item(y, 3).text()
        for y in range(dlg.problems.rowCount())
    }  # fmt: skip


def test_the_report_and_the_error_file_give_the_reasons_in_the_ui_language(
    qtbot, dialog, messy_list, tmp_path, language
):
    report = check_list(qtbot, dialog, messy_list)
    assert report.rejected == 4

    shown = reasons_shown(dialog)
    assert shown[("4", "Phạm vi đo")] == UNKNOWN_UNIT[language]
    assert shown[("6", "Tên thiết bị")] == NO_NAME[language]
    english = {str(p.reason) for p in report.problems}
    if language == "vi":  # not one reason left in English
        assert not english & set(shown.values()), shown
    else:
        assert set(shown.values()) == english
    written = dialog.save_error_file(tmp_path / "loi.xlsx")
    sheet = openpyxl.load_workbook(written).active
    reasons = {row[-2]: row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert reasons["4"] == f"[Phạm vi đo] {UNKNOWN_UNIT[language]}"
    assert reasons["6"].startswith(f"[Tên thiết bị] {NO_NAME[language]} ")


def test_a_file_without_a_header_is_explained_in_the_ui_language(qtbot, dialog, tmp_path, language):
    path = tmp_path / "khong_tieu_de.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    assert not dialog.load_file(path)
    expected = {
        "vi": "Không tìm thấy dòng tiêu đề trong 30 dòng đầu của 'khong_tieu_de.csv'",
        "en": "No header row was found in the first 30 rows of 'khong_tieu_de.csv'",
    }
    assert expected[language] in dialog.message.text()
