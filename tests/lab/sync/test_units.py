"""A calibration with its points and standards moves as one unit, on push and on pull: neither the
centre nor another workstation ever holds a calibration with only some of its points."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from sqlalchemy import text

from lab.storage.calibration_models import MeasurementPoint
from lab.sync import pull
from lab.sync.engine import pending_changes, sync
from lab.sync.pull import apply_changes, read_changes
from tests.conftest import REPO
from tests.lab.sync.calibrations import (
    add_calibration,
    add_standard,
    local_points,
    point,
)
from tests.lab.sync.helpers import add_customer, add_devices, register_snapshot


def _upstream_units(upstream) -> list[tuple]:
    """Per calibration upstream: its change number, its points, and its points' change numbers."""
    with upstream.connect() as conn:
        return conn.execute(
            text(
                "SELECT c.id, c.change_seq, count(p.id), array_agg(DISTINCT p.change_seq) "
                "FROM calibrations c LEFT JOIN measurement_points p ON p.calibration_id = c.id "
                "GROUP BY c.id, c.change_seq"
            )
        ).all()


def test_a_calibration_with_60_points_arrives_whole_with_a_batch_limit_of_10(
    workstations, upstream
):
    a, b = workstations("A"), workstations("B")
    devices = add_devices(a, add_customer(a), 5)  # six rows first: the cut falls in the unit
    calibration = add_calibration(a, devices[0], add_standard(a), 60)

    report = sync(a, upstream, batch_rows=10)
    sync(b, upstream)

    assert report.pushed == 6 + 1 + 1 + 1 + 60 and report.pending == 0
    [(cal_id, seq, points, point_seqs)] = _upstream_units(upstream)
    assert (cal_id, points, point_seqs) == (calibration, 60, [seq])  # one batch, one number
    with upstream.connect() as conn:
        link_seq = conn.execute(text("SELECT change_seq FROM calibration_standards")).scalar()
    assert link_seq == seq
    assert local_points(b, calibration) == 60
    assert register_snapshot(a) == register_snapshot(b)


def _sync_process(db_path, url, crash_at: str) -> subprocess.CompletedProcess:
    script = (
        "import sys; from lab.storage import open_database; "
        "from lab.sync.engine import sync; from lab.sync.upstream import connect_upstream; "
        "db = open_database(sys.argv[1]); sync(db, connect_upstream(sys.argv[2]), batch_rows=10)"
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(db_path), url],
        env={**os.environ, "CALDESK_SYNC_CRASH_AT": crash_at},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_push_killed_between_batches_never_leaves_a_calibration_without_points(
    workstations, upstream, upstream_url
):
    a, b = workstations("A"), workstations("B")
    devices = add_devices(a, add_customer(a), 3)
    standard = add_standard(a)
    calibrations = [add_calibration(a, d, standard, 25) for d in devices]

    killed = _sync_process(a.path, upstream_url, "push-after-upstream-commit")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    sync(b, upstream)  # another workstation pulls what the first batch left upstream

    units = _upstream_units(upstream)
    assert units, "the first batch reached the centre"
    assert all(points == 25 for _, _, points, _ in units)
    assert all(local_points(b, c) in (0, 25) for c in calibrations)

    sync(a, upstream)
    sync(b, upstream)
    assert pending_changes(a) == 0
    assert [points for _, _, points, _ in _upstream_units(upstream)] == [25, 25, 25]
    assert register_snapshot(a) == register_snapshot(b)


def test_a_pull_cut_after_one_page_has_every_point_of_the_calibrations_it_holds(
    workstations, upstream, monkeypatch
):
    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    calibration = add_calibration(a, device, add_standard(a), 30)
    sync(a, upstream)
    with a.session() as s:  # the as-found points, taken later, go up in a later batch
        for seq in range(1, 31):
            s.add(MeasurementPoint(calibration_id=calibration, **point(seq, "as_found")))
    sync(a, upstream)
    monkeypatch.setattr(pull, "BATCHES_PER_PULL", 1)

    page = read_changes(upstream, 0, b)  # the first page only: then the power cut
    apply_changes(b, page)

    assert local_points(b, calibration) == 60
    sync(b, upstream)
    assert register_snapshot(a) == register_snapshot(b)


def test_a_certificate_goes_up_in_the_batch_of_its_calibration(workstations, upstream):
    from datetime import UTC, date, datetime

    from lab.storage.certificate_models import Certificate
    from tests.lab.sync.calibrations import set_calibration

    a, b = workstations("A"), workstations("B")
    device = add_devices(a, add_customer(a), 1)[0]
    calibration = add_calibration(a, device, add_standard(a), 5)
    set_calibration(a, calibration, state="approved", approved_by="lan.tt")
    with a.session() as s:
        s.add(
            Certificate(
                number="2026-00001",
                revision=1,
                calibration_id=calibration,
                issued_at=datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
                issued_on=date(2026, 11, 27),
                issued_by="lan.tt",
                content={"number": "2026-00001"},
                content_hash="0" * 64,
                qr_text="CALDESK 2026-00001",
            )
        )

    sync(a, upstream, batch_rows=3)  # the customer, the device, the standard: then the unit
    sync(b, upstream)

    with upstream.connect() as conn:
        seqs = (
            conn.execute(
                text(
                    "SELECT DISTINCT change_seq FROM certificates UNION "
                    "SELECT DISTINCT change_seq FROM measurement_points"
                )
            )
            .scalars()
            .all()
        )
    assert len(seqs) == 1
    with b.read_session() as s:
        assert s.get(Certificate, s.query(Certificate.id).scalar()).number == "2026-00001"
    assert register_snapshot(a) == register_snapshot(b)
