"""Vietnamese and English: every string translated, the built .qm current, switchable live."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
sys.path.insert(0, str(I18N))
import update_translations  # noqa: E402

# Qt's %1 and %n, and the {name} fields of the lab's sentences (lab.sentences), with their
# conversion and format ({command!r}, {seconds:g}) as the instruments' sentences write them.
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*(?:![rsa])?(?::[^{}]*)?\}")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_vietnamese_string_is_translated_and_keeps_its_placeholders():
    count = 0
    for context, message in messages(I18N / "caldesk_vi.ts"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = "".join(translation.itertext())
        assert translation.get("type") != "unfinished" and text, f"{context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)) or (
            message.get("numerus") == "yes"
        ), f"{context}: {source!r} -> {text!r}"
        count += 1
    assert count > 100


def test_the_translation_file_lists_every_string_the_ui_shows(tmp_path):
    copy = tmp_path / "caldesk_vi.ts"
    shutil.copy(I18N / "caldesk_vi.ts", copy)
    output = update_translations.lupdate(copy)
    assert "(0 new and" in output, "run resources/i18n/update_translations.py: " + output
    before = {(c, m.findtext("source")) for c, m in messages(I18N / "caldesk_vi.ts")}
    after = {(c, m.findtext("source")) for c, m in messages(copy)}
    assert after == before


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_shipped_qm_is_built_from_the_ts(tmp_path, language):
    built = tmp_path / f"caldesk_{language}.qm"
    update_translations.lrelease(I18N / f"caldesk_{language}.ts", built)
    assert built.read_bytes() == (I18N / f"caldesk_{language}.qm").read_bytes()


def test_english_counts_say_device_and_devices(qapp, english):
    from ui.i18n import install_language, translate

    install_language("en")
    assert translate("DevicesPane", "%n device(s)", 1) == "1 device"
    assert translate("DevicesPane", "%n device(s)", 320) == "320 devices"


@pytest.fixture
def english(qapp):
    from ui.i18n import install_language

    yield
    install_language("en")


def test_switching_the_language_retitles_the_window(qtbot, demo_db, tmp_path, english):
    from ui.app import CalDeskApp
    from ui.qt import QSettings
    from ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    app = CalDeskApp(demo_db, settings, demo=True)
    window = app.show()
    qtbot.addWidget(window)
    assert window._nav.item(0).text() == "Devices"
    app.switch_language("vi")
    qtbot.addWidget(app.window)
    assert app.window._nav.item(0).text() == "Thiết bị"
    assert settings.language == "vi"
    assert app.window.pane("devices").import_button.text() != "Import device list…"


def test_the_lab_sentences_module_holds_every_sentence_of_lab_instruments_and_uncertainty():
    templates = update_translations.sentence_templates()
    assert "This row repeats line {line}." in templates
    assert "{name} on {url} did not answer within {seconds:g} s." in templates
    assert "{title} did not recognise the command (syntax error) for {command!r}." in templates
    assert "Two inputs are named '{name}'; each input needs its own name." in templates
    assert "a comparison" in templates  # a phrase of uncertainty/, said inside a refusal
    written = update_translations.LAB_MODULE.read_text(encoding="utf-8")
    assert written == update_translations.lab_sentences_module(templates), (
        "run resources/i18n/update_translations.py: a sentence of lab/, instruments/ or "
        "uncertainty/ is not in ui/lab_sentences.py, so it would never be translated"
    )


@pytest.mark.parametrize(
    ("package", "good", "bad", "collect"),
    [
        (
            "instruments",
            'raise LinkLost("The port {url} is gone.", values={"url": url})',
            'raise LinkLost(f"The port {url} is gone.", values={"url": url})',
            "instrument_templates",
        ),
        (
            "uncertainty",
            'raise BudgetError("The fit has no {key} list.", values={"key": key})',
            "raise BudgetError(reason, values={})",
            "uncertainty_templates",
        ),
    ],
)
def test_an_error_whose_template_is_not_a_literal_is_refused(
    tmp_path, monkeypatch, package, good, bad, collect
):
    # instruments/ and uncertainty/ may not import lab: a `values=` call marks their templates.
    (tmp_path / package).mkdir()
    (tmp_path / package / "x.py").write_text(f"{good}\n{bad}\n", encoding="utf-8")
    monkeypatch.setattr(update_translations, "REPO", tmp_path)
    error = bad.split("(")[0].removeprefix("raise ")
    with pytest.raises(SystemExit, match=f"{package}/x.py:2: {error}\\(\\) needs its template"):
        getattr(update_translations, collect)()


def test_a_sentence_whose_template_is_not_a_literal_is_refused():
    import ast

    call = ast.parse('sentence(f"The file {name} is empty.", name=name)').body[0].value
    with pytest.raises(
        SystemExit, match="lab/x.py:1: sentence\\(\\) needs its template as a literal"
    ):
        update_translations._literal_template(call, REPO / "lab" / "x.py")


def test_every_lab_sentence_is_said_in_vietnamese_with_its_values(qapp, english):
    from lab.sentences import sentence
    from ui.i18n import install_language, say, translate

    install_language("vi")
    for template in update_translations.sentence_templates():
        assert translate("lab", template) != template, template
    missing_name = sentence(
        "The row has no device name ('{column}').", column=sentence("column {number}", number=3)
    )
    assert say(missing_name) == "Dòng này không có tên thiết bị ('cột 3')."
    assert say("Tên thiết bị") == "Tên thiết bị"  # text from the customer's file stays as written
    install_language("en")
    assert say(missing_name) == "The row has no device name ('column 3')."


def test_every_instrument_is_named_in_vietnamese_in_its_sentences(qapp, english):
    from instruments.drivers import DRIVERS
    from ui.i18n import install_language
    from ui.names import INSTRUMENT_TITLES, instrument_title

    assert {cls.title for cls in DRIVERS.values()} <= set(INSTRUMENT_TITLES)
    install_language("vi")
    assert instrument_title("the HP 34401A multimeter") == "đồng hồ vạn năng HP 34401A"
    install_language("en")
    assert instrument_title("the HP 34401A multimeter") == "the HP 34401A multimeter"


def test_the_instruments_pane_lists_every_instrument_and_reading_in_vietnamese(qapp, english):
    from instruments.drivers import DRIVERS
    from ui.i18n import install_language
    from ui.names import (
        INSTRUMENT_DESCRIPTIONS,
        READING_DESCRIPTIONS,
        instrument_description,
        reading_description,
    )

    readings = {f.description for cls in DRIVERS.values() for f in cls.functions.values()}
    assert {cls.description for cls in DRIVERS.values()} <= set(INSTRUMENT_DESCRIPTIONS)
    assert readings <= set(READING_DESCRIPTIONS)
    install_language("vi")
    for cls in DRIVERS.values():
        assert instrument_description(cls.description) != cls.description, cls.description
    for reading in readings:
        assert reading_description(reading) != reading, reading
    assert reading_description("DC voltage") == "điện áp một chiều"
    install_language("en")
    assert instrument_description(DRIVERS["mt_sics"].description) == DRIVERS["mt_sics"].description


def test_every_standard_role_and_device_kind_the_procedures_name_is_said_in_vietnamese(
    qapp, english
):
    from datetime import date

    from lab.calibration.demo_standards import demo_standards
    from lab.calibration.procedures import shipped_procedures
    from ui.i18n import install_language
    from ui.names import KINDS, STANDARD_ROLES, kind_name, standard_role_name

    procedures = shipped_procedures()
    roles = {p.reference.role for p in procedures}
    roles |= {s["role"] for s in demo_standards(date.today())}
    kinds = {kind for p in procedures for kind in p.applies_to}
    assert roles <= set(STANDARD_ROLES)
    assert kinds <= set(KINDS)
    install_language("vi")
    for role in roles:
        assert standard_role_name(role) != role, role
    for kind in kinds:
        assert kind_name(kind) != kind, kind
    assert standard_role_name("dry-well") == "lò nhiệt khô"
    install_language("en")
    assert standard_role_name("dry-well") == "dry-well"


def test_words_of_a_vocabulary_are_said_in_vietnamese_and_unknown_ones_as_written(qapp, english):
    from lab.sentences import KIND_WORDS, ROLE_WORDS, sentence, word, words
    from ui.i18n import install_language, say

    refused = sentence(
        "{procedure} calibrates {kinds}, but {lab_id} is a {kind}.",
        procedure="thermometer-drywell",
        kinds=words(KIND_WORDS, ["thermometer", "thermohygrometer", "tachometer"]),
        lab_id="TB-7",
        kind=word(KIND_WORDS, "caliper"),
    )
    no_standard = sentence(
        "The lab has no reference standard used as '{role}'.", role=word(ROLE_WORDS, "weights")
    )
    english_text = str(refused)
    install_language("vi")
    assert say(refused) == (
        "thermometer-drywell dùng để hiệu chuẩn nhiệt kế, nhiệt ẩm kế, tachometer, "
        "nhưng TB-7 là thước cặp."
    )
    assert (
        say(no_standard) == "Phòng thí nghiệm không có chuẩn đo lường nào dùng làm quả cân chuẩn."
    )
    install_language("en")
    assert (
        say(refused)
        == english_text
        == (
            "thermometer-drywell calibrates thermometer, thermohygrometer, tachometer, "
            "but TB-7 is a caliper."
        )
    )
