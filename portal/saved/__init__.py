"""Saved items ("Mine lagrede") and collections: the whole feature in one place.

models (the rows), services (saving and reading back), forms, views, urls
(/lagret/), panels (the editor's count) and templatetags (the Lagre button,
the ``saved_tags`` library). What can be saved are the content kinds of
portal.kinds; this package imports only the kernel, never a domain app.
"""
