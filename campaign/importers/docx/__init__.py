"""A Word (.docx) article turned into a Markdown news post with its photos."""
