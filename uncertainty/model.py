"""Measurement models as text, parsed safely and evaluated on numbers, arrays and dual numbers.

A model is one or more equations ``name = expression`` separated by ``;`` or new lines; a later
equation may use the result of an earlier one (GUM 4.1.2: the model may itself depend on other
quantities). The text goes through Python's ``ast`` and only a whitelist of nodes is accepted
(numbers, names, ``+ - * / **``, unary minus, parentheses, a fixed set of functions and ``pi``);
nothing is ever passed to ``eval``. The accepted tree is turned into a tree of small closures, so
the same compiled model evaluates plain floats, numpy arrays of a million Monte Carlo trials
(JCGM 101 7.4), :class:`~uncertainty.dual.Dual` numbers for exact sensitivity coefficients
(GUM 5.1.3) and :class:`~uncertainty.dual.Dimension` for the unit check.
"""

from __future__ import annotations

import ast
import logging
import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from uncertainty.dual import FUNCTIONS
from uncertainty.errors import Phrase, UncertaintyError

log = logging.getLogger(__name__)

Evaluator = Callable[[Mapping[str, Any]], Any]

_BINARY: dict[type, tuple[Callable[[Any, Any], Any], str]] = {
    ast.Add: (operator.add, "+"),
    ast.Sub: (operator.sub, "-"),
    ast.Mult: (operator.mul, "*"),
    ast.Div: (operator.truediv, "/"),
    ast.Pow: (operator.pow, "**"),
}
_CONSTANTS = {"pi": math.pi}
_REFUSED_OPERATORS = {
    ast.BitXor: Phrase("'^' is not a power here: write x**2 for x squared", values={}),
    ast.FloorDiv: Phrase("'//' (integer division) is not allowed: write /", values={}),
    ast.Mod: Phrase("'{sign}' is not allowed in a model", values={"sign": "%"}),
    ast.MatMult: Phrase("'{sign}' is not allowed in a model", values={"sign": "@"}),
}


class ModelError(UncertaintyError):
    """A model text that cannot be accepted; the message says what and where."""


@dataclass(frozen=True)
class Equation:
    """One ``output = expression`` line of a model, compiled."""

    output: str
    text: str
    names: tuple[str, ...]  # the names the expression reads, in order of first use
    evaluate: Evaluator


@dataclass(frozen=True)
class Model:
    """A parsed measurement model: its equations, the inputs it needs and the outputs it gives.

    >>> m = Model.parse("R = V/I; P = V*I")
    >>> m.inputs, m.outputs
    (('V', 'I'), ('R', 'P'))
    >>> m.evaluate({"V": 10.0, "I": 2.0})
    {'R': 5.0, 'P': 20.0}
    """

    text: str
    equations: tuple[Equation, ...]
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Model:
        """Parse and compile ``text``; :class:`ModelError` says what is wrong and where.

        >>> Model.parse("y = x ^ 2")
        Traceback (most recent call last):
        ...
        uncertainty.model.ModelError: Equation 1 (line 1, column 5): '^' is not a power here: ...
        >>> Model.parse("y = __import__('os')")
        Traceback (most recent call last):
        ...
        uncertainty.model.ModelError: ... '__import__' is not one of the functions a model may ...
        """
        equations = _parse_equations(text)
        defined: list[str] = []
        inputs: list[str] = []
        for eq in equations:
            for name in eq.names:
                if name not in defined and name not in inputs:
                    inputs.append(name)
            if eq.output in defined or eq.output in inputs:
                raise ModelError(
                    "'{output}' is given a value twice or used before its own equation; "
                    "each output must be defined once, before it is used.",
                    values={"output": eq.output},
                )
            defined.append(eq.output)
        return cls(text, tuple(equations), tuple(inputs), tuple(defined))

    def evaluate(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Evaluate every equation in order; ``values`` holds one value (or array) per input."""
        missing = [name for name in self.inputs if name not in values]
        if missing:
            raise ModelError(
                "No value was given for the input(s) {names}.",
                values={"names": ", ".join(missing)},
            )
        env = dict(values)
        results: dict[str, Any] = {}
        for eq in self.equations:
            env[eq.output] = results[eq.output] = eq.evaluate(env)
        return results


def _parse_equations(text: str) -> list[Equation]:
    if not text or not text.strip():
        raise ModelError("The model is empty: write it as 'output = expression'.", values={})
    try:
        tree = ast.parse(text.strip(), mode="exec")
    except SyntaxError as exc:
        raise _syntax_error(exc) from None
    equations: list[Equation] = []
    for number, statement in enumerate(tree.body, start=1):
        equations.append(_equation(statement, number, text.strip()))
    return equations


def _syntax_error(exc: SyntaxError) -> ModelError:
    # Python's own reason stays as Python words it, a value of the sentence.
    reason = (exc.msg or "is not a valid expression").rstrip(".")
    brackets = "'(' was never closed" in reason or "unmatched" in reason
    if exc.lineno:
        where = {"line": exc.lineno, "column": exc.offset, "reason": reason}
        if brackets:
            return ModelError(
                "Line {line}, column {column}: the brackets do not match ({reason}).", values=where
            )
        return ModelError(
            "Line {line}, column {column}: this is not a valid equation ({reason}).", values=where
        )
    if brackets:
        return ModelError(
            "The model: the brackets do not match ({reason}).", values={"reason": reason}
        )
    return ModelError(
        "The model: this is not a valid equation ({reason}).", values={"reason": reason}
    )


def _equation(statement: ast.stmt, number: int, text: str) -> Equation:
    if not isinstance(statement, ast.Assign):
        raise ModelError(
            "Equation {number} must have the form 'output = expression' (found: {found}).",
            values={"number": number, "found": str(ast.get_source_segment(text, statement))},
        )
    if len(statement.targets) != 1 or not isinstance(statement.targets[0], ast.Name):
        raise ModelError(
            "Equation {number}: the left side must be one plain name.", values={"number": number}
        )
    output = statement.targets[0].id
    if output in FUNCTIONS or output in _CONSTANTS:
        raise ModelError(
            "Equation {number}: '{output}' is a function or constant, not an output.",
            values={"number": number, "output": output},
        )
    names: list[str] = []
    evaluate = _compile(statement.value, number, names)
    source = ast.get_source_segment(text, statement.value) or ""
    return Equation(output, source, tuple(names), evaluate)


def _where(node: ast.AST, number: int, **values: Any) -> dict[str, Any]:
    """The values of "Equation {number} (line {line}, column {column})", with which the
    refusals of one node begin (each template written out whole, to be translated whole)."""
    line, column = getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1
    return {"number": number, "line": line, "column": column, **values}


def _compile(node: ast.AST, number: int, names: list[str]) -> Evaluator:
    """Turn one accepted expression node into a closure; refuse anything off the whitelist."""
    if isinstance(node, ast.Constant):
        return _compile_constant(node, number)
    if isinstance(node, ast.Name):
        return _compile_name(node, number, names)
    if isinstance(node, ast.BinOp):
        return _compile_binary(node, number, names)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        operand = _compile(node.operand, number, names)
        if isinstance(node.op, ast.UAdd):
            return operand
        return lambda env: -operand(env)
    if isinstance(node, ast.Call):
        return _compile_call(node, number, names)
    raise ModelError(
        "Equation {number} (line {line}, column {column}): {what} is not allowed in a model.",
        values=_where(node, number, what=_describe(node)),
    )


def _describe(node: ast.AST) -> str:
    kinds = {
        ast.Attribute: Phrase("an attribute ('.')", values={}),
        ast.Subscript: Phrase("indexing ('[...]')", values={}),
        ast.Compare: Phrase("a comparison", values={}),
        ast.BoolOp: "'and'/'or'",
        ast.Lambda: Phrase("a lambda", values={}),
        ast.IfExp: "'if ... else'",
        ast.List: Phrase("a list", values={}),
        ast.Tuple: Phrase("a tuple (a stray comma?)", values={}),
        ast.Dict: Phrase("a dictionary", values={}),
    }
    return kinds.get(type(node), f"'{type(node).__name__}'")


def _compile_constant(node: ast.Constant, number: int) -> Evaluator:
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ModelError(
            "Equation {number} (line {line}, column {column}): only numbers may appear, "
            "not {value!r}.",
            values=_where(node, number, value=value),
        )
    constant = float(value)
    return lambda env: constant


def _compile_name(node: ast.Name, number: int, names: list[str]) -> Evaluator:
    name = node.id
    if name in _CONSTANTS:
        constant = _CONSTANTS[name]
        return lambda env: constant
    if name in FUNCTIONS:
        raise ModelError(
            "Equation {number} (line {line}, column {column}): '{name}' is a function; "
            "call it as {name}(x).",
            values=_where(node, number, name=name),
        )
    if name.startswith("__"):
        raise ModelError(
            "Equation {number} (line {line}, column {column}): '{name}' is not an allowed name.",
            values=_where(node, number, name=name),
        )
    if name not in names:
        names.append(name)
    return lambda env: env[name]


def _compile_binary(node: ast.BinOp, number: int, names: list[str]) -> Evaluator:
    if type(node.op) in _REFUSED_OPERATORS:
        raise ModelError(
            "Equation {number} (line {line}, column {column}): {refusal}.",
            values=_where(node, number, refusal=_REFUSED_OPERATORS[type(node.op)]),
        )
    if type(node.op) not in _BINARY:
        raise ModelError(
            "Equation {number} (line {line}, column {column}): this operator is not allowed "
            "in a model.",
            values=_where(node, number),
        )
    apply = _BINARY[type(node.op)][0]
    left = _compile(node.left, number, names)
    right = _compile(node.right, number, names)
    return lambda env: apply(left(env), right(env))


def _compile_call(node: ast.Call, number: int, names: list[str]) -> Evaluator:
    func = node.func
    allowed = ", ".join(FUNCTIONS)
    if not isinstance(func, ast.Name) or func.id not in FUNCTIONS:
        shown = func.id if isinstance(func, ast.Name) else ast.unparse(func)
        raise ModelError(
            "Equation {number} (line {line}, column {column}): '{shown}' is not one of the "
            "functions a model may use ({allowed}).",
            values=_where(node, number, shown=shown, allowed=allowed),
        )
    if node.keywords:
        raise ModelError(
            "Equation {number} (line {line}, column {column}): '{name}' takes no named arguments.",
            values=_where(node, number, name=func.id),
        )
    function, arity = FUNCTIONS[func.id]
    if len(node.args) != arity:
        raise ModelError(
            "Equation {number} (line {line}, column {column}): '{name}' takes {arity} "
            "argument(s), not {given}.",
            values=_where(node, number, name=func.id, arity=arity, given=len(node.args)),
        )
    args = [_compile(arg, number, names) for arg in node.args]
    if arity == 1:
        only = args[0]
        return lambda env: function(only(env))
    first, second = args
    return lambda env: function(first(env), second(env))
