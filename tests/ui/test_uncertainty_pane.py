"""The Uncertainty pane under pytest-qt: real widgets, real worker threads, real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.context import PaneContext
from ui.panes import PANES
from ui.panes.uncertainty import UncertaintyPane

BUDGETS = Path(__file__).resolve().parents[2] / "resources/budgets"


@pytest.fixture
def pane(qtbot) -> UncertaintyPane:  # type: ignore[no-untyped-def]
    widget = UncertaintyPane(PaneContext(database=None))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def test_navigation_builds_the_uncertainty_pane_from_its_entry() -> None:
    spec = next(p for p in PANES if p.key == "uncertainty")
    assert spec.factory == "ui.panes.uncertainty:UncertaintyPane"


def test_model_is_checked_as_typed_and_says_where_it_is_wrong(pane: UncertaintyPane) -> None:
    pane.model_edit.setText("P = V ^ 2")
    assert "'^' is not a power here" in pane.model_status.text()
    assert pane.model_status.property("error") is True
    pane.model_edit.setText("P = V*I")
    assert "Model OK" in pane.model_status.text()
    names = [pane.inputs_table.item(r, 0).text() for r in range(pane.inputs_table.rowCount())]
    assert "V" in names and "I" in names


def test_opened_budget_evaluates_to_the_gum_h1_result(pane: UncertaintyPane) -> None:
    assert pane.open_file(BUDGETS / "GUM-H1-components.json")
    assert pane.evaluate_gum()
    assert "l = (50000838 ± 67) nm, k = 2.12" in pane.result_label.text()
    assert pane.budget_table.rowCount() == 9
    shares = dict(pane.bars.rows)
    assert shares["l_s"] == pytest.approx(62.34, abs=0.01)


def test_bad_value_in_the_table_gets_a_sentence_not_a_crash(pane: UncertaintyPane) -> None:
    pane.model_edit.setText("y = a + b")
    table = pane.inputs_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "a")
    table.item(row, 2).setText("twelve")
    assert not pane.evaluate_gum()
    assert "Input 'a': the value 'twelve' is not a number." in pane.message.text()


def test_monte_carlo_runs_on_a_worker_and_draws_both_intervals(
    pane: UncertaintyPane, qtbot
) -> None:  # type: ignore[no-untyped-def]
    pane.open_file(BUDGETS / "S1-9.2.2-additive-normal.json")
    pane.trials.setValue(200_000)
    assert pane.start_monte_carlo()
    assert pane.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not pane.task.running, timeout=30_000)
    data = pane.histogram.data
    assert data is not None and sum(data.counts) > 190_000
    assert data.symmetric[0] == pytest.approx(-3.92, abs=0.05)
    assert data.shortest[1] == pytest.approx(3.92, abs=0.05)
    assert not pane.cancel_button.isEnabled() and pane.mcm_button.isEnabled()


def test_cancel_stops_monte_carlo_and_keeps_the_previous_result(
    pane: UncertaintyPane, qtbot
) -> None:  # type: ignore[no-untyped-def]
    pane.open_file(BUDGETS / "GUM-H1-components.json")
    pane.trials.setValue(10_000_000)
    assert pane.start_monte_carlo()
    pane.cancel_monte_carlo()
    qtbot.waitUntil(lambda: not pane.task.running, timeout=30_000)
    assert "cancelled" in pane.message.text()
    assert pane.mcm_result is None and pane.histogram.data is None
    assert pane.mcm_button.isEnabled()


def test_saved_budget_opens_again_and_runs_headless(pane: UncertaintyPane, tmp_path: Path) -> None:
    from main import main

    pane.open_file(BUDGETS / "QUAM-A1-cadmium-standard.json")
    target = tmp_path / "quam.json"
    assert pane.save_file(target)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert [i["name"] for i in saved["inputs"]] == ["m", "P", "V_flask", "V_rep", "V_T"]
    assert main(["uncertainty", str(target)]) == 0
    other = UncertaintyPane(PaneContext(database=None))
    assert other.open_file(target) and other.evaluate_gum()
    assert "1002.7 ± 1.7" in other.result_label.text()


def test_a_broken_budget_file_changes_nothing_on_screen(
    pane: UncertaintyPane, tmp_path: Path
) -> None:
    pane.open_file(BUDGETS / "GUM-H1-components.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"model": "l = l_s +", "inputs": []}', encoding="utf-8")
    assert not pane.open_file(bad)
    assert "Could not open" in pane.message.text()
    assert pane.inputs_table.rowCount() == 9


def test_pane_renders_the_histogram_and_bars(pane: UncertaintyPane, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane.open_file(BUDGETS / "GUM-H1-components.json")
    pane.trials.setValue(100_000)
    pane.start_monte_carlo()
    qtbot.waitUntil(lambda: not pane.task.running, timeout=30_000)
    image = pane.histogram.grab().toImage()
    bar_blue = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#539aeb"
    )
    assert bar_blue > 100  # the bars were painted, not just the placeholder text


def test_correlations_and_inputs_the_table_cannot_edit_survive_open_and_save(
    pane: UncertaintyPane, tmp_path: Path
) -> None:
    pane.open_file(BUDGETS / "GUM-H2-summary.json")
    assert pane.evaluate_gum()
    r_output = pane.gum_result.output("R")
    assert r_output.std_uncertainty == pytest.approx(0.0699787279884, abs=1e-9)  # needs r(V,I,φ)
    budget = {
        "model": "y = a + b",
        "inputs": [
            {"name": "a", "observations": [1.0, 1.2, 1.1]},
            {"name": "b", "estimate": 0, "expanded_uncertainty": 0.2, "k": 2, "unit": ""},
        ],
        "cmc": {"y": 0.5},
    }
    source = tmp_path / "kept.json"
    source.write_text(json.dumps(budget), encoding="utf-8")
    assert pane.open_file(source)
    assert pane.inputs_table.item(0, 1).text() == "Type A (3 obs.)"
    saved = tmp_path / "saved.json"
    assert pane.save_file(saved)
    again = json.loads(saved.read_text(encoding="utf-8"))
    assert again["inputs"] == budget["inputs"] and again["cmc"] == {"y": 0.5}


def test_in_vietnamese_the_pane_names_distributions_and_intervals_but_saves_the_file_words(
    qtbot, vietnamese, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pane = UncertaintyPane(PaneContext(database=None))
    qtbot.addWidget(pane)
    assert pane.open_file(BUDGETS / "GUM-H1-components.json")
    headers = [pane.budget_table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Đại lượng", "Ước lượng", "u"]
    chooser = pane.inputs_table.cellWidget(0, 1)
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "chuẩn", "chữ nhật", "tam giác", "arcsin (dạng U)",
    ]  # fmt: skip
    chooser.setCurrentIndex(chooser.findText("tam giác"))
    pane.interval.setCurrentIndex(pane.interval.findText("ngắn nhất"))
    assert pane.save_file(tmp_path / "budget.json")
    saved = json.loads((tmp_path / "budget.json").read_text(encoding="utf-8"))
    assert saved["mcm"]["interval"] == "shortest"
    assert "triangular" in {entry.get("distribution") for entry in saved["inputs"]}
    assert pane.open_file(tmp_path / "budget.json")  # and reads back as it was shown
    assert pane.interval.currentText() == "ngắn nhất"


def test_the_notes_of_an_evaluation_are_said_in_vietnamese(qtbot, vietnamese) -> None:  # type: ignore[no-untyped-def]
    pane = UncertaintyPane(PaneContext(database=None))
    qtbot.addWidget(pane)
    budget = json.loads((BUDGETS / "GUM-H1-components.json").read_text(encoding="utf-8"))
    pane.load_budget({**budget, "cmc": {"l": 100}})  # U = 67 nm is below the lab's CMC
    assert pane.evaluate_gum()
    said = pane.message.text()
    assert "l: U = 67.1 nhỏ hơn CMC của phòng thí nghiệm là 100; CMC được công bố thay thế" in said
    assert "is below the laboratory's CMC" not in said
