"""The demo lab has approved calibrations ready for a certificate, and the schema change kept the
file's own guards on approved calibrations."""

from __future__ import annotations

import sqlite3

from lab.certificates.demo import load_demo_calibrations
from lab.certificates.issuing import awaiting_issue, preview_content


def test_the_demo_has_approved_calibrations_to_issue_once(lab):
    with lab.session() as session:
        ids = load_demo_calibrations(session)
    with lab.session() as session:
        assert load_demo_calibrations(session) == []  # the second load adds nothing
    with lab.read_session() as session:
        waiting = awaiting_issue(session)
        assert sorted(w["calibration"] for w in waiting) == sorted(ids) and len(ids) == 2
        assert {w["approved_by"] for w in waiting} == {"chi.ttm"}
        with_rule, without = (preview_content(session, i) for i in ids)
    assert with_rule.conformity is not None and with_rule.interval is not None
    assert without.conformity is None and without.interval is None
    assert with_rule.item.condition_received.en == "Operational, no visible damage"


def test_the_migration_keeps_the_triggers_that_freeze_approved_calibrations(lab):
    with sqlite3.connect(lab.path) as raw:
        triggers = {
            name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    assert {
        "calibrations_approved_frozen",
        "measurement_points_approved_frozen",
        "measurement_points_approved_closed",
        "certificates_issued_frozen",
        "certificates_issued_kept",
    } <= triggers
