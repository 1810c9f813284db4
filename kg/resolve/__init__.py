"""Resolution: the facts of every article become one hub graph, one node per real entity.

merge (the Resolver: short names, people, facts -> graph), people (when two people of one
name are one), hubs (an earlier build's graph and a new one merged: ``--update``),
region (each page's region and year, read per file).
"""
