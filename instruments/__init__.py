"""Serial instruments: transport, declarative drivers, simulators and fault injection.

A leaf library (DESIGN.md "Who may import whom"): pyserial only, no Qt, no database, no pint.
Values come back as plain floats with unit strings.
"""
