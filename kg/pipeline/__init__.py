"""Running the stages: ``kg build`` and ``--update``, worker processes, the cache, the output set."""
