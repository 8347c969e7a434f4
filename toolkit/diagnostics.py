"""Diagnostics: the one shape in which every stage reports a finding.

Validation, transformation and rendering all speak in :class:`Diagnostic` objects so that the CLI, JSON
output and tests treat findings from RELAX NG, Schematron, Saxon and Typst alike.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from enum import StrEnum

#: How a stage that caps its own findings says how many it left out (see validation/schematron.py).
_COUNTED = re.compile(r"^and ([\d,]+) more findings of this rule")


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

    @classmethod
    def from_dict(cls, data: dict) -> Diagnostic:
        return cls(Severity(data["severity"]), data["code"], data["message"], data["file"], data.get("line"),
                   data.get("column"))

    def github(self) -> str:
        """The finding as a GitHub Actions workflow command (``::error file=…,line=…::message``), which
        a workflow turns into an annotation on that line of a pull request."""
        command = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(self.severity, "notice")
        properties = [f"file={_github_property(self.file)}"]
        if self.line is not None:
            properties.append(f"line={self.line}")
            if self.column is not None:
                properties.append(f"col={self.column}")
        properties.append(f"title={_github_property(self.code)}")
        message = " ".join(self.message.split()).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{command} {','.join(properties)}::{message}"


def _github_property(value: str) -> str:
    return (value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A")
            .replace(",", "%2C"))


def count(diagnostics, severity: Severity) -> int:
    return sum(1 for d in diagnostics if d.severity is severity)


def limited(diagnostics, *, first: int = 20) -> list[Diagnostic]:
    """The first ``first`` findings of each rule in each file, then one line per rule counting the rest
    ("and 938 more ref.dangling findings in this file"): one document with a thousand of the same
    finding should not hide the others. ``teikit validate --all`` lists everything."""
    diagnostics = list(diagnostics)
    seen: dict[tuple[str, str], int] = {}
    for d in diagnostics:
        counted = _COUNTED.match(d.message)  # a stage's own "and N more" line stands for N findings
        seen[(d.file, d.code)] = seen.get((d.file, d.code), 0) + (int(counted.group(1).replace(",", "")) if counted
                                                                  else 1)
    out: list[Diagnostic] = []
    shown: dict[tuple[str, str], int] = {}
    for d in diagnostics:
        key = (d.file, d.code)
        shown[key] = shown.get(key, 0) + 1
        if shown[key] <= first:
            out.append(d)
        if shown[key] == first and seen[key] > first:
            out.append(Diagnostic(d.severity, d.code, f"and {seen[key] - first:,} more {d.code} findings in this file "
                                  "(--all lists them)", d.file, d.line, d.column))
    return out


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
