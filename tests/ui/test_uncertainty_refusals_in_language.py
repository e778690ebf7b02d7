"""The Uncertainty pane says why a budget is refused in the UI's language (uncertainty/errors.py
keeps each refusal's template and values; ui.i18n.say_why says them), and English unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ui.context import PaneContext
from ui.panes.uncertainty import UncertaintyPane

TWO_INPUTS = [
    {"name": "a", "estimate": 1.0, "std_uncertainty": 0.1},
    {"name": "b", "estimate": 2.0, "std_uncertainty": 0.1},
]


@pytest.fixture(params=["vi", "en"])
def language(request, qapp):  # type: ignore[no-untyped-def]
    from ui.i18n import install_language

    assert install_language(request.param)
    yield request.param
    install_language("en")


@pytest.fixture
def pane(qtbot, language) -> UncertaintyPane:  # type: ignore[no-untyped-def]
    widget = UncertaintyPane(PaneContext(database=None))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def said(language: str, vietnamese: str, english: str) -> str:
    return vietnamese if language == "vi" else english


def opened(pane: UncertaintyPane, tmp_path: Path, budget: dict, language: str) -> str:
    """Why the pane refused to open ``budget``, after its "Could not open <file>: "."""
    path = tmp_path / "budget.json"
    path.write_text(json.dumps(budget), encoding="utf-8")
    assert not pane.open_file(path)
    assert pane.message.property("error") is True
    could_not = said(language, "Không mở được", "Could not open")
    assert pane.message.text().startswith(f"{could_not} {path}: ")
    return pane.message.text().removeprefix(f"{could_not} {path}: ")


def test_a_model_that_does_not_parse_is_refused_as_typed(pane, language) -> None:  # type: ignore[no-untyped-def]
    pane.model_edit.setText("P = V ^ 2")
    assert pane.model_status.text() == said(
        language,
        "Phương trình 1 (dòng 1, cột 5): '^' ở đây không phải là lũy thừa: viết x**2 cho x bình phương.",
        "Equation 1 (line 1, column 5): '^' is not a power here: write x**2 for x squared.",
    )
    pane.model_edit.setText("y = a.b + 1")  # the piece "an attribute" is said in its turn
    assert pane.model_status.text() == said(
        language,
        "Phương trình 1 (dòng 1, cột 5): không được dùng thuộc tính ('.') trong mô hình đo.",
        "Equation 1 (line 1, column 5): an attribute ('.') is not allowed in a model.",
    )
    pane.model_edit.setText("y = (a + b")  # Python's own reason stays as Python words it
    assert pane.model_status.text() == said(
        language,
        "Dòng 1, cột 5: các dấu ngoặc không khớp nhau ('(' was never closed).",
        "Line 1, column 5: the brackets do not match ('(' was never closed).",
    )


def test_a_negative_dof_typed_in_the_table_is_refused(pane, language) -> None:  # type: ignore[no-untyped-def]
    pane.model_edit.setText("y = a + b")
    table = pane.inputs_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "a")
    table.item(row, 4).setText("-3")
    assert not pane.evaluate_gum()
    assert pane.message.text() == said(
        language,
        "Đại lượng đầu vào 'a': 'dof' (bậc tự do) phải lớn hơn không (null nghĩa là vô hạn).",
        "Input 'a': 'dof' must be above zero (null means infinite).",
    )
    table.item(row, 4).setText("many")
    assert not pane.evaluate_gum()
    assert pane.message.text() == said(
        language,
        "Đại lượng đầu vào 'a': bậc tự do ν 'many' không phải là số.",
        "Input 'a': the ν 'many' is not a number.",
    )


def test_a_budget_file_with_an_unknown_distribution_is_refused(pane, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    inputs = [TWO_INPUTS[0], {**TWO_INPUTS[1], "distribution": "gaussian"}]
    assert opened(pane, tmp_path, {"model": "y = a + b", "inputs": inputs}, language) == said(
        language,
        "Đại lượng đầu vào 'b': 'gaussian' không phải là phân bố mà CalDesk biết.",
        "Input 'b': 'gaussian' is not a distribution CalDesk knows.",
    )


def test_a_budget_file_naming_two_inputs_alike_is_refused(pane, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    inputs = [*TWO_INPUTS, {**TWO_INPUTS[0], "estimate": 3.0}]
    assert opened(pane, tmp_path, {"model": "y = a + b", "inputs": inputs}, language) == said(
        language,
        "Có hai đại lượng đầu vào cùng tên 'a'; mỗi đại lượng đầu vào cần một tên riêng.",
        "Two inputs are named 'a'; each input needs its own name.",
    )


def test_a_budget_file_whose_model_does_not_parse_says_the_model_refusal_inside(
    pane, language, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert opened(pane, tmp_path, {"model": "y = a % 2", "inputs": TWO_INPUTS}, language) == said(
        language,
        "Mô hình đo: Phương trình 1 (dòng 1, cột 5): không được dùng '%' trong mô hình đo.",
        "The model: Equation 1 (line 1, column 5): '%' is not allowed in a model.",
    )


def test_units_that_cannot_be_added_are_refused_with_the_equation(pane, language) -> None:  # type: ignore[no-untyped-def]
    inputs = [{**TWO_INPUTS[0], "unit": "mm"}, {**TWO_INPUTS[1], "unit": "degC"}]
    pane.load_budget({"model": "l = a + b", "inputs": inputs})
    assert not pane.evaluate_gum()
    assert pane.message.text() == said(
        language,
        "Phương trình 'l = a + b' cộng degC ([temperature]) vào mm ([length]).",
        "Equation 'l = a + b' adds degC ([temperature]) to mm ([length]).",
    )
