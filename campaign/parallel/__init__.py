"""Work spread over worker processes, for every layer that needs it.

Owns the one rule deciding whether this process may fork (``forking``) and
warming a cache in forked workers (``warm``). It imports nothing else from
``campaign`` and never MkDocs, so photos, the media kit and the adapter can all
use it; the MkDocs-bound parallel steps live in ``campaign.adapter.parallel``.
"""
