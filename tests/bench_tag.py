"""`teikit tag` on the passage: recall and precision per kind against tei/passage.xml (issue 14)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .test_tag import passage_scores


def bench_tagging() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        scores = passage_scores(Path(folder))
    rows = [("tag passage: seconds to tag", scores.pop("seconds")["tagging"], "s")]
    for kind, row in scores.items():
        rows.append((f"tag passage: {kind} recall ({row['right']}/{row['gold']})", 100 * row["recall"], "%"))
        rows.append((f"tag passage: {kind} precision ({row['right']}/{row['tagged']})", 100 * row["precision"], "%"))
    return rows
