"""The centre keeps workstation codes unique: a second workstation with a code already held is
refused at sync before anything of it is sent (lab.sync.codes; issues 7 and 8)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from lab.numbers import lab_ids, set_workstation_code
from lab.storage.models import OutboxEntry, Workstation
from lab.sync.codes import WorkstationCodeTaken
from lab.sync.engine import sync
from lab.sync.roles import add_workstation, role_name
from lab.sync.status import open_conflict_rows
from lab.sync.upstream import UpstreamError, connect_upstream
from main import main
from tests.lab.sync.helpers import add_customer, add_devices, edit_device, upstream_count


def _force_code(db, code: str) -> None:
    with db.session() as session:
        session.scalars(select(Workstation)).one().code = code


def _outbox(db) -> int:
    with db.read_session() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry))


def _codes(upstream) -> dict[str, str]:
    with upstream.connect() as conn:
        rows = conn.execute(text("SELECT code, workstation FROM sync_workstation_codes"))
        return {code: ws for code, ws in rows}


def _upstream_rows_of(upstream, db) -> int:
    with upstream.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM devices WHERE origin_workstation = :ws"),
            {"ws": str(db.workstation_id)},
        ).scalar_one()


def test_a_second_workstation_with_a_taken_code_is_refused_and_syncs_once_recoded(
    workstations, upstream
):
    first, second = workstations("Lab Áp suất 2"), workstations("Lab Điện 1")
    _force_code(first, "A94")
    _force_code(second, "A94")
    add_devices(first, add_customer(first), 2)
    sync(first, upstream)
    add_devices(second, add_customer(second, "Nhà máy Nước"), 3)
    waiting = _outbox(second)

    with pytest.raises(WorkstationCodeTaken) as refused:
        sync(second, upstream)

    assert str(refused.value).startswith(
        "Workstation code A94 is already used by workstation 'Lab Áp suất 2' at the centre: "
        "numbers made here could collide with theirs. Nothing was sent;"
    )
    assert "workstation --code NEW --user ADMIN" in str(refused.value)
    assert _upstream_rows_of(upstream, second) == 0
    assert upstream_count(upstream, "customers") == 1
    assert _outbox(second) == waiting  # every change still waits, none marked pushed
    assert _codes(upstream) == {"A94": str(first.workstation_id)}

    with second.session() as session:
        set_workstation_code(session, "hcm1", None)  # no users yet: nobody to ask
    report = sync(second, upstream)

    assert report.pushed == waiting and _upstream_rows_of(upstream, second) == 3
    assert _codes(upstream) == {
        "A94": str(first.workstation_id), "HCM1": str(second.workstation_id)
    }  # fmt: skip


def test_a_refused_workstation_that_made_numbers_is_told_what_to_do(workstations, upstream):
    first, second = workstations("Lab Áp suất 2"), workstations("Lab Điện 1")
    _force_code(first, "A94")
    _force_code(second, "A94")
    sync(first, upstream)
    with second.session() as session:
        made = lab_ids(session, 2)

    with pytest.raises(WorkstationCodeTaken) as refused:
        sync(second, upstream)

    assert made[0].endswith("-A94-00001")
    assert "already made 2 lab IDs with that code, so its code cannot change" in str(refused.value)
    assert "if 'Lab Áp suất 2' has made no numbers yet, give it a new code there" in str(
        refused.value
    )


def test_recoding_the_first_workstation_frees_its_code_for_the_second(workstations, upstream):
    first, second = workstations("Lab Áp suất 2"), workstations("Lab Điện 1")
    _force_code(first, "A94")
    _force_code(second, "A94")
    sync(first, upstream)
    with second.session() as session:
        lab_ids(session, 1)  # the second made a number: it keeps A94
    with first.session() as session:
        set_workstation_code(session, "B17", None)

    sync(first, upstream)
    sync(second, upstream)

    assert _codes(upstream) == {
        "B17": str(first.workstation_id), "A94": str(second.workstation_id)
    }  # fmt: skip


def test_a_code_reserved_with_the_login_must_be_the_workstations(
    workstations, upstream, upstream_url
):
    add = ["upstream", "add-workstation", "Lab Áp suất 3", "--url", upstream_url, "--code", "hcm1"]
    assert main(add) == 0
    role = role_name("Lab Áp suất 3")
    login = connect_upstream(
        upstream_url.replace("postgresql://postgres@", f"postgresql://{role}@")
    )
    other = workstations("Lab Điện 1")
    _force_code(other, "HCM1")
    ws = workstations("Lab Áp suất 3")
    try:
        with pytest.raises(
            WorkstationCodeTaken, match="already used by workstation 'Lab Áp suất 3'"
        ):
            sync(other, upstream)  # the reservation holds against everyone else
        with pytest.raises(
            WorkstationCodeTaken,
            match="login was added at the centre for "
            "workstation code HCM1, but this workstation's code is",
        ):
            sync(ws, login)
        with ws.session() as session:
            set_workstation_code(session, "HCM1", None)
        sync(ws, login)
    finally:
        login.dispose()

    assert _codes(upstream) == {"HCM1": str(ws.workstation_id)}
    with pytest.raises(
        UpstreamError,
        match="Workstation code HCM1 is already used by "
        "workstation 'Lab Áp suất 3' at the centre; choose another code",
    ):
        add_workstation(upstream, "Lab Nhiệt 4", None, code="HCM1")


def test_a_legacy_three_character_code_is_claimed_like_any_other(workstations, upstream):
    legacy = workstations("Lab Cũ")
    _force_code(legacy, "F67")
    with legacy.session() as session:
        assert lab_ids(session, 1)[0].split("-")[1] == "F67"
    add_devices(legacy, add_customer(legacy), 1)

    sync(legacy, upstream)
    sync(legacy, upstream)  # claiming again is a no-op

    assert _codes(upstream) == {"F67": str(legacy.workstation_id)}
    assert _upstream_rows_of(upstream, legacy) == 1


def test_the_sync_pane_names_the_other_workstation_by_its_code(workstations, upstream):
    a, b = workstations("A"), workstations("B")
    _force_code(b, "HCM1")  # not made from its id, so only the centre's directory knows it
    [device] = add_devices(a, add_customer(a), 1)
    sync(a, upstream)
    sync(b, upstream)
    edit_device(a, device, location="Phòng A")
    edit_device(b, device, location="Phòng B")
    sync(a, upstream)
    sync(b, upstream)
    sync(a, upstream)

    for ws in (a, b):
        [row] = open_conflict_rows(ws)
        assert row.other_workstation == "HCM1" and row.other_is_here == (ws is b)
