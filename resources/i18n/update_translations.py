"""Refresh the translations from the sources and build the ``.qm`` files the app loads.

    python resources/i18n/update_translations.py [--merge TRANSLATIONS.json]

Vietnamese (``caldesk_vi``) translates everything. English is the source language; its file
(``caldesk_en``) only gives the plural forms of ``%n`` strings ("1 device", "320 devices").

1. ``pyside6-lupdate`` reads every ``self.tr()`` / ``QT_TRANSLATE_NOOP`` in ``ui/`` into
   ``caldesk_vi.ts`` (existing translations are kept; strings no longer used are dropped);
2. ``--merge`` fills translations from a JSON list of {"context", "source", "translation"}
   (how a translator's batch comes in; Qt Linguist edits the ``.ts`` directly too);
3. ``pyside6-lrelease`` builds ``caldesk_vi.qm``.
"""

from __future__ import annotations

import argparse
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
