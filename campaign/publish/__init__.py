"""What a build writes and how it lands in the output folder.

Owns the files derived from the model besides pages (Atom ``feed``, iCalendar
``calendar``, the ``manifest``), Markdown written safely (``markdown``), authors'
HTML cleaned of anything that could run in a browser (``sanitize``), files
written atomically (``fsutil``), the output folder and its swap (``outdir``),
one build at a time (``buildlock``), skipping a build whose inputs did not
change (``buildstamp``) and the store of built pages keyed by their inputs' digest
(``pagecache``). It stands on ``content`` only and never imports MkDocs.
"""
