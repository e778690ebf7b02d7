"""The headless certificate commands as a lab scripts them: issue, amend, list, verify (exit 0
genuine, 1 superseded, 3 not genuine, 2 nothing to check), and the customer's terms."""

from __future__ import annotations

import json

from lab.certificates.issuing import find_revision
from main import main
from tests.lab.calibration.lab_helpers import PASSWORDS
from tests.lab.certificates.conftest import approved_calibration
from tests.lab.certificates.pdf_helpers import write_pdf


def run(capsys, monkeypatch, lab, *argv, password_of=None):
    if password_of:
        monkeypatch.setenv("CALDESK_PASSWORD", PASSWORDS[password_of])
    code = main(["--db", str(lab.path), *[str(a) for a in argv]])
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_then_verify_then_amend_by_command(capsys, monkeypatch, lab, approved):
    code, out, _ = run(capsys, monkeypatch, lab, "issue", "--waiting", "--json")
    assert code == 0 and [r["calibration"] for r in json.loads(out)] == [approved]

    code, out, err = run(
        capsys, monkeypatch, lab, "issue", "--calibration", approved, "--user", "chi.ttm",
        "--json", password_of="chi.ttm",
    )  # fmt: skip
    assert code == 0, err
    first = json.loads(out)
    assert first["revision"] == 1 and first["qr_text"].startswith("CALDESK-GCN|GCN-")

    code, out, _ = run(capsys, monkeypatch, lab, "verify-certificate", first["qr_text"])
    assert code == 0 and out.startswith("Genuine:")

    code, out, err = run(
        capsys, monkeypatch, lab, "amend", first["number"], "--reason", "Sai tên khách hàng",
        "--user", "chi.ttm", password_of="chi.ttm",
    )  # fmt: skip
    assert code == 0, err
    assert f"revision 2 issued, superseding {first['number']} rev. 1" in out

    code, out, _ = run(capsys, monkeypatch, lab, "verify-certificate", first["qr_text"], "--json")
    assert code == 1 and json.loads(out)["status"] == "superseded"

    tampered = first["qr_text"][:-4] + "beef"
    code, out, _ = run(capsys, monkeypatch, lab, "verify-certificate", tampered)
    assert code == 3 and out.startswith("Not genuine")

    code, out, _ = run(capsys, monkeypatch, lab, "certificates", "--json")
    listed = json.loads(out)
    assert [(r["revision"], r["superseded"]) for r in listed] == [(2, False), (1, True)]
    code, out, _ = run(
        capsys, monkeypatch, lab, "certificates", "--work-order", listed[0]["work_order"], "--json"
    )
    assert [r["revision"] for r in json.loads(out)] == [2]


def test_a_technician_is_refused_and_a_second_issue_is_refused(capsys, monkeypatch, lab, approved):
    code, _, err = run(
        capsys, monkeypatch, lab, "issue", "--calibration", approved, "--user", "an.nv",
        password_of="an.nv",
    )  # fmt: skip
    assert code == 1 and "may not issue certificates" in err
    args = ("issue", "--calibration", approved, "--user", "chi.ttm")
    assert run(capsys, monkeypatch, lab, *args, password_of="chi.ttm")[0] == 0
    code, _, err = run(capsys, monkeypatch, lab, *args, password_of="chi.ttm")
    assert code == 1 and "amend that certificate instead" in err
    code, _, err = run(capsys, monkeypatch, lab, "issue", "--calibration", "not-an-id",
                       "--user", "chi.ttm", password_of="chi.ttm")  # fmt: skip
    assert code == 1 and "'not-an-id' is not a calibration id" in err


def test_verify_a_file_that_cannot_be_read_exits_2(capsys, monkeypatch, lab, tmp_path, qapp):
    missing = tmp_path / "missing.pdf"
    code, _, err = run(capsys, monkeypatch, lab, "verify-certificate", missing)
    assert code == 2 and "There is no file" in err
    no_qr = write_pdf(tmp_path / "letter.pdf", ["Kính gửi quý khách"])
    code, out, _ = run(capsys, monkeypatch, lab, "verify-certificate", no_qr)
    assert code == 3 and "no CalDesk certificate QR text" in out


def test_terms_set_by_command_reach_the_certificate(capsys, monkeypatch, lab):
    captured = {}

    def terms(cid):
        captured["id"] = cid
        code, out, err = run(
            capsys, monkeypatch, lab, "terms", "--calibration", cid, "--conformity", "yes",
            "--condition", "damaged", "--user", "an.nv", password_of="an.nv",
        )  # fmt: skip
        assert code == 0, err
        assert "conformity statement requested, condition as received damaged" in out

    cid = approved_calibration(lab, before_review=terms)
    code, out, err = run(
        capsys, monkeypatch, lab, "issue", "--calibration", cid, "--user", "chi.ttm", "--json",
        password_of="chi.ttm",
    )  # fmt: skip
    assert code == 0, err
    issued = json.loads(out)
    with lab.read_session() as session:
        content = find_revision(session, issued["number"]).content
    assert content.conformity is not None and content.tables[0].rows[0].verdict is not None
    assert content.item.condition_received.en == "Visible damage, still operational"
    work_order = issued["work_order"]
    code, out, err = run(
        capsys, monkeypatch, lab, "terms", "--work-order", work_order, "--interval-months", "400",
        "--user", "an.nv", password_of="an.nv",
    )  # fmt: skip
    assert code == 1 and "400 months is not plausible" in err
    code, out, err = run(
        capsys, monkeypatch, lab, "terms", "--work-order", work_order, "--interval-months", "12",
        "--user", "an.nv", password_of="an.nv",
    )  # fmt: skip
    assert code == 0 and "agreed interval 12 months" in out
    code, _, err = run(
        capsys, monkeypatch, lab, "terms", "--calibration", cid, "--conformity", "no",
        "--user", "an.nv", password_of="an.nv",
    )  # fmt: skip
    assert code == 1 and "approved and never edited" in err
