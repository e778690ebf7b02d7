"""The line transport on pyserial's own ``loop://`` port and on a real pty."""

from __future__ import annotations

import os
import threading
import time

import pytest
import serial

from instruments.errors import GarbledReply, LinkLost, LinkTimeout
from instruments.transport import SerialSettings, Transport, discover_ports, open_transport

SETTINGS = SerialSettings(write_terminator="\n", read_terminator="\r\n", timeout=0.2)


def loop_transport() -> Transport:
    return open_transport("loop://", SETTINGS, name="the loop")


def test_a_line_without_its_terminator_is_a_timeout_not_a_reading():
    link = loop_transport()
    link.port.write(b"+1.00000000E+01")
    with pytest.raises(LinkTimeout, match="incomplete line") as failure:
        link.read_line()
    assert failure.value.partial == b"+1.00000000E+01"


def test_nothing_at_all_is_a_timeout_that_says_how_long_it_waited():
    with pytest.raises(LinkTimeout, match="did not answer within 0.2 s"):
        loop_transport().read_line()


def test_a_line_is_assembled_from_pieces_and_the_rest_is_kept_for_the_next():
    link = loop_transport()

    def trickle():
        for piece in (b"+1.0", b"0E+0", b"1\r\n+2.", b"5E+00\r\n"):
            link.port.write(piece)
            time.sleep(0.02)

    threading.Thread(target=trickle).start()
    assert link.read_line() == "+1.00E+01"
    assert link.read_line() == "+2.5E+00"


def test_bytes_that_are_not_text_are_garbled_and_dropped():
    link = loop_transport()
    link.port.write(b"+1.0\xff\x00E+01\r\n")
    with pytest.raises(GarbledReply, match="not text"):
        link.read_line()
    assert link.port.in_waiting == 0


def test_an_echo_of_the_command_is_not_taken_for_the_reply():
    # loop:// hands back what was written: that is the echo; the instrument's reply follows.
    crlf = SerialSettings(write_terminator="\r\n", read_terminator="\r\n", timeout=0.2)
    link = open_transport("loop://", crlf, name="the loop")
    write = link.port.write

    def write_and_answer(data: bytes) -> int:
        count = write(data)
        write(b"42\r\n")
        return count

    link.port.write = write_and_answer
    assert link.query("VAL?") == "42"


def test_a_pty_closed_on_the_far_side_is_a_lost_link_and_the_port_is_closed():
    master, slave = os.openpty()
    port = serial.Serial(os.ttyname(slave), timeout=0.2)
    link = Transport(port, SETTINGS, name="the meter")
    os.close(master)
    with pytest.raises(LinkLost, match="was lost"):
        link.query("*IDN?")
    assert not link.is_open
    os.close(slave)


def test_a_port_that_cannot_be_opened_is_a_sentence_naming_it():
    with pytest.raises(LinkLost, match="/dev/caldesk-none could not be opened"):
        open_transport("/dev/caldesk-none", SETTINGS, name="the meter")


def test_port_discovery_lists_the_machines_ports_by_device_name():
    ports = discover_ports()
    assert ports == sorted(ports, key=lambda p: p.url)
    assert all(p.url and p.description for p in ports)
