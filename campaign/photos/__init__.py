"""Phone photos published safely: resized, oriented, responsive, without metadata.

Owns processing one photo into its renditions (``process``) and the set of
photos a project publishes, found in front matter and page bodies
(``photoset``). It stands on ``content`` and ``parallel`` and never imports MkDocs.
"""
