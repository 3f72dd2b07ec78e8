"""Work spread over worker processes, for every layer that needs it.

Owns the one rule deciding whether this process may fork (``forking``), the
one seam every parallel job goes through (``tasks``: serial and parallel task
runners with one interface, results and worker logs back in order, the number
of processes from ``CAMPAIGN_JOBS``) and warming a cache in forked workers
(``warm``). It imports nothing from ``campaign`` but the error root and never
MkDocs, so photos, the media kit and the adapter can all use it; the
MkDocs-bound parallel steps live in ``campaign.adapter.parallel``.
"""
