"""teikit: validate TEI P5 documents and turn them into HTML and PDF editions.

The package is a pipeline of small library functions (parse → validate → transform → render), each
returning a result object that carries diagnostics; :mod:`toolkit.cli` is a thin click layer on top.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("teikit")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}
