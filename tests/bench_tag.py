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


def bench_tagging_the_bench_documents() -> list[tuple[str, float, str]]:
    """Every benchmark document (40 ADL texts, two US histories) tagged with a five-entry register:
    MB of TEI per second, and the one slowest document."""
    import time

    from toolkit.tagger import tag_document

    from .conftest import tei_document
    from .test_tag import ADL

    documents = sorted(ADL.glob("*.xml")) + sorted(ADL.parent.glob("*.xml"))
    if not documents:
        return []
    with tempfile.TemporaryDirectory() as folder:
        register = Path(folder) / "register.xml"
        register.write_text(tei_document("<p/>", standoff=(
            '<standOff><listPerson><person xml:id="naomi"><persName>Naomi</persName></person>'
            '<person xml:id="christian"><persName>Christian</persName></person>'
            '<person xml:id="gud"><persName>Gud</persName></person></listPerson><listPlace>'
            '<place xml:id="kbh"><placeName>Kjøbenhavn</placeName></place>'
            '<place xml:id="dk"><placeName>Danmark</placeName></place></listPlace></standOff>')), encoding="utf-8")
        seconds = {}
        for document in documents:
            started = time.perf_counter()
            tag_document(document, [register], out=Path(folder) / "tagged.xml", force=True)
            seconds[document] = time.perf_counter() - started
    megabytes = sum(d.stat().st_size for d in documents) / 1e6
    slowest = max(seconds, key=seconds.get)
    return [(f"tag bench: {len(documents)} documents, {megabytes:.1f} MB", sum(seconds.values()), "s"),
            ("tag bench: MB per second", megabytes / sum(seconds.values()), "MB/s"),
            (f"tag bench: slowest, {slowest.name} ({slowest.stat().st_size / 1e6:.1f} MB)", seconds[slowest], "s")]


def bench_tagging_with_a_large_register() -> list[tuple[str, float, str]]:
    """A register the size of a correspondence edition's (10,000 persons, made up) against a 476 KB ADL
    text: the names are one trie-shaped pattern, so the size of the register costs little."""
    import random
    import time

    from toolkit.tagger import tag_document

    from .conftest import tei_document
    from .test_tag import ADL

    source = ADL / "andersen05val.xml"
    if not source.is_file():
        return []
    rng = random.Random(1)
    syllables = "ka ri mo sen tal bor vin del ash ur pet lan gro mik han sor ve li na to".split()

    def name() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (100, 10_000):
            persons = "".join(f'<person xml:id="p{i}"><persName><forename>{name()}</forename> <surname>{name()}'
                              "</surname></persName></person>" for i in range(size))
            register = Path(folder) / f"register-{size}.xml"
            register.write_text(tei_document("<p/>", standoff=f"<standOff><listPerson>{persons}</listPerson>"
                                             "</standOff>"), encoding="utf-8")
            started = time.perf_counter()
            tag_document(source, [register], out=Path(folder) / "tagged.xml", force=True)
            rows.append((f"tag a 476 KB text with {size:,} register persons", time.perf_counter() - started, "s"))
    return rows
