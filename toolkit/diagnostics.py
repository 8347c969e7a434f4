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
        # a file name may hold a line break or another control character: escaped, one finding stays one line
        parts = [self.file.encode("unicode_escape").decode("ascii") if not self.file.isprintable() else self.file]
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


def grouped(diagnostics, *, named: int = 3) -> list[Diagnostic]:
    """The diagnostics with repeated warnings folded: all warnings of one code in one file become one
    diagnostic at the first place, saying how many there are and naming the first ``named`` places
    ("12 × pdf.missing-image"). Errors are never folded; order follows the first occurrences.
    A build of a real document can have hundreds of the same warning; one line per kind stays readable
    (``teikit build --verbose`` prints them all)."""
    diagnostics = list(diagnostics)
    groups: dict[tuple[str, str], list[Diagnostic]] = {}
    for d in diagnostics:
        if d.severity is Severity.WARNING:
            groups.setdefault((d.file, d.code), []).append(d)
    out: list[Diagnostic] = []
    for d in diagnostics:
        if d.severity is not Severity.WARNING:
            out.append(d)
            continue
        group = groups[(d.file, d.code)]
        if d is not group[0]:
            continue
        if len(group) == 1:
            out.append(d)
            continue
        places = ", ".join(g.location().removeprefix(f"{g.file}:") or g.file for g in group[:named])
        more = ", …" if len(group) > named else ""
        out.append(Diagnostic(d.severity, d.code, f"{len(group)} × {d.code}: {d.message} (at {places}{more}; "
                              "--verbose lists all)", d.file, d.line, d.column))
    return out
