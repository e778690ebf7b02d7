"""Measurement uncertainty by the book: GUM propagation, JCGM 101 Monte Carlo, curves, conformity.

A leaf library: numpy, scipy and pint only; no Qt, no database, nothing from ``lab`` or ``ui``.
"""
