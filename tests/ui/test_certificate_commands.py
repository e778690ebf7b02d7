"""``main.py certificate`` and ``main.py label`` on a demo lab whose calibrations were issued."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lab.certificates.issuing import amend_certificate, awaiting_issue, issue_certificate
from lab.certificates.verification import GENUINE, SUPERSEDED, verify_certificate
from lab.storage import open_database
from lab.users import log_in
from main import main
from tests.ui.certificate_pdf import page_texts, qr_codes

SIGNATORY, PASSWORD = "chi.ttm", "demo-sign-2026"

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def issued(tmp_path, qapp):
    """A demo workstation with the demo's approved calibrations issued: (db path, numbers)."""
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    database = open_database(path)
    user = log_in(database, SIGNATORY, PASSWORD)
    numbers = []
    with database.session(actor=user) as session:
        waiting = [row["calibration"] for row in awaiting_issue(session)]
    for calibration_id in waiting:
        with database.session(actor=user) as session:
            numbers.append(issue_certificate(session, user, PASSWORD, calibration_id).number)
    database.close()
    assert numbers
    return path, numbers


def test_certificate_writes_the_pdf_that_verifies_as_genuine(issued, tmp_path, capsys):
    path, numbers = issued
    out = tmp_path / "gcn.pdf"
    assert main(["--db", str(path), "certificate", numbers[0], "--pdf", str(out)]) == 0
    assert f"{numbers[0]} rev. 1: " in capsys.readouterr().out
    texts = page_texts(out)
    assert all(numbers[0] in text for text in texts)
    database = open_database(path)
    with database.read_session() as session:
        assert verify_certificate(session, str(out)).status == GENUINE
        assert verify_certificate(session, qr_codes(out)[0]).status == GENUINE
    database.close()


def test_an_old_revision_prints_as_issued_and_verifies_as_superseded(issued, tmp_path, capsys):
    path, numbers = issued
    database = open_database(path)
    user = log_in(database, SIGNATORY, PASSWORD)
    with database.session(actor=user) as session:
        amend_certificate(session, user, PASSWORD, numbers[0], "Sai địa chỉ khách hàng")
    database.close()
    old, new = tmp_path / "rev1.pdf", tmp_path / "rev2.pdf"
    db = ["--db", str(path)]
    assert main([*db, "certificate", numbers[0], "--pdf", str(old), "--revision", "1"]) == 0
    assert "superseded" in capsys.readouterr().err
    assert main([*db, "certificate", numbers[0], "--pdf", str(new), "--lang", "vi"]) == 0
    assert "Lần ban hành: 2" in page_texts(new)[0] and "SỬA ĐỔI" in page_texts(new)[0]
    database = open_database(path)
    with database.read_session() as session:
        assert verify_certificate(session, str(old)).status == SUPERSEDED
        assert verify_certificate(session, str(new)).status == GENUINE
    database.close()


def test_label_writes_one_label_per_certificate(issued, tmp_path, capsys):
    path, numbers = issued
    out = tmp_path / "tem.pdf"
    assert main(["--db", str(path), "label", *numbers, "--pdf", str(out)]) == 0
    assert f"{len(numbers)} label(s) written" in capsys.readouterr().out
    texts = page_texts(out)
    assert [n for n, text in zip(numbers, texts, strict=True) if n in text] == numbers


def test_an_unknown_number_is_a_sentence_and_exit_2(issued, tmp_path, capsys):
    path, _ = issued
    out = tmp_path / "x.pdf"
    assert main(["--db", str(path), "certificate", "GCN-00-ZZZZ-1", "--pdf", str(out)]) == 2
    assert "There is no certificate GCN-00-ZZZZ-1" in capsys.readouterr().err
    assert main(["--db", str(path), "label", "GCN-00-ZZZZ-1", "--pdf", str(out)]) == 2
    assert not out.exists()


def test_an_unwritable_path_is_a_sentence_and_exit_2(issued, tmp_path, capsys):
    path, numbers = issued
    out = tmp_path / "no-such-folder" / "gcn.pdf"
    assert main(["--db", str(path), "certificate", numbers[0], "--pdf", str(out)]) == 2
    assert "no-such-folder does not exist" in capsys.readouterr().err


def test_help_and_the_other_commands_load_no_qt():
    probe = (
        "import sys, main\n"
        "parser = main.build_parser(main.UI_COMMAND_MODULES)\n"
        "assert 'certificate' in parser.format_help() and 'label' in parser.format_help()\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
