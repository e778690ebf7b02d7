"""A decommissioned workstation is retired at the centre (``upstream retire-workstation``): its
login is revoked, the purge stops waiting for it, and what it made (its audit trail, its code)
stays its own."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from lab.storage.changes import tombstone
from lab.storage.models import Device, Workstation
from lab.sync.engine import pending_changes, sync
from lab.sync.purge import purge_upstream
from lab.sync.roles import add_workstation, role_name
from lab.sync.upstream import UpstreamError, connect_upstream
from main import main
from tests.lab.sync.helpers import add_customer, add_devices, edit_device, upstream_count

KEPT, GONE = "lab-dien-1", "Lab Cũ 2"  # the workstation that stays, the one decommissioned


def _login(upstream_url: str, name: str):
    """A fresh engine on the centre as the workstation's own login, as a PC that starts up."""
    return connect_upstream(
        upstream_url.replace("postgresql://postgres@", f"postgresql://{role_name(name)}@")
    )


def _sync_as(db, upstream_url: str, name: str) -> None:
    login = _login(upstream_url, name)
    try:
        sync(db, login)
    finally:
        login.dispose()


def _retire(upstream_url: str, *options: str, name: str = GONE) -> int:
    return main(["upstream", "retire-workstation", name, upstream_url, *options])


def _retired_at(upstream, name: str = GONE):
    with upstream.connect() as conn:
        return conn.execute(
            text("SELECT retired_at FROM sync_workstations WHERE role_name = :r"),
            {"r": role_name(name)},
        ).scalar_one()


@pytest.fixture
def lab(workstations, upstream, upstream_url):
    """A and B sync through their own logins; then A deletes a device and pulls past the delete,
    while B (about to be decommissioned) never syncs again."""
    a, b = workstations("A"), workstations("B")
    add_workstation(upstream, KEPT, None)
    add_workstation(upstream, GONE, None)
    deleted, _ = add_devices(a, add_customer(a), 2)
    add_devices(b, add_customer(b, "Nhà máy Nước"), 1)  # B's own records and audit trail
    _sync_as(a, upstream_url, KEPT)
    _sync_as(b, upstream_url, GONE)
    with a.session() as s:
        tombstone(s.get(Device, deleted))
    _sync_as(a, upstream_url, KEPT)
    _sync_as(a, upstream_url, KEPT)  # A's cursor moves past its own delete
    return a, b


def test_a_workstation_that_stopped_syncing_pins_the_purge_until_it_is_retired(
    lab, upstream, upstream_url, capsys
):
    pinned = purge_upstream(upstream)
    assert pinned.tombstones == {} and upstream_count(upstream, "devices") == 3

    assert _retire(upstream_url, "--yes") == 0

    released = purge_upstream(upstream)
    assert released.tombstones == {"devices": 1} and released.horizon > pinned.horizon
    assert upstream_count(upstream, "devices") == 2
    out = capsys.readouterr().out
    assert "Changes never pushed from that PC are not at the centre" in out
    assert f"Workstation '{GONE}' ({role_name(GONE)}) is retired" in out


def test_the_retired_login_cannot_sync_again_and_is_told_so(lab, upstream, upstream_url):
    _, b = lab
    edit_device(b, _any_device(b), notes="sửa sau lần đồng bộ cuối")
    assert _retire(upstream_url, "--yes") == 0

    with pytest.raises(UpstreamError) as refused:
        _sync_as(b, upstream_url, GONE)

    assert f"no longer lets the login '{role_name(GONE)}' in" in str(refused.value)
    assert "changes made here and never pushed are only on this PC" in str(refused.value)
    assert pending_changes(b) == 1  # nothing of it reached the centre
    with upstream.connect() as conn:
        assert not conn.execute(
            text("SELECT 1 FROM devices WHERE notes = 'sửa sau lần đồng bộ cuối'")
        ).first()
        login = conn.execute(
            text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"), {"r": role_name(GONE)}
        ).scalar_one()
    assert login is False


def test_a_session_still_open_when_it_is_retired_writes_nothing_more(lab, upstream, upstream_url):
    _, b = lab
    login = _login(upstream_url, GONE)
    try:
        sync(b, login)  # the PC is connected, and its pooled session stays open
        edit_device(b, _any_device(b), notes="sửa trong lúc bị ngừng")
        assert _retire(upstream_url, "--yes") == 0

        with pytest.raises(UpstreamError, match="row-level security"):
            sync(b, login)
    finally:
        login.dispose()

    assert pending_changes(b) == 1


def test_without_yes_it_only_says_what_would_be_lost(lab, upstream, upstream_url, capsys):
    assert _retire(upstream_url) == 1

    said = capsys.readouterr()
    assert "Changes never pushed from that PC are not at the centre" in said.out
    assert "it last pushed on " in said.out and "It last pulled from the centre on " in said.out
    assert "Nothing was changed: run the command again with --yes" in said.err
    assert _retired_at(upstream) is None
    assert purge_upstream(upstream).tombstones == {}  # still pinned
    _sync_as(lab[1], upstream_url, GONE)  # and the PC still syncs


def test_an_unknown_name_is_refused_with_the_workstations_the_centre_knows(
    lab, upstream, upstream_url, capsys
):
    assert _retire(upstream_url, "--yes", name="Lab Không Có") == 3

    err = capsys.readouterr().err
    assert "There is no workstation 'Lab Không Có' (caldesk_ws_lab_khong_co) at the centre" in err
    assert "The workstations in use there are: caldesk_ws_lab_cu_2, caldesk_ws_lab_dien_1." in err
    assert _retired_at(upstream) is None and _retired_at(upstream, KEPT) is None


def test_retiring_twice_says_it_was_already_retired_and_changes_nothing(
    lab, upstream, upstream_url, capsys
):
    assert _retire(upstream_url, "--yes") == 0
    first = _retired_at(upstream)
    capsys.readouterr()

    assert _retire(upstream_url, "--yes", "--json") == 0

    out = json.loads(capsys.readouterr().out)
    assert out["retired_now"] is False and out["login"] == role_name(GONE)
    assert out["said"] == [f"Workstation '{GONE}' ({role_name(GONE)}) was already retired on "
                           f"{first.astimezone():%Y-%m-%d %H:%M}; nothing was changed."]  # fmt: skip
    assert _retired_at(upstream) == first


def test_the_retired_workstations_code_stays_reserved(lab, upstream, upstream_url):
    _, b = lab
    with b.read_session() as s:
        code = s.scalars(select(Workstation.code)).one()
    assert _retire(upstream_url, "--yes") == 0

    with pytest.raises(UpstreamError, match=f"Workstation code {code} is already used"):
        add_workstation(upstream, "Lab Mới 3", None, code=code)
    with upstream.connect() as conn:
        holder = conn.execute(
            text("SELECT workstation FROM sync_workstation_codes WHERE code = :c"), {"c": code}
        ).scalar_one()
    assert holder == str(b.workstation_id)


def test_the_retired_workstations_audit_trail_is_still_verified(
    lab, upstream, upstream_url, capsys
):
    _, b = lab
    assert _retire(upstream_url, "--yes") == 0
    with upstream.begin() as conn:  # the centre's owner edits one of the retired PC's entries
        conn.execute(
            text("UPDATE audit_events SET actor = 'someone' WHERE workstation = :w AND seq = 1"),
            {"w": str(b.workstation_id)},
        )
    capsys.readouterr()

    assert main(["upstream", "verify-audit", upstream_url, "--json"]) == 1

    trails = {t["workstation"]: t for t in json.loads(capsys.readouterr().out)}
    assert trails[str(b.workstation_id)]["intact"] is False


def test_retiring_a_login_that_never_synced_lets_the_purge_go_on(
    lab, upstream, upstream_url, capsys
):
    add_workstation(upstream, "Lab Chưa Dùng", None)  # added, never used: holds everything
    assert _retire(upstream_url, "--yes") == 0
    assert purge_upstream(upstream).tombstones == {}
    capsys.readouterr()

    assert _retire(upstream_url, "--yes", name="Lab Chưa Dùng") == 0

    out = capsys.readouterr().out
    assert "it has never pushed anything" in out and "It has never pulled from the centre" in out
    assert purge_upstream(upstream).tombstones == {"devices": 1}


def _any_device(db):
    with db.read_session() as s:
        return s.scalars(select(Device.id).where(Device.deleted_at.is_(None))).first()
