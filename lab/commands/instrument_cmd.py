"""``main.py instrument``: list drivers and ports, identify an instrument, take readings.

Issue 4, "Headless": ``--list [--json]``; ``--driver NAME --port URL identify`` prints
``{"driver", "port", "identity"}``; ``... read [--function F] [--samples N]`` prints
``{"function", "unit", "readings": [...], "overload": bool}`` (an overloaded reading is ``null``,
never a number). A failure prints one sentence on stderr and exits with 1 (2 for bad usage).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from instruments.drivers import DRIVERS, driver_named
from instruments.drivers.base import Driver
from instruments.errors import InstrumentError
from instruments.simulators import SIMULATORS
from instruments.transport import discover_ports

log = logging.getLogger(__name__)

MAX_SAMPLES = 10_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "instrument",
        help="list instrument drivers and ports, identify an instrument, read it",
        description="Talk to a serial instrument or its simulator (sim://NAME).",
    )
    parser.add_argument("--list", action="store_true", help="list drivers and ports")
    parser.add_argument("--json", action="store_true", help="with --list: print JSON")
    parser.add_argument("--driver", help="driver name (see --list)")
    parser.add_argument("--port", help="port: /dev/ttyUSB0, COM3, socket://host:port, sim://NAME")
    parser.add_argument("--timeout", type=float, default=None, help="reply time limit, seconds")
    parser.add_argument("action", nargs="?", choices=("identify", "read"))
    parser.add_argument("--function", help="what to read (default: the driver's first)")
    parser.add_argument("--samples", type=int, default=1, help="number of readings (default 1)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        print(json.dumps(listing(), indent=2) if args.json else listing_text(listing()))
        return 0
    problem = usage_problem(args)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:
        driver_cls = driver_named(args.driver)
        if args.function is not None:
            driver_cls.require_function(args.function)  # before opening the port
        driver = driver_cls.open(args.port, timeout=args.timeout)
    except InstrumentError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        result = identify(driver, args) if args.action == "identify" else read(driver, args)
    except InstrumentError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        driver.close()
    print(json.dumps(result))
    return 0


def usage_problem(args: argparse.Namespace) -> str:
    if not args.driver or not args.port or not args.action:
        return (
            "Say which instrument and what to do, e.g. "
            "'instrument --driver hp34401a --port sim://hp34401a read', or use --list."
        )
    if not 1 <= args.samples <= MAX_SAMPLES:
        return f"--samples must be between 1 and {MAX_SAMPLES}, not {args.samples}."
    if args.timeout is not None and not args.timeout > 0:
        return f"--timeout must be a positive number of seconds, not {args.timeout}."
    return ""


def identify(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    return {"driver": driver.name, "port": args.port, "identity": driver.identify()}


def read(driver: Driver, args: argparse.Namespace) -> dict[str, Any]:
    function = args.function or next(iter(driver.functions))
    readings = [driver.read(function) for _ in range(args.samples)]
    unit = next((r.unit for r in readings if r.unit), driver.functions[function].unit)
    return {
        "function": function,
        "unit": unit,
        "readings": [r.value for r in readings],
        "overload": any(r.overload for r in readings),
    }


def listing() -> dict[str, Any]:
    drivers = [
        {
            "name": cls.name,
            "description": cls.description,
            "serial": cls.settings.describe(),
            "functions": {name: f.unit for name, f in cls.functions.items()},
            "simulator": f"sim://{cls.simulator}",
        }
        for cls in DRIVERS.values()
    ]
    ports = [
        {"url": f"sim://{name}", "description": f"simulator: {cls.description}"}
        for name, cls in SIMULATORS.items()
    ]
    ports += [{"url": p.url, "description": p.description} for p in discover_ports()]
    return {"drivers": drivers, "ports": ports}


def listing_text(data: dict[str, Any]) -> str:
    lines = ["Drivers:"]
    for d in data["drivers"]:
        lines.append(f"  {d['name']:<12} {d['description']}")
        lines.append(f"  {'':<12} serial {d['serial']}; simulator {d['simulator']}")
    lines.append("Ports:")
    lines += [f"  {p['url']:<24} {p['description']}" for p in data["ports"]]
    return "\n".join(lines)
