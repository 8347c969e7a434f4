"""``make bench``: teikit's benchmarks, run in one process and printed as a table.

Each ``tests/bench_*.py`` module defines functions named ``bench_*`` that take no argument and return a
list of ``(label, value, unit)`` rows. Speed is measured here, never asserted in tests.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    modules = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    print(f"{'benchmark':<60} {'value':>12}  unit")
    for name in modules:
        module = importlib.import_module(f"tests.{name}")
        for attribute in sorted(dir(module)):
            if attribute.startswith("bench_"):
                started = time.perf_counter()
                for label, value, unit in getattr(module, attribute)():
                    print(f"{label:<60} {value:>12.3f}  {unit}", flush=True)
                print(f"{'  (' + attribute + ' wall time)':<60} {time.perf_counter() - started:>12.3f}  s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
