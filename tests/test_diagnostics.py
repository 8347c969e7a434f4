"""Folding repeated warnings (toolkit.diagnostics.grouped): one line per kind per file, errors kept."""

from toolkit.diagnostics import Diagnostic, Severity, grouped


def _d(severity, code, line, file="a.xml"):
    return Diagnostic(Severity(severity), code, f"message {line}", file, line)


def test_warnings_of_one_code_in_one_file_fold_into_one_with_a_count_and_three_places():
    found = [_d("warning", "pdf.missing-image", n) for n in (5, 9, 12, 30)] + [_d("error", "x.error", 7),
                                                                              _d("error", "x.error", 8)]
    folded = grouped(found)
    assert [d.code for d in folded] == ["pdf.missing-image", "x.error", "x.error"]
    first = folded[0]
    assert (first.line, first.severity) == (5, Severity.WARNING)
    assert first.message.startswith("4 × pdf.missing-image: message 5 (at 5, 9, 12, …;")


def test_single_warnings_and_other_files_stay_as_they_are():
    found = [_d("warning", "a", 1), _d("warning", "b", 2), _d("warning", "a", 3, file="b.xml")]
    assert grouped(found) == found
