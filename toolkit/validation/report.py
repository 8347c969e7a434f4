"""The result objects of :func:`toolkit.validation.validate`: one :class:`FileReport` per file.

They carry :class:`~toolkit.diagnostics.Diagnostic` objects only, so the CLI, the HTML builder and CI
plug-ins read one shape; ``to_json`` is the ``--format json`` output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Severity, count


@dataclass
class FileReport:
    """What validating one file found, and which schemas it was checked against (for display)."""

    path: Path
    schema: str | None = None
    schematron: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the file has no errors (warnings are allowed)."""
        return not any(d.is_error for d in self.diagnostics)

    @property
    def errors(self) -> int:
        return count(self.diagnostics, Severity.ERROR)

    @property
    def warnings(self) -> int:
        return count(self.diagnostics, Severity.WARNING)


@dataclass
class ValidationReport:
    """All files of one ``validate`` call, in the order they were checked."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every finding, file by file, each file's in document order."""
        return [d for f in self.files for d in f.diagnostics]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    @property
    def errors(self) -> int:
        return sum(f.errors for f in self.files)

    @property
    def warnings(self) -> int:
        return sum(f.warnings for f in self.files)

    def summary(self) -> str:
        """``N files, E errors, W warnings`` — the last line of the text output."""

        def plural(n: int, word: str) -> str:
            return f"{n} {word}{'' if n == 1 else 's'}"

        return ", ".join((plural(len(self.files), "file"), plural(self.errors, "error"),
                          plural(self.warnings, "warning")))

    def to_dict(self) -> dict:
        return {
            "files": [{"path": str(f.path), "schema": f.schema, "schematron": f.schematron, "ok": f.ok}
                      for f in self.files],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "summary": {"files": len(self.files), "errors": self.errors, "warnings": self.warnings},
        }

    def to_json(self) -> str:
        """A list of findings (file, line, column, severity, code, message) for CI systems and editors."""
        return json.dumps([d.to_dict() for d in self.diagnostics], ensure_ascii=False, indent=2)
