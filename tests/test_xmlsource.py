"""The hardened parser: every way a file can be bad gives one coded error with a location."""

from __future__ import annotations

import time

import pytest

from toolkit.errors import InputError, UsageError
from toolkit.xmlsource import parse, parse_bytes

BOMB = (b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(9))
        + b"]><TEI>&j;</TEI>")


@pytest.mark.parametrize("data,code,line", [
    (b"<TEI><p></TEI>", "xml.not-well-formed", 1),
    (b"\n\n<TEI>\n<p>\n</TEI>", "xml.not-well-formed", 5),
    (b"just some words", "xml.not-xml", 1),
    (b"", "xml.empty", 1),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<TEI>caf\xe9</TEI>', "xml.encoding", 2),
    (b'<?xml version="1.0" encoding="no-such-encoding"?><TEI/>', "xml.encoding", 1),
    (b'<!DOCTYPE TEI [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<TEI>&e;</TEI>', "xml.external-entity", 2),
    (b'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n<TEI/>', "xml.external-entity", 1),
    (BOMB, "xml.entity-expansion", 1),
    (b"<a>" * 300 + b"</a>" * 300, "xml.too-deep", 1),
])
def test_bad_input_gives_one_coded_error(data, code, line):
    with pytest.raises(InputError) as caught:
        parse_bytes(data, "doc.xml")
    diagnostic = caught.value.diagnostic
    assert (diagnostic.code, diagnostic.line, diagnostic.file) == (code, line, "doc.xml")
    assert diagnostic.column is not None
    assert "\n" not in str(caught.value)


def test_entity_bomb_is_refused_quickly():
    started = time.perf_counter()
    with pytest.raises(InputError):
        parse_bytes(BOMB, "bomb.xml")
    assert time.perf_counter() - started < 1.0


def test_external_entity_content_never_reaches_the_tree(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    data = f'<!DOCTYPE TEI [<!ENTITY e SYSTEM "{secret.as_uri()}">]><TEI>&e;</TEI>'.encode()
    with pytest.raises(InputError) as caught:
        parse_bytes(data, "x.xml")
    assert "SECRET" not in str(caught.value)


def test_a_doctype_naming_a_dtd_is_ignored_not_loaded(tmp_path):
    dtd = tmp_path / "tei.dtd"
    dtd.write_text('<!ENTITY ed "LOADED">')
    document = parse_bytes(f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}"><TEI>x</TEI>'.encode(), "x.xml")
    assert document.root.text == "x"
    with pytest.raises(InputError) as caught:  # entities the DTD would define stay undefined
        parse_bytes(f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}"><TEI>&ed;</TEI>'.encode(), "x.xml")
    assert "LOADED" not in str(caught.value)


def test_internal_entities_expand():
    document = parse_bytes(b'<!DOCTYPE TEI [<!ENTITY ed "editor">]><TEI>the &ed;</TEI>', "x.xml")
    assert document.root.text == "the editor"


def test_missing_file_and_folder_are_usage_errors(tmp_path):
    with pytest.raises(UsageError) as missing:
        parse(tmp_path / "nope.xml")
    assert missing.value.diagnostic.code == "io.missing" and missing.value.exit_code == 2
    with pytest.raises(UsageError) as folder:
        parse(tmp_path)
    assert folder.value.diagnostic.code == "io.is-directory"


def test_an_unclosed_encodingdesc_is_a_well_formedness_error_not_an_encoding_one(tmp_path):
    """The word "encoding" in an element's name (encodingDesc) must not make it an encoding problem."""
    path = tmp_path / "unclosed.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>\n<encodingDesc><p>How.</p>\n'
                    "</teiHeader><text><body><p>x</p></body></text></TEI>", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        parse(path)
    finding = raised.value.diagnostic
    assert finding.code == "xml.not-well-formed" and finding.line == 3
    assert "<encodingDesc> (opened on line 2) is not closed before </teiHeader>" in finding.message
    assert "UTF-8" not in finding.message
