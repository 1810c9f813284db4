"""gonghui-kg: a knowledge-graph builder for Chinese trade-union news.

The data flows read -> clean and split into articles -> NLP -> assertions with
evidence -> resolved entities -> graph -> exports; each stage is a subpackage.
"""

__version__ = "0.1.0"
