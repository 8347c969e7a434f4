"""Diagnostics: the one shape in which every stage reports a finding.

Validation, transformation and rendering all speak in :class:`Diagnostic` objects so that the CLI, JSON
output and tests treat findings from RELAX NG, Schematron, Saxon and Typst alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about one place in one file.

    ``code`` is a stable rule id (e.g. ``xml.not-well-formed`` or a Schematron rule id) that tests and
    tools match on; ``message`` is for people and may change wording.
    """

    severity: Severity
    code: str
    message: str
    file: str
    line: int | None = None
    column: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self) -> str:
        """``FILE:LINE:COLUMN: severity: MESSAGE [CODE]`` — the line compilers and editors understand."""
        message = " ".join(self.message.split())
        return f"{self.location()}: {self.severity.value}: {message} [{self.code}]"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def count(diagnostics, severity: Severity) -> int:
    return sum(1 for d in diagnostics if d.severity is severity)
