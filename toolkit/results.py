"""The one result shape of every command: a :class:`Report` of :class:`DocumentResult` objects.

``info``, ``validate`` and ``build`` all answer per document: its path, its findings, the files written
for it and what the command found out (``details``: the schemas that checked it, the counts ``info``
made). The JSON of every command is :meth:`Report.to_dict`, and a worker process or a Dask worker sends
a result back as that plain data (:meth:`DocumentResult.to_dict` / :meth:`DocumentResult.from_dict`),
so a parallel or distributed run reports exactly what a serial one does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, Severity, count


@dataclass
class DocumentResult:
    """What a command did with one document."""

    path: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    """Files written, by output name (``build``)."""
    details: dict[str, Any] = field(default_factory=dict)
    """What the command found out, as plain data (``validate``: the schemas; ``info``: the counts)."""
    failed: bool = False
    """True when the document could not be processed although no finding is an error (rare)."""

    @property
    def ok(self) -> bool:
        return not self.failed and not any(d.is_error for d in self.diagnostics)

    @property
    def errors(self) -> int:
        return count(self.diagnostics, Severity.ERROR)

    @property
    def warnings(self) -> int:
        return count(self.diagnostics, Severity.WARNING)

    def to_dict(self) -> dict:
        return {"path": str(self.path), "ok": self.ok, "outputs": {k: str(v) for k, v in self.outputs.items()},
                "details": self.details, "diagnostics": [d.to_dict() for d in self.diagnostics],
                "failed": self.failed}

    @classmethod
    def from_dict(cls, data: dict) -> DocumentResult:
        return cls(Path(data["path"]), [Diagnostic.from_dict(d) for d in data["diagnostics"]],
                   {k: Path(v) for k, v in data["outputs"].items()}, dict(data["details"]), data["failed"])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@dataclass
class Report:
    """All documents of one command, in the order they were given (whatever order they were done in)."""

    documents: list[DocumentResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(d.ok for d in self.documents)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """Every finding, document by document."""
        return [d for document in self.documents for d in document.diagnostics]

    @property
    def errors(self) -> int:
        return sum(d.errors for d in self.documents)

    @property
    def warnings(self) -> int:
        return sum(d.warnings for d in self.documents)

    @property
    def written(self) -> list[Path]:
        return [p for document in self.documents for p in document.outputs.values()]

    def counts(self) -> dict[str, int]:
        return {"documents": len(self.documents), "ok": sum(1 for d in self.documents if d.ok),
                "failed": sum(1 for d in self.documents if not d.ok), "errors": self.errors,
                "warnings": self.warnings}

    def summary(self) -> str:
        """``N files, E errors, W warnings`` — the last line of the text output."""
        return ", ".join((_plural(len(self.documents), "file"), _plural(self.errors, "error"),
                          _plural(self.warnings, "warning")))

    def to_dict(self) -> dict:
        """The JSON of every command: ``{"documents": [...], "summary": {...}}``."""
        return {"documents": [d.to_dict() for d in self.documents], "summary": self.counts()}
