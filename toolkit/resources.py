"""Where teikit's own files (stylesheets, schemas) are: the single place that knows.

In a checkout (and an editable install) they sit at the top of the repository, in ``xslt/`` and
``tei/schema/``; a wheel carries copies inside the package under ``toolkit/_data/`` (see
``pyproject.toml``). Every other module asks here, so the checkout and an installed wheel behave alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str, checkout_relative: str) -> Path:
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / checkout_relative
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"teikit's {name} folder is missing (looked in {installed} and {checkout})")


def xslt_dir() -> Path:
    """The folder of teikit's XSLT stylesheets."""
    return _root("xslt", "xslt")


def schema_dir() -> Path:
    """The folder of the bundled edition schema (RELAX NG + Schematron)."""
    return _root("schema", "tei/schema")


def stylesheet(name: str) -> Path:
    return xslt_dir() / name


def schema_file(name: str) -> Path:
    return schema_dir() / name
