"""The offline HTML view of the hub graph (``graph.html``): layout, page data, the page."""
