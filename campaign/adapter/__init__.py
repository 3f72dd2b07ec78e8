"""The only layer that imports MkDocs and Material.

Owns the plugin (``plugin``) that feeds the model, generated pages, photos,
the media kit and the bulletins into an MkDocs build, the build and preview
commands around it (``build``, ``serve``), the blog and navigation speed-ups
(``blog``, ``navcache``, ``published``, ``overlay``), addresses and redirects
(``addresses``), escaping (``escape``) and the parallel build steps
(``parallel``).
"""
