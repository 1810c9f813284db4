"""Finding files and refusing bad ones with a one-line reason."""

from __future__ import annotations

import pytest

from kg.errors import InputError, KgError
from kg.ingest import read_articles
from kg.ingest.decoding import decode

GOOD = "河南省总工会举办职工书法展\n\n本报讯（记者 郭明）近日，河南省总工会在郑州举办职工书法展，展出作品200余幅。\n"


@pytest.fixture
def good(tmp_path):
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\n", "empty file"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    "controls.txt": (bytes(range(1, 9)) * 40, "binary file"),
    "mangled.txt": (
        "河南省总工会举办职工书法展，展出作品。".encode() * 3 + b"\xff\xfe\xfa" * 8 + "现场。".encode() * 3,
        "cannot decode",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_alone_fails_with_one_line(tmp_path, name):
    data, reason = BAD_FILES[name]
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_articles([str(p)])
    msg = str(err.value)
    assert "\n" not in msg
    assert msg.startswith(f"{p.as_posix()}: ")
    assert reason in msg


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_batch_with_a_bad_file_keeps_the_good_ones(tmp_path, good, name):
    data, reason = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    res = read_articles([str(good), str(bad)])
    assert res.files == 1
    assert [a.headline for a in res.articles] == ["河南省总工会举办职工书法展"]
    assert len(res.skipped) == 1
    assert res.skipped[0].path == bad.as_posix() and reason in res.skipped[0].reason
    with pytest.raises(InputError, match=reason):
        read_articles([str(good), str(bad)], strict=True)


def test_missing_path_and_empty_glob(tmp_path, good):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([str(missing)])
    with pytest.raises(InputError, match="no readable files match"):
        read_articles([str(tmp_path / "*.html")])
    res = read_articles([str(good), str(missing)])
    assert len(res.articles) == 1
    assert [e.path for e in res.skipped] == [str(missing)]
    with pytest.raises(InputError, match="no such file"):
        read_articles([str(good), str(missing)], strict=True)


def test_all_bad_inputs_raise_the_first_and_count_the_rest(tmp_path):
    with pytest.raises(InputError) as err:
        read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert str(err.value) == f"{tmp_path / 'a.txt'}: no such file or folder (and 1 more bad input)"


def test_unsupported_type(tmp_path):
    p = tmp_path / "report.pages"  # (an Apple Pages document: not read)
    p.write_bytes(b"PK\x03\x04Index/Document.iwa")
    with pytest.raises(InputError, match="unsupported file type"):
        read_articles([str(p)])


def test_a_saved_json_response_is_read_and_other_json_refused_alone(tmp_path):
    # a news app's response saved as .json is articles; a .json of some program's settings in the
    # same folder is skipped with its reason, and the folder's other files are read
    (tmp_path / "list.json").write_text(
        '{"data": {"list": [{"title": "县总工会举办书法展", "content": "<p>近日，某县总工会举办职工书法展。</p>"}]}}',
        encoding="utf-8",
    )
    (tmp_path / "settings.json").write_text('{"theme": "dark", "size": 3}', encoding="utf-8")
    res = read_articles([str(tmp_path)])
    assert [a.headline for a in res.articles] == ["县总工会举办书法展"]
    assert [e.path.rsplit("/", 1)[-1] for e in res.skipped] == ["settings.json"]
    assert "title key and a body key" in res.skipped[0].reason


def test_folder_walk_is_sorted_recursive_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    for rel in ("b/2.txt", "a.txt", "b/1.md", ".hidden.txt", ".cache/x.txt"):
        (tmp_path / rel).write_text(GOOD, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # other files in a folder are passed over
    res = read_articles([str(tmp_path)])
    assert res.skipped == []
    assert [a.source for a in res.articles] == ["a.txt", "b/1.md", "b/2.txt"]


def test_glob_and_relative_source_names(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    for n in ("2.txt", "1.txt"):
        (tmp_path / "news" / n).write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [a.source for a in read_articles(["news/*.txt"]).articles] == ["1.txt", "2.txt"]
    assert [a.source for a in read_articles(["./news/"]).articles] == ["1.txt", "2.txt"]
    assert [a.source for a in read_articles(["*/*.txt"]).articles] == ["news/1.txt", "news/2.txt"]
    assert [a.source for a in read_articles(["./"]).articles] == ["news/1.txt", "news/2.txt"]
    # the same file named twice is read once
    assert len(read_articles(["news", "news/1.txt"]).articles) == 2


def test_progress_is_reported(tmp_path, good):
    (tmp_path / "second.txt").write_text(GOOD, encoding="utf-8")
    calls = []
    read_articles([str(tmp_path)], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]


def test_bad_date_argument(good):
    with pytest.raises(KgError, match="YYYY-MM-DD"):
        read_articles([str(good)], date="8 April")
    with pytest.raises(KgError):
        read_articles([str(good)], date="2025-02-30")


def test_gb18030_and_big5_are_told_apart():
    text = "廣東省總工會舉辦職工技能競賽，臺北市總工會代表應邀觀摩。"
    assert decode(text.encode("gb18030"), "x") == text
    # Big5 bytes also "decode" as GB18030, into rare characters: detection must see that
    assert decode(text.encode("big5"), "x") == text
