"""``teikit build``: TEI documents in, editions out — one document or a corpus of thousands.

The unit of work is one document (:func:`build_document`): parse once, validate that tree (with exactly
what ``teikit validate`` uses), transform it for every output, run the post-steps, write the files
together (:mod:`.fsio`), and answer with a :class:`~toolkit.results.DocumentResult` as plain data. A
bad document never raises: its result says why, and the others go on.

:func:`build` schedules those jobs: in this process for one document or ``jobs=1``; else on a pool of
worker processes, one per core by default (processes, not threads: Saxon and lxml hold the interpreter
for parts of their work), each compiling the stylesheets once and keeping them; or on a Dask
distributed cluster (``scheduler="tcp://host:8786"``, the optional ``teikit[dask]``). Results come back
in the order the documents were given, whatever order the workers finish in. The manifest
(:mod:`.manifest`) lets a rebuild skip every document whose sources and engine are unchanged.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from . import TEI_NS, __version__
from .diagnostics import Diagnostic, Severity
from .errors import TeikitError, UsageError
from .manifest import Manifest, engine_key
from .outputs import OUTPUTS, Output, names, register, resolve
from .results import DocumentResult, Report
from .sources import Sources
from .tei import corpus_as_text, q, require_tei_root
from .validation import Checks, read_document, validate_document
from .xmlsource import ParsedDocument, parse

__all__ = ["BuildReport", "DocumentResult", "Job", "Output", "OUTPUTS", "build", "build_document", "names",
           "register"]


@dataclass
class BuildReport(Report):
    """The documents of one build, each with the files written for it (``outputs``) and its findings;
    ``unchanged`` documents were skipped by the manifest (their last findings are replayed)."""

    seconds: float = 0.0
    removed: list[Path] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)
    """Findings about the whole rather than one document (the site's home page)."""

    @property
    def ok(self) -> bool:
        return Report.ok.fget(self) and not any(n.is_error for n in self.notes)

    @property
    def errors(self) -> int:
        return Report.errors.fget(self) + sum(1 for n in self.notes if n.is_error)

    @property
    def warnings(self) -> int:
        return Report.warnings.fget(self) + sum(1 for n in self.notes if n.severity is Severity.WARNING)

    @property
    def unchanged(self) -> int:
        return sum(1 for d in self.documents if d.details.get("unchanged"))

    def summary(self) -> str:
        """``N documents: B built, F failed, U unchanged; E errors, W warnings; 41.2 s, 12.1 documents/s``."""
        failed = sum(1 for d in self.documents if not d.ok)
        built = len(self.documents) - failed - self.unchanged
        rate = f", {len(self.documents) / self.seconds:.1f} documents/s" if self.seconds > 0 else ""
        removed = f", {len(self.removed)} outputs of removed sources deleted" if self.removed else ""
        return (f"{len(self.documents)} document{'s' if len(self.documents) != 1 else ''}: {built} built, "
                f"{failed} failed, {self.unchanged} unchanged; {self.errors} error{'s' if self.errors != 1 else ''}, "
                f"{self.warnings} warning{'s' if self.warnings != 1 else ''}{removed}; {self.seconds:.1f} s{rate}")


@dataclass(frozen=True)
class Job:
    """What every document of a build shares, as plain data (it travels to worker processes and Dask)."""

    outputs: tuple[str, ...]
    out_dir: str
    params: dict
    checks: dict | None
    """:class:`~toolkit.validation.Checks` options; ``None``: no validation."""
    strict: bool = False
    used: dict[str, list[str]] = field(default_factory=dict)
    """Per file (resolved): the ids other documents of the build point at (``register.unused``)."""
    root: str | None = None
    """The edition's folder: a document may read the files it points into below it (else its own folder)."""


def build(
    paths: Iterable[str | Path] | Sources,
    *,
    to: Iterable[str] = ("html",),
    out_dir: str | Path = "output",
    validate: bool = True,
    params: dict | None = None,
    strict: bool = False,
    progress: Callable[[DocumentResult], None] | None = None,
    checks: dict | None = None,
    jobs: int = 1,
    force: bool = False,
    incremental: bool = True,
    scheduler: str | None = None,
    edition: dict | None = None,
) -> BuildReport:
    """Build the editions ``to`` of the documents in ``paths`` (files, or a :class:`~toolkit.sources.Sources`
    whose outputs mirror its tree) into ``out_dir``.

    ``validate`` refuses documents with validation errors (their earlier outputs stay untouched), with
    ``checks`` as :func:`toolkit.validation.validate`'s options; ``params`` are stylesheet parameters
    (see ``xslt/common/params.xsl``); ``strict`` also refuses documents with warnings (Sphinx's ``-W``).
    ``jobs`` worker processes build at once (1: in this process); ``scheduler`` sends the jobs to a Dask
    cluster instead. ``incremental`` skips documents the manifest knows unchanged, unless ``force``.
    ``edition`` is the project's ``[edition]`` (title, description, editors, licence, base_url,
    language), which the site output shows.
    ``progress`` is called after each document, in the order they finish.
    Raises :class:`~toolkit.errors.UsageError` only for mistakes in the call itself (an unknown output,
    two documents that would write the same file, an unknown parameter or option).
    """
    started = time.perf_counter()
    sources = paths if isinstance(paths, Sources) else _files(paths)
    try:
        outputs: list[Output] = resolve(to)
    except KeyError as error:
        raise UsageError.at("build.unknown-output", f"unknown output {error.args[0]} (known: {', '.join(names())})",
                            "teikit") from None
    if {"html", "site"} <= {o.name for o in outputs}:
        raise UsageError.at("build.site-and-html", "the site's pages are the HTML edition with the site around it: "
                            "build --to site or --to html, not both", "teikit")
    if any(output.corpus is not None for output in outputs):
        sources = sources.without_about()  # the site shows about.xml on its home page
    out_dir = Path(out_dir)
    targets: dict[Path, Path] = {}
    for path in sources.documents:
        target = (out_dir / sources.place(path)).resolve()
        if target in targets and targets[target] != path:
            raise UsageError.at("build.same-name", f"{targets[target]} and {path} would both be written as "
                                f"{target}.*; build them into different folders", path)
        targets[target] = path
    params = {"generator": f"teikit {__version__}", **(params or {})}
    from .xslt import coerce_all

    for output in outputs:  # unknown parameters and bad values are refused before any work is done
        params = coerce_all(output.stylesheet, params)
    # validated as `teikit validate` would (same options); a bad option is a usage error before any work
    validation = Checks.of(**(checks or {})) if validate else None
    job = Job(tuple(o.name for o in outputs), str(out_dir), params,
              _plain(validation) if validation is not None else None, strict,
              root=str(sources.root) if sources.root is not None else None)

    report = BuildReport()
    manifest = Manifest(out_dir) if incremental else None
    engine = engine_key(list(job.outputs), params, job.checks, strict, _schema_files(validation))
    # outputs of the whole (the site) plan each document's own parameters (its neighbours, its links)
    wholes = [(output, output.corpus()) for output in outputs if output.corpus is not None]
    plans = [(steps, steps.plan(sources, out_dir, list(job.outputs), edition or {})) for _, steps in wholes]
    extra: dict[Path, dict[str, dict]] = {}
    for (output, _), (_, plan) in zip(wholes, plans, strict=True):
        for path, own in plan.params.items():
            extra.setdefault(path, {})[output.name] = coerce_all(output.stylesheet, own)
    results: dict[int, DocumentResult] = {}
    pending: list[int] = []
    for index, path in enumerate(sources.documents):
        own = extra.get(Path(path).resolve(), {})
        entry = manifest.unchanged(path, engine, own) if manifest is not None and not force else None
        if entry is None:
            pending.append(index)
            continue
        results[index] = DocumentResult(path, [Diagnostic.from_dict(d) for d in entry.diagnostics],
                                        {k: Path(v) for k, v in entry.outputs.items()}, {"unchanged": True})
        if progress is not None:
            progress(results[index])

    def done(index: int, result: DocumentResult) -> None:
        results[index] = result
        if manifest is not None and result.ok:
            manifest.record(result.path, engine, result.details.get("depends", []), result.outputs,
                            [d.to_dict() for d in result.diagnostics], extra.get(Path(result.path).resolve(), {}))
        if progress is not None:
            progress(result)

    todo = [(sources.documents[i], sources.place(sources.documents[i]),
             extra.get(Path(sources.documents[i]).resolve(), {})) for i in pending]
    if validation is not None and todo and len(sources.documents) > 1:  # register.unused over the corpus
        from .validation.references import pointed_at

        pointers = pointed_at(sources.documents)
        job = replace(job, used={str(p): sorted(ids) for p, ids in pointers.items()})
    if scheduler is not None:
        _on_dask(scheduler, job, todo, pending, done)
    elif jobs > 1 and len(todo) > 1:
        _on_pool(min(jobs, len(todo)), job, todo, pending, done)
    else:
        _in_process(outputs, job, todo, pending, done)
    report.documents = [results[i] for i in range(len(sources.documents)) if i in results]
    for steps, plan in plans:
        report.notes += steps.finish(plan, report, out_dir, edition or {})
    if manifest is not None and sources.complete:
        report.removed = manifest.remove_gone(sources.documents)
    report.seconds = time.perf_counter() - started
    return report


def _files(paths: Iterable[str | Path]) -> Sources:
    """Files named one by one: their outputs go straight into the output folder, by name."""
    return Sources([Path(p) for p in paths])


def _plain(checks: Checks) -> dict:
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(checks).items()}


def _schema_files(checks: Checks | None) -> list[Path]:
    """Schema files that are not teikit's own but decide verdicts: options, the stored tei_all."""
    if checks is None:
        return []
    from .validation import store
    from .validation.schemas import TEI_ALL

    files = [p for p in (checks.schema, checks.schematron) if p is not None]
    entry, _ = store.lookup(TEI_ALL)
    return files + ([entry.path()] if entry is not None else [])


def _in_process(outputs: list[Output], job: Job, todo: list[tuple[Path, Path, dict]], indexes: list[int],
                done) -> None:
    with ExitStack() as batch:
        if len(todo) > 1:
            for output in outputs:
                if output.batch is not None:
                    try:
                        batch.enter_context(output.batch())
                    except TeikitError as error:  # e.g. the renderer is missing: every document says so
                        for index, (path, _, _) in zip(indexes, todo, strict=True):
                            done(index, DocumentResult(path, diagnostics=[error.diagnostic], failed=True))
                        return
        for index, (path, place, own) in zip(indexes, todo, strict=True):
            done(index, build_document(job, path, place, own))


# ---- worker processes ------------------------------------------------------------------------------------

_WORKER = ExitStack()


def _start_worker(outputs: tuple[str, ...]) -> None:
    """A worker process's set-up, kept for its life: each output's batch context (the PDF edition's
    own Typst process). Stylesheets are compiled on first use and kept (:func:`toolkit.xslt.compiled`)."""
    for output in resolve(outputs):
        if output.batch is not None:
            try:
                _WORKER.enter_context(output.batch())
            except TeikitError:
                pass  # build_document reports it for every document


def _job(job: Job, path: str, place: str, own: dict) -> dict:
    """:func:`build_document` as plain data in and out (what a worker process or Dask runs)."""
    return build_document(job, Path(path), Path(place), own).to_dict()


def _on_pool(workers: int, job: Job, todo: list[tuple[Path, Path, dict]], indexes: list[int], done) -> None:
    context = get_context("spawn")  # a fresh interpreter: no Saxon runtime inherited from a fork
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                             initargs=(job.outputs,)) as pool:
        futures = {pool.submit(_job, job, str(path), str(place), own): (index, path)
                   for index, (path, place, own) in zip(indexes, todo, strict=True)}
        waiting = set(futures)
        while waiting:
            finished, waiting = wait(waiting, return_when=FIRST_COMPLETED)
            for future in finished:
                index, path = futures[future]
                done(index, _collect(future, path))


def _collect(future, path: Path) -> DocumentResult:
    """A worker's answer; a worker that died (out of memory, killed) is that document's failure."""
    try:
        return DocumentResult.from_dict(future.result())
    except Exception as error:  # noqa: BLE001 - whatever ended the worker, the document failed, the batch goes on
        return DocumentResult(path, [Diagnostic(Severity.ERROR, "build.worker",
                                                f"the worker building this document stopped ({type(error).__name__}: "
                                                f"{error})", str(path))], failed=True)


def _on_dask(scheduler: str, job: Job, todo: list[tuple[Path, Path, dict]], indexes: list[int], done) -> None:
    """The same jobs on a Dask distributed cluster. Its workers must see the sources and the output
    folder at the same paths (a shared file system); results come back as plain data."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError.at("build.no-dask", "--scheduler needs Dask distributed: pip install 'teikit[dask]'",
                            "teikit") from None
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as error:
        raise UsageError.at("build.scheduler", f"cannot reach the Dask scheduler {scheduler}: {error}",
                            "teikit") from None
    with client:
        futures = client.map(_job, [job] * len(todo), [str(Path(p).resolve()) for p, _, _ in todo],
                             [str(place) for _, place, _ in todo], [own for _, _, own in todo], pure=False)
        where = {future.key: (index, path) for future, index, (path, _, _) in zip(futures, indexes, todo, strict=True)}
        for future in as_completed(futures):
            index, path = where[future.key]
            result = _collect(future, path)
            result.path = path
            done(index, result)


# ---- one document ------------------------------------------------------------------------------------------

def build_document(job: Job, path: Path, place: Path | None = None, own: dict | None = None) -> DocumentResult:
    """One document: parse once, validate that tree (unless ``job.checks`` is ``None``), transform it for
    every output (with ``own``: this document's parameters per output, e.g. the site's neighbours), run
    the post-steps, write the files together at ``place`` below the output folder (default: the
    document's name). Never raises for a bad document."""
    from .fsio import write_all_atomic
    from .registers import shared_entries
    from .validation.references import pointers_into_files
    from .xslt import transform

    outputs = resolve(job.outputs)
    out_dir = Path(job.out_dir)
    result = DocumentResult(path)
    try:
        if job.checks is not None:
            document, problem = read_document(path)
            if document is None:
                result.diagnostics.append(problem)
                result.failed = True
                return result
            used = job.used.get(str(Path(path).resolve()), ())
            result.diagnostics.extend(validate_document(document, Checks.of(**job.checks),
                                                        used_elsewhere=used).diagnostics)
            if any(d.is_error for d in result.diagnostics):
                result.failed = True
                return result
        else:
            document = parse(path)
        require_tei_root(document, corpus=True)
        corpus = document if document.root.tag == q("teiCorpus") else None
        if corpus is not None:  # its members, as the parts of one text (the site: a page each)
            document = corpus_as_text(corpus)
        # one walk of the tree for its pointers into other files: the shared entries, the dependencies
        pointers = pointers_into_files(document.tree, Path(document.path).parent)
        registers, found = shared_entries(document.tree, path, Path(job.root) if job.root else None, pointers)
        result.diagnostics.extend(found)
        files: list[tuple[Output, bytes]] = []
        # the stylesheets apply the URL policy with this build's parameters (-p remote-images=true
        # allows https: images), so their url.* findings replace the ones validation made
        result.diagnostics = [d for d in result.diagnostics if not d.code.startswith("url.")]
        stem = Path(place) if place is not None else Path(Path(path).stem)
        for output in outputs:
            params = {**job.params, **(own or {}).get(output.name, {})}
            if output.name == "site" and corpus is not None:
                files.append((output, _corpus_pages(corpus, params, registers, result, out_dir, stem)))
                continue
            images = _images(output, document, params, result, out_dir, stem)
            transformed = transform(document, output.stylesheet, params,
                                    {"shared-registers": registers, "images": images})
            _add_new(result, transformed.diagnostics)
            data, found = output.post_step(transformed.text, document, params)
            result.diagnostics.extend(found)
            files.append((output, data))
        if any(d.is_error for d in result.diagnostics) or (
                job.strict and any(d.severity is Severity.WARNING for d in result.diagnostics)):
            result.failed = True
            return result
        # written only once every output of the document succeeded, and together (fsio.py)
        targets = [(out_dir / stem.parent / f"{stem.name}{output.suffix}", data) for output, data in files]
        copies = result.details.pop("copies", [])  # the site's images, beside its page
        written = write_all_atomic(targets + copies)
        for output, path_written in zip((o for o, _ in files), written[:len(targets)], strict=True):
            result.outputs[output.name] = path_written
        result.details["depends"] = [str(p) for p in dependencies(document, pointers)]
    except TeikitError as error:
        result.diagnostics.append(error.diagnostic)
        result.failed = True
    return result


def _add_new(result: DocumentResult, found: list[Diagnostic]) -> None:
    """The findings of one more output or page of a document: one that another already made (the same
    code on the same line) is said once."""
    said = {(d.code, d.line) for d in result.diagnostics}
    result.diagnostics.extend(d for d in found if (d.code, d.line) not in said)


def _corpus_pages(corpus: ParsedDocument, params: dict, registers, result: DocumentResult, out_dir: Path,
                  stem: Path) -> bytes:
    """A ``teiCorpus`` in the site: a page per member (``STEM/1.html``…, kept in ``result.details
    ["copies"]``, written with the rest), each with the site around it and the members as its
    neighbours; and the returned page of the whole: the corpus's header and a list of its members."""
    from .registers import with_corpus_entries
    from .tei import corpus_members, corpus_overview, member_title
    from .xslt import transform

    site = resolve(["site"])[0]
    members = corpus_members(corpus)
    titles = [member_title(m.root) or f"{stem.name} {n}" for n, m in enumerate(members, 1)]
    deeper = {key: "../" + value for key, value in params.items()  # from STEM/n.html, one folder down
              if key in ("site-home", "site-source", "site-pdf", "site-registers", "site-search") and value
              and not str(value).startswith(("http://", "https://"))}
    for n, member in enumerate(members, 1):
        last = n == len(members)
        own = {**params, **deeper, "site-previous": f"{n - 1}.html" if n > 1 else f"../{stem.name}.html",
               "site-previous-title": titles[n - 2] if n > 1 else member_title(corpus.root),
               "site-next": "" if last else f"{n + 1}.html", "site-next-title": "" if last else titles[n]}
        if str(params.get("edition-url", "")).endswith(".html"):
            own["edition-url"] = params["edition-url"][:-len(".html")] + f"/{n}.html"
        images = _images(site, member, own, result, out_dir, stem.parent / stem.name / str(n))
        shared = with_corpus_entries(registers, corpus.root, member.root)
        page = transform(member, site.stylesheet, own, {"shared-registers": shared, "images": images})
        _add_new(result, page.diagnostics)
        result.details.setdefault("copies", []).append((out_dir / stem / f"{n}.html", page.text.encode("utf-8")))
    overview = corpus_overview(corpus, [(f"{stem.name}/{n}.html", t) for n, t in enumerate(titles, 1)])
    made = transform(overview, site.stylesheet, params, {"shared-registers": registers})
    result.diagnostics.extend(made.diagnostics)
    return made.text.encode("utf-8")


def _images(output: Output, document: ParsedDocument, params: dict, result: DocumentResult, out_dir: Path,
            stem: Path):
    """Where the web editions find the document's images (``$t:images``): the single page carries each
    as a ``data:`` image; the site copies the file beside its page (``result.details["copies"]``), where
    the page's relative URL finds it, and both copy the facsimile's page images, which the page breaks
    link to. A missing image is reported and shown as its caption. ``None``
    for the PDF, which embeds them itself."""
    if output.name not in ("html", "site"):
        return None
    from lxml import etree

    from .images import data_uri, local_images

    files, found = local_images(document, params, "html.missing-image", loads_remote=True)
    _add_new(result, found)
    images = etree.Element("{urn:teikit}images")
    facsimiles = set(document.root.xpath("//t:facsimile//t:graphic/@url", namespaces={"t": TEI_NS}))
    for url, path in files.items():
        if output.name == "html" and url not in facsimiles:  # a page image is linked, and a link is no data:
            source = data_uri(path)
        else:
            source = url
            relative = os.path.normpath(url.strip().split("#")[0].split("?")[0])
            result.details.setdefault("copies", []).append((out_dir / stem.parent / relative, path.read_bytes()))
        etree.SubElement(images, "{urn:teikit}image", url=url, src=source)
    return images


def dependencies(document: ParsedDocument, pointers: dict | None = None) -> list[Path]:
    """Files besides the document that its editions depend on: the files its pointers name
    (``register.xml#id``, also through ``listPrefixDef``; ``pointers`` when already found) and the
    images it embeds, where they exist."""
    from .validation.references import files_pointed_into

    folder = Path(document.path).parent
    found = dict.fromkeys(files_pointed_into(document.tree, folder, pointers))
    for url in document.root.xpath("//@url"):
        url = url.strip()
        if url and ":" not in url and not url.startswith(("/", "\\")):
            found[(folder / url.split("#")[0]).resolve()] = None
    return [path for path in found if path.is_file()]
