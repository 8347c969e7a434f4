"""The one exception hierarchy of teikit.

Library functions raise :class:`TeikitError` (carrying a :class:`~toolkit.diagnostics.Diagnostic`) for
input they cannot work on; the CLI prints ``str(error)`` — one line naming file, line and column — and
exits non-zero, so users never see a Python traceback.
"""

from __future__ import annotations

from .diagnostics import Diagnostic, Severity


class TeikitError(Exception):
    """An error a user can act on. ``exit_code`` follows the CLI's convention (1 failure, 2 usage)."""

    exit_code = 1

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic

    @classmethod
    def at(cls, code: str, message: str, file, line: int | None = None, column: int | None = None):
        return cls(Diagnostic(Severity.ERROR, code, message, str(file), line, column))


class InputError(TeikitError):
    """A document that cannot be read or parsed."""


class TransformError(TeikitError):
    """A stylesheet could not be compiled, or stopped on a document (:mod:`toolkit.xslt`)."""


class RenderError(TeikitError):
    """Typst is missing or could not lay out the document (:mod:`toolkit.outputs.pdf`)."""


class UsageError(TeikitError):
    """A missing file, an unreadable schema, an impossible option: the caller's mistake."""

    exit_code = 2
