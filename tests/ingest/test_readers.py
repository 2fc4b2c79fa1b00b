from datetime import date
from pathlib import Path

from parley.ingest.readers import read_paths, read_text
from parley.model import Article, Failure
from tests.conftest import SEED_A, SEED_B, needs_seeds, write

MB = 1_000_000


def _read(*paths: Path | str) -> list[Article | Failure]:
    return list(read_paths([str(p) for p in paths], max_bytes=10 * MB))


@needs_seeds
def test_plain_text_title_and_date_line() -> None:
    (a,) = _read(SEED_A)
    assert isinstance(a, Article)
    assert a.id == "000_8fce114dfaf812e8"
    assert a.title.startswith("Diplomatic Efforts Intensify")
    assert a.published == date(2025, 2, 12)
    assert a.text == SEED_A.read_text(encoding="utf-8")  # offsets point into the whole file


@needs_seeds
def test_plain_text_without_title() -> None:
    (b,) = _read(SEED_B)
    assert isinstance(b, Article) and b.published is None


def test_jsonl_and_csv(tmp_path: Path) -> None:
    j = write(tmp_path / "a.jsonl", '{"id": "x1", "text": "Hello there.", "outlet": "Wire", "published": "2025-02-12"}\n\n{"id": "x2", "text": "Second."}\n')
    c = write(tmp_path / "b.csv", 'id,text,title,outlet,url,published\nc1,"Body, with comma.",T,O,http://x,2025-02-13\n')
    items = _read(j, c)
    assert [i.id for i in items if isinstance(i, Article)] == ["x1", "x2", "c1"]
    assert items[0].outlet == "Wire" and items[0].published == date(2025, 2, 12)  # type: ignore[union-attr]
    assert items[2].published == date(2025, 2, 13)  # type: ignore[union-attr]


def test_directory_is_read_recursively(tmp_path: Path) -> None:
    write(tmp_path / "d" / "one.txt", "Title\nFebruary 1, 2025\nBody text here.")
    write(tmp_path / "d" / "sub" / "two.txt", "Another body.")
    write(tmp_path / "d" / "notes.md", "# not an article")
    ids = sorted(i.id for i in _read(tmp_path / "d") if isinstance(i, Article))
    assert ids == ["one", "two"]


def test_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    j = write(tmp_path / "bad.jsonl", '{"id": "ok", "text": "Fine."}\n{"id": "broken", "text": \n{"id": "ok2", "text": "Also fine."}\n')
    items = _read(j)
    fails = [i for i in items if isinstance(i, Failure)]
    assert [i.id for i in items if isinstance(i, Article)] == ["ok", "ok2"]
    assert len(fails) == 1 and fails[0].line == 2 and "malformed JSON" in fails[0].reason and fails[0].source.endswith("bad.jsonl")


def test_bad_files_give_clear_reasons(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    binary = write(tmp_path / "bin.txt", b"\x00\x01\x02binary\x00")
    latin = write(tmp_path / "latin.txt", "Caf\xe9 talks".encode("latin-1"))
    reasons = {Path(f.source).name: f.reason for f in _read(empty, binary, latin) if isinstance(f, Failure)}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["bin.txt"]
    assert "UTF-8" in reasons["latin.txt"] and "iconv" in reasons["latin.txt"]


def test_huge_file_is_refused_with_advice(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("w") as fh:
        fh.write("word " * (11 * MB // 5))
    (f,) = _read(big)
    assert isinstance(f, Failure) and "limit" in f.reason and "--max-file-mb" in f.reason


def test_html_scripts_are_dropped(tmp_path: Path) -> None:
    html = write(
        tmp_path / "page.html",
        "<html><head><title>Talks in Riyadh</title><script>alert('x')</script></head><body>"
        "<article><h1>Talks in Riyadh</h1><p>Russian and American officials met in Riyadh on Tuesday to discuss the war in Ukraine, "
        "officials said, in the first such meeting in years.</p><p>The talks lasted four and a half hours, a Kremlin aide said.</p>"
        "<script>document.write('evil injected text')</script></article></body></html>",
    )
    (a,) = _read(html)
    assert isinstance(a, Article)
    assert "Riyadh" in a.text and "evil" not in a.text and "alert" not in a.text


def test_missing_path() -> None:
    (f,) = _read("/no/such/file.txt")
    assert isinstance(f, Failure) and "no such file" in f.reason


def test_read_text_date_first_line() -> None:
    a = read_text("12 February 2025\nBody.", article_id="x")
    assert a.published == date(2025, 2, 12)
