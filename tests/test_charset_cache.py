"""The compiler's character-set cache (kg.charset_cache): same compiled code, built once."""

from __future__ import annotations

import re

import pytest

import kg  # noqa: F401  (installs the cache)
from kg.charset_cache import _cached, install
from kg.lexicon.chars import HAN

_compiler = re._compiler  # type: ignore[attr-defined]

PATTERNS = [
    rf"[{HAN}]{{2,4}}",
    rf"(?:(?!记者|通讯员)[{HAN}]){{2,6}}[^{HAN}]",
    rf"[^{HAN}\s，。]+",
    r"(?i)[a-zé]+工会",  # case-folded sets go to the compiler as they are
    r"[0-9０-９]{1,3}名",
]


def test_a_credit_grammar_compiles_to_the_same_code(monkeypatch):
    from kg.ingest.credit_grammar import grammar

    pattern = grammar().byline[1].pattern
    cached = _code(pattern)
    monkeypatch.setattr(_compiler, "_optimize_charset", _compiler._optimize_charset.original)
    assert cached == _code(pattern)


def _code(pattern: str) -> list[int]:
    return _compiler._code(_compiler._parser.parse(pattern, 0), 0)


def test_importing_kg_installs_the_cache_once():
    step = _compiler._optimize_charset
    assert hasattr(step, "original")
    assert install() and _compiler._optimize_charset is step  # not wrapped twice


@pytest.mark.parametrize("pattern", PATTERNS)
def test_compiled_code_is_the_same_with_and_without_the_cache(pattern, monkeypatch):
    cached = [_code(pattern), _code(pattern)]  # the second from the cache
    monkeypatch.setattr(_compiler, "_optimize_charset", _compiler._optimize_charset.original)
    assert cached[0] == cached[1] == _code(pattern)


def test_a_set_is_optimised_once_and_each_caller_gets_its_own_list():
    calls = []

    def step(charset, iscased=None, fixup=None, fixes=None):
        calls.append(charset)
        return list(charset), False

    cached = _cached(step)
    han = [(_compiler.RANGE, (0x4E00, 0x9FFF))]
    first, second = cached(han), cached(list(han))
    assert len(calls) == 1
    assert first == second and first is not second
    cached(han, None, str.lower, {})  # a case-folded set is never taken from the cache
    assert len(calls) == 2
