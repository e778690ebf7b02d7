"""Test connection: the instrument on a port says who it is, or the technician reads in one
sentence what went wrong (real pseudo-terminals, a simulator behind one, nothing behind another)."""

from __future__ import annotations

import os
import tty

import pytest

from instruments.connection import check_connection
from instruments.pty_bridge import PtyBridge
from instruments.simulators import make_simulator
from instruments.simulators.base import Fault


@pytest.fixture
def silent_port():
    """A pty with nothing behind it: the cable is plugged into an instrument that is off."""
    master, slave = os.openpty()
    tty.setraw(slave)
    yield os.ttyname(slave)
    os.close(slave)
    os.close(master)


@pytest.mark.parametrize(
    ("driver", "identity"),
    [("hp34401a", "HEWLETT-PACKARD,34401A,0,11-5-2"), ("fluke5520a", "FLUKE,5520A")],
)
def test_an_instrument_answering_on_a_pty_is_named_with_its_identity(driver, identity):
    with PtyBridge(make_simulator(driver, time_scale=0.0)) as bridge:
        check = check_connection(driver, bridge.path)
    assert check.ok and check.identity.startswith(identity)
    assert f"answered on {bridge.path}: {check.identity}." in check.sentence


def test_a_pty_with_nothing_behind_it_says_no_answer_and_what_to_check(silent_port):
    check = check_connection("hp34401a", silent_port)
    assert not check.ok
    assert check.sentence.startswith(f"No answer on {silent_port} within ")
    assert "in remote mode" in check.sentence and "9600 8N2, DTR/DSR" in check.sentence


def test_the_baud_rate_typed_is_the_one_said(silent_port):
    check = check_connection("fluke5520a", silent_port, baudrate=19200)
    assert not check.ok and "19200 8N1, XON/XOFF" in check.sentence


def test_a_port_that_is_not_there_is_named():
    check = check_connection("hp34401a", "/dev/ttyUSB-not-here")
    assert not check.ok
    assert check.sentence.startswith("The port /dev/ttyUSB-not-here could not be opened")


def test_garbage_on_the_line_says_to_check_the_baud_rate():
    simulator = make_simulator("hp34401a", time_scale=0.0)
    with PtyBridge(simulator, fault=Fault("garbage")) as bridge:
        check = check_connection("hp34401a", bridge.path)
    assert not check.ok and "check the baud rate and the cable" in check.sentence
