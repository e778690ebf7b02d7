"""Curve files: ``{"fit": {"x", "y", "u_x", "u_y", "degree", "x_offset", "predict_at",
"inverse_at"}}`` run by the same ``main.py uncertainty`` command as budgets (issue 3, item 7).
"""

from __future__ import annotations

import logging
import math
from typing import Any

from uncertainty.budget import BudgetError, json_safe
from uncertainty.curves import CurveError, fit_curve

log = logging.getLogger(__name__)


def evaluate_curve_file(data: Any) -> dict:
    """Fit the ``{"fit": {...}}`` file and report coefficients, covariance and predictions.

    >>> out = evaluate_curve_file({"fit": {"x": [1, 2, 3, 4], "y": [2, 4.1, 5.9, 8],
    ...                                    "predict_at": [2.5], "inverse_at": [5.0]}})
    >>> [round(c, 2) for c in out["coefficients"]], round(out["predictions"][0]["y"], 2)
    ([0.05, 1.98], 5.0)
    """
    fit = data.get("fit") if isinstance(data, dict) else None
    if not isinstance(fit, dict):
        raise BudgetError(
            'A curve file must hold {{"fit": {{"x": [...], "y": [...]}}}}.', values={}
        )
    for key in ("x", "y"):
        if not isinstance(fit.get(key), list):
            raise BudgetError("The fit has no '{key}' list.", values={"key": key})
    try:
        curve = fit_curve(
            fit["x"],
            fit["y"],
            fit.get("u_x"),
            fit.get("u_y"),
            int(fit.get("degree", 1)),
            float(fit.get("x_offset", 0.0)),
        )
        predictions = [_prediction(curve.predict(float(x))) for x in fit.get("predict_at") or []]
        inverse = [_inverse(curve, item) for item in fit.get("inverse_at") or []]
    except (CurveError, TypeError, ValueError) as exc:
        raise BudgetError("The fit: {reason}", values={"reason": exc}) from None
    return json_safe(
        {
            "coefficients": list(curve.coefficients),
            "covariance": [list(r) for r in curve.covariance],
            "correlation": [list(r) for r in curve.correlation],
            "residual_std": curve.residual_std,
            "sum_sq_residuals": curve.sum_sq_residuals,
            "dof": None if math.isinf(curve.dof) else curve.dof,
            "method": curve.method,
            "x_offset": curve.x_offset,
            "predictions": predictions,
            "inverse_predictions": inverse,
            "warnings": [],
        }
    )


def _prediction(p: Any) -> dict:
    return {
        "x": p.at,
        "y": p.value,
        "u": p.std_uncertainty,
        "dof": None if math.isinf(p.dof) else p.dof,
    }


def _inverse(curve: Any, item: Any) -> dict:
    y, u_y = (item.get("y"), item.get("u", 0.0)) if isinstance(item, dict) else (item, 0.0)
    p = curve.inverse(float(y), float(u_y))
    return {
        "y": p.at,
        "x": p.value,
        "u": p.std_uncertainty,
        "dof": None if math.isinf(p.dof) else p.dof,
    }
