"""Inputs a hostile tester found: each is read or refused on its own, never ends a build."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.cli import main
from kg.ingest import read_articles
from kg.ingest.decoding import decode, decode_noting
from kg.rdf.vocab import KGO

NEWS = "郑州市总工会举办职工运动会\n\n本报讯（记者 郭明）近日，郑州市总工会举办职工运动会，300余名职工参加。\n"


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    p = tmp_path / "news.jsonl"
    p.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return p


def test_json_lines_with_lone_surrogate_escapes_are_read_with_a_replacement(tmp_path):
    p = _jsonl(
        tmp_path,
        r'{"title": "郑州\ud800工会", "text": "郑州市总工会\udc00举办运动会。'
        r'表情\ud83d\ude00在此。高位\ud800\u0041。"}',
    )
    (a,) = read_articles([str(p)]).articles
    assert a.headline == "郑州\ufffd工会"
    assert "郑州市总工会\ufffd举办运动会" in a.body
    assert "表情\U0001f600在此" in a.body  # a real pair is still one character
    assert "高位\ufffdA" in a.body  # a high surrogate before a non-surrogate is no pair
    a.text.encode("utf-8")  # every output can hold it


def test_json_lines_split_at_newlines_only(tmp_path):
    record = {"title": "分隔符", "text": "第一段\u2028第二段\u0085第三段\u2029第四段"}
    p = tmp_path / "news.jsonl"
    p.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    res = read_articles([str(p)])
    assert not res.skipped
    (a,) = res.articles
    assert a.headline == "分隔符"
    for part in ("第一段", "第二段", "第三段", "第四段"):
        assert part in a.body
    assert "\x85" not in a.body and "\u2028" not in a.body


def test_a_json_line_nested_too_deep_is_one_bad_line(tmp_path):
    deep = '{"text": "郑州市总工会召开会议。", "x": ' + "[" * 5000 + "]" * 5000 + "}"
    p = _jsonl(tmp_path, deep, json.dumps({"text": "洛阳市总工会召开会议。"}, ensure_ascii=False))
    res = read_articles([str(p)])
    assert [a.body for a in res.articles] == ["洛阳市总工会召开会议。"]
    assert [str(e) for e in res.skipped] == [f"{p.as_posix()}:1: bad JSON line (nested too deeply)"]


def test_control_characters_in_text_become_spaces(tmp_path):
    p = _jsonl(tmp_path, json.dumps({"text": "郑州市总工会\u0000举办\u0007运动会\u001b[31m。"}, ensure_ascii=False))
    (a,) = read_articles([str(p)]).articles
    assert a.body == "郑州市总工会 举办 运动会 [31m。"


def test_nul_and_surrogate_never_reach_the_outputs(tmp_path):
    p = _jsonl(tmp_path, r'{"title": "标题\u0000\ud800", "text": "郑州市总工会\u0000主席李红\ud800出席职工运动会。"}')
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(p), "-o", str(out), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.json", "graph.graphml", "graph.html"):
        data = (out / name).read_bytes()
        assert b"\x00" not in data, name
        data.decode("utf-8")
    Graph().parse(out / "graph.ttl", format="turtle")


def test_a_utf8_file_with_a_few_stray_bytes_is_read_with_a_warning(tmp_path):
    data = NEWS.encode("utf-8")
    cut = data.index("近日".encode())
    p = tmp_path / "stray.txt"
    p.write_bytes(data[:cut] + b"\xff" + data[cut:])
    text, note = decode_noting(p.read_bytes(), "stray.txt")
    assert "郑州市总工会举办职工运动会" in text and "\ufffd近日" in text
    assert note == "1 byte sequence(s) that are not UTF-8 replaced by U+FFFD"
    result = CliRunner().invoke(main, ["articles", str(p)])
    assert result.exit_code == 0
    assert f"kg: warning: {p.as_posix()}: 1 byte sequence(s) that are not UTF-8 replaced" in result.stderr


def test_text_in_another_encoding_is_not_taken_for_utf8_with_stray_bytes():
    # a GBK web page: mostly ASCII markup, a few Chinese characters, each invalid UTF-8
    page = "<html><body>" + "<p class='x'>" * 300 + "郑州市总工会举办运动会</p></body></html>"
    assert decode(page.encode("gbk"), "x") == page


@pytest.mark.parametrize("text", ["市長月年記者代表", "爭取年。", "台北市總工會舉辦勞工運動會"])
def test_short_big5_text_is_decoded_not_called_binary(text):
    assert decode(text.encode("big5"), "x") == text


def _build(*args: str):
    return CliRunner().invoke(main, ["build", *args, "--no-cache", "--jobs", "1"])


def test_a_file_name_that_is_not_utf8_is_kept_readable(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    gbk_name = os.fsdecode("工会新闻".encode("gbk") + b".txt")  # a name out of a zip made on Windows
    (folder / gbk_name).write_text(NEWS, encoding="utf-8")
    (folder / "ctl\x01name.txt").write_text(NEWS.replace("郑州", "洛阳"), encoding="utf-8")
    out = tmp_path / "out"
    result = _build(str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    sources = {
        n["source"]
        for n in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]
        if n.get("cls") == "Article"
    }
    assert sources == {"%B9%A4%BB%E1%D0%C2%CE%C5.txt", "ctl%01name.txt"}
    Graph().parse(out / "graph.ttl", format="turtle")
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0


def test_symbolic_link_loops_are_skipped(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(NEWS, encoding="utf-8")
    os.symlink("b.txt", folder / "a.txt")
    os.symlink("a.txt", folder / "b.txt")
    result = _build(str(folder), str(folder / "a.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3, result.output
    assert f"skipped {folder.as_posix()}/a.txt: symbolic link loop" in result.stderr
    assert f"skipped {folder.as_posix()}/b.txt: symbolic link loop" in result.stderr
    assert "1 articles from 1 files" in result.output
    os.symlink("nowhere.txt", folder / "c.txt")
    res = read_articles([str(folder / "good.txt"), str(folder / "c.txt")])
    assert [str(e) for e in res.skipped] == [f"{folder.as_posix()}/c.txt: symbolic link to a missing file"]


def test_a_headline_less_article_opening_with_punctuation_keeps_a_label_and_conforms(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text(";6\n北京市总工会主席赵丽君出席会议。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(p), "-o", str(out)).exit_code == 0
    g = Graph().parse(out / "graph.ttl", format="turtle")
    labels = [str(o) for s, o in g.subject_objects(RDFS.label) if (s, RDF.type, KGO.Article) in g]
    assert len(labels) == 1 and labels[0].strip(), labels
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == 0, result.output


def test_json_fields_are_found_without_copying_the_rest_of_the_line_per_string():
    from kg.ingest.formats import _field

    class Counted(str):
        copied = 0

        def __getitem__(self, key):
            part = str.__getitem__(self, key)
            Counted.copied += len(part)
            return part

    record = {f"k{i}": "text" for i in range(3000)} | {"text": "郑州市总工会召开会议。"}  # "text" as a value too
    raw = Counted(json.dumps(record, ensure_ascii=False))
    mapped = _field(raw, 100, "text", "郑州市总工会召开会议。")
    assert mapped.text == "郑州市总工会召开会议。"
    assert mapped.src[0] == 100 + raw.index("郑州")
    assert Counted.copied < 2 * len(raw)  # (copying the rest of the line per string: ~3000 times its length)


def test_a_credit_line_alone_before_a_byline_is_read(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(
        "北京市总工会召开会议\n\n记者 张三\n\n本报讯（记者 李四）北京市总工会召开全体会议，200名代表参加。\n",
        encoding="utf-8",
    )
    res = read_articles([str(p)])
    assert not res.skipped
    assert "李四" in {r for a in res.articles for r in a.reporters}
    assert any("200名代表参加" in a.body for a in res.articles)
