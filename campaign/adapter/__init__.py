"""The only layer that imports MkDocs and Material.

Owns the plugin (``plugin``) that feeds the model, generated pages, photos,
the media kit and the bulletins into an MkDocs build, the build and preview
commands around it (``build``, ``serve``), the blog and navigation speed-ups
(``blog``, ``navcache``, ``published``, ``overlay``), addresses and redirects
(``addresses``), escaping (``escape``) and the parallel build steps
(``parallel``). The speed-ups check the versions they were made for (``compat``) and
each keeps the pages byte for byte: one Markdown parser shared by every page
(``pageparser``), Python-Markdown's inline step skipping patterns a text cannot match
(``fastmarkdown``), cheaper page writing through Jinja (``rendering``), the blog's
posts remembered between builds (``posts``), pages taken from the page cache
(``incremental``), the direct path after an edit to news bodies only (``direct``),
what a full build records for that path (``buildrecord``) and Material's search index
parsed with fewer steps (``fastsearch``). ``known`` names the Markdown extensions and
plugins the speed-ups were made for (the plugin's class registers itself there).
``publish`` copies the engine's cached files into the site and ``log`` is the one
logger the plugin writes to.

Imports go one way, with no cycle even through a function's own import: ``build`` and
``serve`` above the direct path, the direct path above the plugin, the plugin above
the speed-ups, and ``buildrecord`` and ``known`` below them all.
"""
