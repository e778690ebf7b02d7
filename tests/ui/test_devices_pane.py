"""The register pane as a technician uses it: search, filters, sorting, details, empty start."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lab.register import DueState
from ui.context import PaneContext
from ui.models.device_table import FIRST_CHUNK, MAX_CACHED_PAGES, PAGE_SIZE, DeviceTableModel
from ui.panes.devices import DevicesPane
from ui.qt import QSettings, Qt
from ui.settings import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_pane(qtbot, database, settings):
    pane = DevicesPane(PaneContext(database=database, settings=settings))
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    return pane


def shown_names(pane):
    model = pane.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_an_empty_database_offers_the_demo_lab_and_an_import(qtbot, db, settings):
    pane = make_pane(qtbot, db, settings)
    assert pane._stack.currentIndex() == 0
    assert pane.demo_button.isVisible() and pane.welcome_import_button.isVisible()
    qtbot.mouseClick(pane.demo_button, Qt.MouseButton.LeftButton)
    assert pane._stack.currentIndex() == 1
    assert pane.model.rowCount() == 320


def test_typing_a_search_without_accents_filters_the_register(qtbot, demo_db, settings):
    pane = make_pane(qtbot, demo_db, settings)
    qtbot.keyClicks(pane.search_edit, "can phan tich")
    qtbot.waitUntil(lambda: 0 < pane.model.rowCount() < 320, timeout=3000)
    assert set(shown_names(pane)) == {"Cân phân tích"}
    assert pane.count_label.text().startswith(str(pane.model.rowCount()))


def test_customer_and_due_filters_narrow_the_list(qtbot, demo_db, settings):
    pane = make_pane(qtbot, demo_db, settings)
    pane.customer_combo.setCurrentIndex(1)
    customer = pane.customer_combo.currentText()
    assert 0 < pane.model.rowCount() < 320
    assert {pane.model.index(r, 1).data() for r in range(pane.model.rowCount())} == {customer}
    pane.customer_combo.setCurrentIndex(0)
    pane.due_combo.setCurrentIndex(pane.due_combo.findData(DueState.OVERDUE.value))
    today = date.today()
    dues = [pane.model.device_at(r).due for r in range(pane.model.rowCount())]
    assert dues and all(d < today for d in dues)
    pane.due_combo.setCurrentIndex(pane.due_combo.findData(DueState.DUE_30_DAYS.value))
    dues = [pane.model.device_at(r).due for r in range(pane.model.rowCount())]
    assert all(today <= d <= today + timedelta(days=30) for d in dues)


def test_clicking_a_column_header_sorts_in_sql(qtbot, demo_db, settings):
    pane = make_pane(qtbot, demo_db, settings)
    header = pane.table.horizontalHeader()
    due_column = 9
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().center().__class__(header.sectionViewportPosition(due_column) + 5, 5),
    )
    dues = [pane.model.device_at(r).due for r in range(pane.model.rowCount())]
    assert dues == sorted(dues) or dues == sorted(dues, reverse=True)
    assert pane.model.query.sort.value == "due_date"


def test_selecting_a_device_shows_its_details(qtbot, demo_db, settings):
    pane = make_pane(qtbot, demo_db, settings)
    pane.table.selectRow(5)
    device = pane.model.device_at(5)
    assert pane._detail["lab_id"].text() == device.lab_id
    assert pane._detail["serial"].text() == device.serial
    assert pane._detail["range"].text().startswith(f"{device.range_min:g} … {device.range_max:g}")


def test_the_register_writes_units_as_the_lab_does(qtbot, db, settings):
    from lab.importing import DeviceRecord
    from lab.intake import register_devices

    def device(line, name, low, high, unit, resolution):
        return DeviceRecord(
            line=line, name=name, kind=None, manufacturer="X", model="Y", serial=f"S{line}",
            asset_tag=None, range_min=low, range_max=high, unit=unit, resolution=resolution,
            accuracy=None, interval_months=12, last_calibrated=None, location=None, notes=None,
        )  # fmt: skip

    with db.session() as s:
        register_devices(
            s, "Khách A",
            [
                device(1, "Áp kế", 0, 10, "kgf/cm**2", 0.2),
                device(2, "Ẩm kế", 10, 95, "pct_RH", 1),
                device(3, "Mêgôm mét", 0, 200, "Mohm", 0.1),
                device(4, "Nhiệt kế", -50, 150, "degC", 0.1),
            ],
            source="t",
        )  # fmt: skip
    pane = make_pane(qtbot, db, settings)
    shown = {}
    for row in range(pane.model.rowCount()):
        pane.table.selectRow(row)
        shown[pane._detail["name"].text()] = (
            pane._detail["range"].text(),
            pane._detail["resolution"].text(),
        )
    assert shown == {
        "Áp kế": ("0 … 10 kgf/cm²", "0.2 kgf/cm²"),
        "Ẩm kế": ("10 … 95 %RH", "1 %RH"),
        "Mêgôm mét": ("0 … 200 MΩ", "0.1 MΩ"),
        "Nhiệt kế": ("-50 … 150 °C", "0.1 °C"),
    }


def test_the_model_keeps_only_a_bounded_number_of_pages_while_scrolling(qtbot, db):
    from lab.importing import DeviceRecord
    from lab.intake import register_devices

    records = [
        DeviceRecord(line=n, name="Nhiệt kế", kind=None, manufacturer="Testo", model="720",
                     serial=f"S{n}", asset_tag=None, range_min=None, range_max=None, unit=None,
                     resolution=None, accuracy=None, interval_months=None, last_calibrated=None,
                     location=None, notes=None)
        for n in range(max(PAGE_SIZE * (MAX_CACHED_PAGES + 5), FIRST_CHUNK + 1))
    ]  # fmt: skip
    with db.session() as s:
        register_devices(s, "K", records, source="test")
    model = DeviceTableModel(db)
    with qtbot.waitSignal(model.loaded, timeout=10000) as loaded:
        model.refresh()
        assert 0 < model.rowCount() < len(records)  # the first rows show before the rest is read
    assert loaded.args == [len(records)] and model.rowCount() == len(records)
    serials = {model.device_at(r).serial for r in range(model.rowCount())}
    assert len(serials) == len(records)
    assert model.cached_pages() == MAX_CACHED_PAGES


def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot, demo_db, settings):
    pane = make_pane(qtbot, demo_db, settings)
    pane.table.setFocus()
    pane.activateWindow()
    qtbot.waitUntil(pane.table.hasFocus, timeout=2000)
    qtbot.keyClick(pane.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(pane.search_edit.hasFocus, timeout=2000)
