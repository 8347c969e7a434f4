"""Pointers across files and TEI's pointer forms (issue 10): registers kept in their own file, as
letter editions keep them, are followed; dangling and wrongly kinded pointers into them are errors
at the attribute; register.unused is judged over every file validated together."""

from __future__ import annotations

from toolkit.validation import validate

from .conftest import tei_document

REGISTER = tei_document("<p>Register.</p>", standoff="""<standOff>
<listPerson><person xml:id="goethe"><persName>Goethe</persName></person>
<person xml:id="schiller"><persName>Schiller</persName></person></listPerson>
<listPlace><place xml:id="weimar"><placeName>Weimar</placeName></place></listPlace></standOff>""")


def _edition(tmp_path, letter_body: str, header: str = ""):
    (tmp_path / "register.xml").write_text(REGISTER, encoding="utf-8")
    (tmp_path / "letters").mkdir(exist_ok=True)
    letter = tmp_path / "letters" / "letter.xml"
    letter.write_text(tei_document(letter_body, header=header), encoding="utf-8")
    return letter, tmp_path / "register.xml"


def _findings(report, code_prefix=("ref.", "register.")):
    return [(d.file.rsplit("/", 1)[-1], d.code, d.line) for d in report.diagnostics if d.code.startswith(code_prefix)]


def test_pointers_into_a_register_file_resolve_and_use_its_entries(tmp_path):
    letter, register = _edition(tmp_path, '<p><persName ref="../register.xml#goethe">G.</persName> in '
                                          '<placeName ref="../register.xml#weimar">Weimar</placeName> to '
                                          '<persName ref="../register.xml#schiller">S.</persName></p>')
    assert _findings(validate([letter, register], root=tmp_path)) == []
    # the register alone: nothing in it points at its entries
    alone = _findings(validate([register], root=tmp_path))
    assert [code for _, code, _ in alone] == ["register.unused"] * 3


def test_a_dangling_pointer_into_a_register_file_is_an_error_at_the_attribute(tmp_path):
    letter, register = _edition(tmp_path, '<p>A\n<persName ref="../register.xml#nobody">N.</persName></p>')
    report = validate([letter, register], root=tmp_path)
    [finding] = [d for d in report.diagnostics if d.code == "ref.dangling"]
    assert finding.file == str(letter) and finding.line == 5 and finding.column == 11  # body starts on line 4
    assert 'register.xml has no element with xml:id="nobody"' in finding.message


def test_a_pointer_to_a_missing_file_is_dangling(tmp_path):
    letter, _ = _edition(tmp_path, '<p><persName ref="../persons.xml#goethe">G.</persName></p>')
    assert [c for _, c, _ in _findings(validate([letter], root=tmp_path))] == ["ref.dangling"]


def test_a_name_pointing_at_another_kind_of_entry_is_an_error(tmp_path):
    letter, register = _edition(tmp_path, '<p><persName ref="../register.xml#weimar">W.</persName>'
                                          '<placeName ref="../register.xml#goethe">G.</placeName></p>')
    codes = [c for f, c, _ in _findings(validate([letter, register], root=tmp_path)) if f == "letter.xml"]
    assert codes == ["ref.kind.person", "ref.kind.place"]


def test_prefixed_pointers_are_expanded_as_listPrefixDef_declares(tmp_path):
    header = ('<encodingDesc><listPrefixDef><prefixDef ident="psn" matchPattern="([a-z]+)" '
              'replacementPattern="../register.xml#$1"/></listPrefixDef></encodingDesc>')
    letter, register = _edition(tmp_path, '<p><persName ref="psn:goethe">G.</persName>'
                                          '<persName ref="psn:nobody">N.</persName></p>', header=header)
    findings = [d for d in validate([letter, register], root=tmp_path).diagnostics if d.code.startswith("ref.")]
    assert [d.code for d in findings] == ["ref.dangling"]
    assert '"psn:nobody" (that is, "../register.xml#nobody")' in findings[0].message


def test_tei_pointer_schemes_are_not_ids(tmp_path):
    body = ('<p><anchor xml:id="a"/>text<anchor xml:id="b"/></p>'
            '<p><ref target="#range(a,b)">range</ref> <ptr target="#xpath(//p[1])"/>'
            '<ref target="#string-range(a,0,4)">s</ref></p>')
    letter, _ = _edition(tmp_path, body)
    assert _findings(validate([letter], root=tmp_path)) == []


def test_messages_fit_the_attribute(tmp_path):
    letter, _ = _edition(tmp_path, '<p ana="#argument">x <persName ref="#nobody">N</persName>'
                                   ' <note resp="#ed">n</note></p>')
    messages = {d.message.split(" ")[0]: d.message for d in validate([letter]).diagnostics if d.code == "ref.dangling"}
    assert "interpretation" in messages["@ana"] and "register" not in messages["@ana"]
    assert "register" in messages["@ref"]
    assert "respStmt" in messages["@resp"]


def test_files_outside_the_boundary_are_not_read(tmp_path):
    (tmp_path / "outside.xml").write_text(REGISTER, encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    letter = project / "letter.xml"
    letter.write_text(tei_document('<p><persName ref="../outside.xml#nobody">N</persName></p>'), encoding="utf-8")
    assert _findings(validate([letter], root=project)) == []  # not read, not judged
    assert [c for _, c, _ in _findings(validate([letter], root=tmp_path))] == ["ref.dangling"]


def test_the_quick_scan_sees_pointers_into_other_files_and_skips_the_rest(tmp_path):
    from toolkit.validation.references import pointed_at

    local = tmp_path / "local.xml"
    local.write_text('<TEI><p ref="#a" n="&#35;1">C&#x23; #b</p></TEI>', encoding="utf-8")
    across = tmp_path / "across.xml"
    across.write_text('<TEI><p ref="#a  register.xml#b"/><p corresp=\'other.xml#c\'/></TEI>', encoding="utf-8")
    assert pointed_at([local]) == {}
    assert pointed_at([local, across]) == {tmp_path / "register.xml": {"b"}, tmp_path / "other.xml": {"c"}}


def test_two_different_entries_with_one_id_in_an_edition_are_a_clash(tmp_path):
    """An edition merges entries by id (its site has one page per id): a letter's own copy of a
    register entry is fine, a different entry under the same id is an error at its xml:id."""
    same = """<standOff><listPerson><person xml:id="goethe"><persName>Goethe</persName></person>
</listPerson></standOff>"""
    other = """<standOff><listPerson>
<person xml:id="schiller"><persName>Friedrich Schiller</persName></person></listPerson></standOff>"""
    letter, register = _edition(tmp_path, '<p><persName ref="#goethe">G.</persName></p>')
    letter.write_text(tei_document('<p><persName ref="#goethe">G.</persName></p>', standoff=same), encoding="utf-8")
    second = tmp_path / "letters" / "second.xml"
    second.write_text(tei_document('<p><persName ref="#schiller">S.</persName></p>', standoff=other),
                      encoding="utf-8")
    report = validate([register, letter, second], root=tmp_path)
    assert [f for f in _findings(report) if f[1] != "register.unused"] == [("second.xml", "register.clash", 4)]
    [clash] = [d for d in report.diagnostics if d.code == "register.clash"]
    assert clash.column > 1 and "register.xml" in clash.message
    # without a project (no edition), separate documents may reuse ids
    assert not [d for d in validate([register, letter, second]).diagnostics if d.code == "register.clash"]
