"""The contract's classes, and the one map from mention labels to them.

NLP labels its mentions (``doc.spans["kg"]``) UNION, ORG, AREA, PLACE, PERSON; the graph
and the RDF speak the contract's classes.  ``CLASS_OF`` is the translation; extraction and
the entity ruler read it from here so that a new label is added in one place.
"""

from __future__ import annotations

# the classes of hub-graph nodes, in the order outputs list them
CLASSES = ("TradeUnion", "Organization", "AdministrativeArea", "Place", "Person", "Event", "Article")

# domain mention label -> contract class
CLASS_OF = {
    "UNION": "TradeUnion",
    "ORG": "Organization",
    "PLACE": "Place",
    "PERSON": "Person",
    "AREA": "AdministrativeArea",
}
