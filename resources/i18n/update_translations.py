"""Refresh the translations from the sources and build the ``.qm`` files the app loads.

    python resources/i18n/update_translations.py [--merge TRANSLATIONS.json]

Vietnamese (``caldesk_vi``) translates everything. English is the source language; its file
(``caldesk_en``) only gives the plural forms of ``%n`` strings ("1 device", "320 devices").

1. every ``sentence("…", …)`` of ``lab/`` (:mod:`lab.sentences`), and every error, check or
   phrase of ``instruments/`` and ``uncertainty/`` made from a template with ``values=``
   (:mod:`instruments.errors`, :mod:`uncertainty.errors`), is written to ``ui/lab_sentences.py``
   as a ``QT_TRANSLATE_NOOP("lab", "…")``, since lupdate reads only ``ui/`` and none of these
   packages may mention Qt;
2. ``pyside6-lupdate`` reads every ``self.tr()`` / ``QT_TRANSLATE_NOOP`` in ``ui/`` into
   ``caldesk_vi.ts`` (existing translations are kept; strings no longer used are dropped);
3. ``--merge`` fills translations from a JSON list of {"context", "source", "translation"}
   (how a translator's batch comes in; Qt Linguist edits the ``.ts`` directly too);
4. ``pyside6-lrelease`` builds ``caldesk_vi.qm``.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TS = HERE / "caldesk_vi.ts"
QM = HERE / "caldesk_vi.qm"
TS_EN = HERE / "caldesk_en.ts"
QM_EN = HERE / "caldesk_en.qm"
LAB_MODULE = REPO / "ui" / "lab_sentences.py"
LAB_CONTEXT = "lab"  # lab.sentences.CONTEXT; this script runs without the project installed
_PIECE = 90  # longest piece of a template literal: indented, it stays within 100 columns
# English plural forms (one, other) of %n strings that "(s)" cannot make.
ENGLISH_PLURALS = {
    "%n entries": ["%n entry", "%n entries"],
}


def english_forms(source: str) -> list[str] | None:
    """One and other: "%n device(s)" gives "%n device" and "%n devices"."""
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return None


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))


def lab_templates() -> list[str]:
    """The template of every ``sentence("…", …)`` call in ``lab/``, once each, in file order."""
    found: dict[str, None] = {}
    for path in sorted((REPO / "lab").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            # lab.sentences.sentence is called by its bare name; ``x.sentence()`` is a method
            # of some result that words itself, not a template.
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "sentence":
                found.setdefault(_literal_template(node, path), None)
    return list(found)


def instrument_templates() -> list[str]:
    """The template of every call in ``instruments/`` that passes ``values=`` (an
    :class:`~instruments.errors.InstrumentError` or a connection check made from a template),
    once each, in file order. ``instruments/`` may not import ``lab``, so it has no
    ``sentence()``; the keyword marks its templates instead."""
    return _valued_templates("instruments")


def uncertainty_templates() -> list[str]:
    """The template of every call in ``uncertainty/`` that passes ``values=`` (a refusal of a
    budget, model or input, :class:`~uncertainty.errors.UncertaintyError`, or a
    :class:`~uncertainty.errors.Phrase` of one), marked as the instruments' are and for the same
    reason: ``uncertainty/`` may not import ``lab`` either."""
    return _valued_templates("uncertainty")


def _valued_templates(package: str) -> list[str]:
    found: dict[str, None] = {}
    for path in sorted((REPO / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if _passes_values(node) and not _hands_to_base(node):
                found.setdefault(_literal_template(node, path), None)
    return list(found)


def _passes_values(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and any(k.arg == "values" for k in node.keywords)


def _hands_to_base(call: ast.Call) -> bool:
    """``super().__init__(sentence, values=values)``: an error class handing its caller's
    template on to its base, where the template is the caller's literal, read there."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and getattr(func.value.func, "id", None) == "super"
    )


def sentence_templates() -> list[str]:
    """Every template the UI says under the context "lab": lab's, the instruments', then the
    uncertainty library's."""
    return list(
        dict.fromkeys([*lab_templates(), *instrument_templates(), *uncertainty_templates()])
    )


def _literal_template(call: ast.Call, path: Path) -> str:
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    # A template built at run time could never be looked up in the translations.
    where = f"{path.relative_to(REPO)}:{call.lineno}"
    raise SystemExit(f"{where}: {ast.unparse(call.func)}() needs its template as a literal string")


def lab_sentences_module(templates: list[str]) -> str:
    """The text of ``ui/lab_sentences.py``: the templates as lupdate reads them."""
    entries = "".join(
        f'    QT_TRANSLATE_NOOP(\n        "{LAB_CONTEXT}",\n'
        + "\n".join(f"        {piece}" for piece in _literal_pieces(template))
        + ",\n    ),\n"
        for template in templates
    )
    return (
        '"""The sentences ``lab/`` says to the user (:mod:`lab.sentences`) and those of\n'
        "``instruments/`` (:mod:`instruments.errors`) and ``uncertainty/``\n"
        '(:mod:`uncertainty.errors`), marked for lupdate under the context "lab";\n'
        ":func:`ui.i18n.say` and :func:`ui.i18n.say_why` translate them.\n\n"
        "Generated by resources/i18n/update_translations.py from the sentence() calls in lab/\n"
        "and the calls with values= in instruments/ and uncertainty/; do not edit by hand\n"
        '(tests/ui/test_translations.py checks it is current).\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from ui.qt import QT_TRANSLATE_NOOP\n\n"
        f"LAB_SENTENCES = (\n{entries})\n"
    )


def _literal_pieces(template: str) -> list[str]:
    """``template`` as literals of whole words, to be concatenated implicitly: one literal when
    it fits the line, as ``ruff format`` would leave it."""
    if len(_quoted(template)) <= _PIECE + 1:
        return [_quoted(template)]
    pieces, current = [], ""
    for word in template.split(" "):
        joined = f"{current} {word}" if current else word
        if current and len(_quoted(joined)) > _PIECE:
            pieces.append(current + " ")
            current = word
        else:
            current = joined
    pieces.append(current)
    return [_quoted(piece) for piece in pieces]


def _quoted(text: str) -> str:
    """``text`` as a Python literal, double-quoted unless single quotes need fewer escapes (the
    quotes ``ruff format`` prefers)."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    escaped = text.replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n")
    return f"{quote}{escaped}{quote}"


def write_lab_sentences() -> int:
    """Write ``ui/lab_sentences.py`` afresh; returns how many sentences it holds."""
    templates = sentence_templates()
    LAB_MODULE.write_text(lab_sentences_module(templates), encoding="utf-8")
    return len(templates)


def lupdate(ts: Path = TS, language: str = "vi_VN") -> str:
    result = subprocess.run(
        [tool("pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-target-language", language,
         "-ts", str(ts)],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout


def english_plurals(ts: Path = TS_EN) -> int:
    """Fill the English plural forms; every other English message stays the source text."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        forms = english_forms(message.findtext("source"))
        if message.get("numerus") != "yes":
            continue
        if forms is None:
            raise SystemExit(f"no English plural forms for {message.findtext('source')!r}")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=REPO, check=True
    )


def merge(ts: Path, translations: list[dict]) -> int:
    """Put the given translations into the ``.ts``; returns how many were filled."""
    wanted = {(t["context"], t["source"]): t["translation"] for t in translations}
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source")))
            if not text:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", type=Path, help="JSON list of translations to fill in")
    args = parser.parse_args()
    print(f"lab sentences: {write_lab_sentences()} in {LAB_MODULE.relative_to(REPO)}")
    print(lupdate().strip())
    if args.merge:
        print(f"filled {merge(TS, json.loads(args.merge.read_text(encoding='utf-8')))}")
    lrelease()
    print(f"built {QM.relative_to(REPO)}")
    lupdate(TS_EN, "en_GB")
    print(f"English plural forms: {english_plurals()}")
    lrelease(TS_EN, QM_EN)
    print(f"built {QM_EN.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
