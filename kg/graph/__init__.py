"""The graph at the centre: a networkx MultiDiGraph and plain functions around it."""
