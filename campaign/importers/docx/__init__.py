"""A Word (.docx) article turned into a Markdown news post with its photos.

``word`` reads the file into HTML with mammoth (refusing what it cannot
publish), ``html`` holds that HTML as a tree and finds the title, ``markdown``
renders the tree as Markdown, ``images`` makes the pasted photos publishable,
and ``post`` puts them together and writes the post with its front matter.
"""
