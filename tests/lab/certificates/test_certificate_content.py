"""What a certificate says, item by item of the checklist (certificates.md 5.1–5.5: ISO/IEC
17025 7.8.2.1, 7.8.4, 7.8.6, ILAC-P14), in Vietnamese and in English."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from lab.certificates.assemble import CertificateRefused, certificate_content
from lab.certificates.content import Bilingual
from lab.certificates.issuing import preview_content
from lab.certificates.numbering import DRAFT_NUMBER
from lab.certificates.terms import (
    TermsRefused,
    set_calibration_terms,
    set_work_order_terms,
    work_order_of,
)
from lab.storage.calibration_models import Calibration
from lab.storage.models import Device, LabSetting
from tests.lab.calibration.lab_helpers import user
from tests.lab.certificates.conftest import add_as_found, approved_calibration

ISSUED_ON = date(2026, 11, 30)


def content_of(lab, calibration_id, **kwargs):
    with lab.read_session() as session:
        return certificate_content(
            session, calibration_id, number="GCN-26-TST-00001", revision=1,
            issued_on=ISSUED_ON, signatory=user(lab, "chi.ttm"), **kwargs,
        )  # fmt: skip


def both(text: Bilingual | None) -> bool:
    """Said in both languages, and the Vietnamese really is Vietnamese (has its diacritics)."""
    vietnamese = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
    return bool(text and text.vi.strip() and text.en.strip() and vietnamese.search(text.vi))


def agree(lab, calibration_id, **terms):
    """Record the customer's agreement on the calibration's work order."""
    tech = user(lab, "an.nv")
    with lab.session(actor=tech) as session:
        calibration = session.get(Calibration, uuid.UUID(calibration_id))
        number = work_order_of(session, calibration).number
        set_work_order_terms(session, tech, number, **terms)


def test_every_checklist_item_is_in_the_content_in_both_languages(lab):
    def before_review(cid):
        agree(lab, cid, conformity_requested=True, interval_agreed_months=12)
        tech = user(lab, "an.nv")
        with lab.session(actor=tech) as session:
            set_calibration_terms(session, tech, cid, condition_received="normal")

    cid = approved_calibration(lab, before_review=before_review)
    c = content_of(lab, cid)
    with lab.read_session() as session:
        calibration = session.get(Calibration, uuid.UUID(cid))
        device = session.get(Device, calibration.device_id)
        received = work_order_of(session, calibration).received_on
    # 5.1 a) title; b) lab name and address; c) location; d) the number
    assert (c.title.vi, c.title.en) == ("Giấy chứng nhận hiệu chuẩn", "Calibration certificate")
    assert both(c.lab.name) and "Bình An" in c.lab.address
    assert both(c.location) and c.lab.address in c.location.vi
    assert c.number == "GCN-26-TST-00001" and c.revision == 1
    # e) customer; f) method with procedure id and version; g) the item and its condition
    assert c.customer.name and c.customer.name == _customer_name(lab, device)
    assert both(c.method) and "dmm-dc-voltage" in c.method.vi and "phiên bản 1" in c.method.vi
    assert "version 1" in c.method.en
    assert (c.item.lab_id, c.item.serial, c.item.asset_tag, c.item.model) == (
        device.lab_id, device.serial, device.asset_tag, device.model,
    )  # fmt: skip
    assert c.item.manufacturer == device.manufacturer and c.item.measuring_range.endswith("V")
    assert both(c.item.condition_received)
    # h) received, i) calibrated, j) issued
    assert c.received_on == received and c.calibrated_on <= ISSUED_ON and c.issued_on == ISSUED_ON
    # l) results relate only to the item; the note: not reproduced except in full
    assert all(both(s) for s in c.statements)
    said = " ".join(s.en for s in c.statements)
    assert "relate only to the item calibrated" in said and "except in full" in said
    assert "chỉ có giá trị đối với phương tiện đo được hiệu chuẩn" in c.statements[0].vi
    # m) results with units; n) remarks; o) who authorises
    (table,) = c.tables
    assert table.unit == "V" and len(table.rows) == 5 and both(table.title)
    assert table.title.en == "No adjustment made"
    assert all(both(r) for r in c.remarks)
    assert c.authorized_by.name == "Trần Thị Minh Chi" and both(c.authorized_by.role)
    assert c.performed_by.name == "Nguyễn Văn An" and both(c.performed_by.role)
    # 5.2 a) uncertainty with k and probability; b) environment; c) traceability
    assert all(r.expanded_uncertainty and r.coverage_factor for r in table.rows)
    assert "k = 2" in c.uncertainty_statement.vi and "95 %" in c.uncertainty_statement.vi
    assert "Hệ số phủ".lower() in c.uncertainty_statement.vi.lower()
    assert "approximately 95 %" in c.uncertainty_statement.en
    assert both(c.environment) and "23.1 °C" in c.environment.vi and "54 %RH" in c.environment.en
    (standard,) = c.standards
    assert standard.certificate_number and standard.calibrated_by and standard.valid_until
    # e) / 5.3 conformity naming the decision rule, asked for by the customer
    assert both(c.conformity) and "ILAC-G8 4.2.1" in c.conformity.en
    assert "quy tắc quyết định" in c.conformity.vi
    assert all(r.mpe.startswith("±") and both(r.verdict) for r in table.rows)
    assert {r.verdict.vi for r in table.rows} <= {"Đạt", "Không đạt"}
    # 7.8.4.3 interval only as agreed
    assert both(c.interval) and "12 tháng" in c.interval.vi and "12 months" in c.interval.en
    # 5.5 accreditation, plot
    assert c.lab.accreditation.startswith("VILAS")
    assert len(c.plot) == 5 and c.plot_unit == "V"


def _customer_name(lab, device):
    from lab.storage.models import Customer

    with lab.read_session() as session:
        return session.get(Customer, device.customer_id).name


def test_without_the_customers_request_there_is_no_conformity_statement_mpe_or_verdict(
    approved, lab
):
    c = content_of(lab, approved)
    assert c.conformity is None and c.interval is None
    assert all(r.mpe == "" and r.verdict is None for t in c.tables for r in t.rows)
    assert all(p.mpe is None for p in c.plot)
    assert c.item.condition_received.en == "Not recorded"


def test_one_calibration_may_ask_for_conformity_when_its_work_order_does_not(lab):
    def ask(cid):
        tech = user(lab, "an.nv")
        with lab.session(actor=tech) as session:
            set_calibration_terms(session, tech, cid, conformity_requested=True)

    c = content_of(lab, approved_calibration(lab, before_review=ask))
    assert c.conformity is not None and c.interval is None


def test_an_approved_record_takes_no_new_terms(approved, lab):
    tech = user(lab, "an.nv")
    with pytest.raises(TermsRefused, match="approved and never edited"):
        with lab.session(actor=tech) as session:
            set_calibration_terms(session, tech, approved, conformity_requested=True)


def test_an_adjusted_device_shows_as_found_then_as_left(lab):
    cid = approved_calibration(lab, before_review=lambda cid: add_as_found(lab, cid))
    c = content_of(lab, cid)
    assert [t.phase for t in c.tables] == ["as_found", "as_left"]
    assert (c.tables[0].title.vi, c.tables[0].title.en) == ("Trước hiệu chỉnh", "As found")
    assert (c.tables[1].title.vi, c.tables[1].title.en) == ("Sau hiệu chỉnh", "As left")
    assert [p.phase for p in c.plot][:5] == ["as_found"] * 5
    assert any("adjusted" in r.en and "hiệu chỉnh" in r.vi for r in c.remarks)
    assert c.tables[0].rows[2].error != c.tables[1].rows[2].error


def test_figures_follow_ilac_p14(approved, lab):
    for row in content_of(lab, approved).tables[0].rows:
        digits = row.expanded_uncertainty.replace(".", "").lstrip("0")
        assert 1 <= len(digits) <= 2, row
        places = len(row.expanded_uncertainty.partition(".")[2])
        for figure in (row.reference, row.indication, row.error):
            assert len(figure.partition(".")[2]) == places, row


def test_k_differing_per_point_is_said_so(lab):
    def spread_k(cid):
        with lab.session() as session:
            from lab.storage.calibration_models import MeasurementPoint

            points = session.scalars(
                select(MeasurementPoint).where(MeasurementPoint.calibration_id == uuid.UUID(cid))
            ).all()
            points[0].coverage_factor = 2.52  # ν_eff = 7: k from the t-distribution

    c = content_of(lab, approved_calibration(lab, before_review=spread_k))
    assert "k as stated for each point" in c.uncertainty_statement.en
    assert "approximately 95 %" in c.uncertainty_statement.en
    assert "xấp xỉ 95 %" in c.uncertainty_statement.vi
    assert c.tables[0].rows[0].coverage_factor == "2.52"


def test_a_calibration_not_yet_approved_gets_no_certificate(lab):
    captured = {}

    def keep(cid):
        captured["id"] = cid
        with lab.read_session() as session, pytest.raises(CertificateRefused, match="measured"):
            preview_content(session, cid)

    approved_calibration(lab, before_review=keep)
    assert captured


def test_a_missing_lab_setting_is_named(approved, lab):
    with lab.session() as session:
        session.get(LabSetting, "lab_address").value = ""
    with pytest.raises(CertificateRefused, match="'lab_address' \\(the lab's address\\)"):
        content_of(lab, approved)


def test_the_preview_carries_a_draft_number_and_the_approvers_name(approved, lab):
    with lab.read_session() as session:
        c = preview_content(session, approved)
    assert c.number == DRAFT_NUMBER and c.authorized_by.name == "Trần Thị Minh Chi"
