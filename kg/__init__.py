"""gonghui-kg: a knowledge-graph builder for Chinese trade-union news.

The data flows read -> clean and split into articles -> NLP -> assertions with
evidence -> resolved entities -> graph -> exports; each stage is a subpackage.
"""

from kg.charset_cache import install as _install_charset_cache

_install_charset_cache()  # before any module compiles a pattern (see kg.charset_cache)

__version__ = "0.1.0"
