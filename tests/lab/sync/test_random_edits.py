"""Random edits and syncs on three workstations (a hypothesis state machine): after everyone
syncs, the registers are identical and every change is upstream exactly once."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import text

from lab.storage import open_database
from lab.storage.changes import tombstone
from lab.storage.models import Device
from lab.sync.engine import pending_changes, sync
from lab.sync.upstream import connect_upstream, init_upstream
from tests.lab.sync.helpers import add_customer, add_devices, edit_device, register_snapshot

NAMES = ("A", "B", "C")
FIELDS = ("location", "notes", "model")


@pytest.fixture
def machine_server(pg_server, pg_socket_dir):
    return pg_server, pg_socket_dir


class ThreeWorkstations(RuleBasedStateMachine):
    server = None
    socket_dir = None

    @initialize()
    def set_up(self):
        self.folder = Path(tempfile.mkdtemp(prefix="caldesk-sm-"))
        self.database = f"centre_{uuid.uuid4().hex[:12]}"
        self.server.psql(f"CREATE DATABASE {self.database};")
        self.upstream = connect_upstream(
            f"postgresql://postgres@/{self.database}?host={self.socket_dir}"
        )
        init_upstream(self.upstream)
        self.ws = {n: open_database(self.folder / f"{n}.sqlite", workstation_name=n) for n in NAMES}
        self.customer = add_customer(self.ws["A"])
        self.devices = add_devices(self.ws["A"], self.customer, 2)
        sync(self.ws["A"], self.upstream)
        for name in ("B", "C"):
            sync(self.ws[name], self.upstream)

    @rule(name=st.sampled_from(NAMES))
    def register_a_device(self, name):
        db = self.ws[name]
        with db.read_session() as s:
            known = s.get(Device, self.devices[0]) is not None
        if known:
            self.devices += add_devices(db, self.customer, 1, prefix=name)

    @rule(
        name=st.sampled_from(NAMES),
        pick=st.integers(0, 50),
        field=st.sampled_from(FIELDS),
        value=st.text("abcđ", max_size=3),
    )
    def edit_a_field(self, name, pick, field, value):
        db = self.ws[name]
        device = self.devices[pick % len(self.devices)]
        with db.read_session() as s:
            if s.get(Device, device) is None:
                return  # not pulled here yet
        edit_device(db, device, **{field: value or None})

    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 50))
    def delete_a_device(self, name, pick):
        db = self.ws[name]
        with db.session() as s:
            device = s.get(Device, self.devices[pick % len(self.devices)])
            if device is not None and device.deleted_at is None:
                tombstone(device)

    @rule(name=st.sampled_from(NAMES))
    def sync_one(self, name):
        sync(self.ws[name], self.upstream)

    def teardown(self):
        if not hasattr(self, "ws"):
            return
        try:
            for _ in range(2):
                for name in NAMES:
                    sync(self.ws[name], self.upstream)
            snapshots = [register_snapshot(db) for db in self.ws.values()]
            assert snapshots[0] == snapshots[1] == snapshots[2]
            assert all(pending_changes(db) == 0 for db in self.ws.values())
            with self.upstream.connect() as conn:
                ids = conn.execute(text("SELECT id FROM devices")).scalars().all()
            assert sorted(ids) == sorted(self.devices)  # each registered device once upstream
        finally:
            for db in self.ws.values():
                db.close()
            self.upstream.dispose()
            self.server.psql(f"DROP DATABASE {self.database} WITH (FORCE);")
            shutil.rmtree(self.folder, ignore_errors=True)


def test_random_edits_and_syncs_on_three_workstations_converge(machine_server):
    ThreeWorkstations.server, ThreeWorkstations.socket_dir = machine_server
    ThreeWorkstations.TestCase.settings = settings(
        max_examples=8,
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    ThreeWorkstations.TestCase().runTest()
