"""Calibrating a device (issue 6): procedures as versioned data, the reference standards, runs
that save every point as it is taken, results by the uncertainty engine, review and approval."""
