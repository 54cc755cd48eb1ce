"""Search backend settings, built from SEARCH_BACKEND and SEARCH_URL.

Imported by the settings module, so it must not import Django models. Two
backends are configured when an engine is chosen: ``default`` (the engine) and
``fallback`` (Wagtail's database backend), both kept up to date on publish, so
search can answer from the database when the engine is down.
"""

ENGINE_BACKENDS = {
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
DATABASE_BACKEND = "search.database_backend"
CHOICES = ("database", *ENGINE_BACKENDS)

# Norwegian analysis for every text field without an analyzer of its own: our
# normalised terms (search/normalize.py) and the raw fields alike. Stop words and
# a light stemmer, as the design asks; Wagtail's n-gram analyzers stay as they are.
NORWEGIAN_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "norwegian_stop": {"type": "stop", "stopwords": "_norwegian_"},
                "norwegian_light_stemmer": {
                    "type": "stemmer",
                    "language": "light_norwegian",
                },
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "norwegian_stop",
                        "norwegian_light_stemmer",
                        "asciifolding",
                    ],
                },
            },
        },
        "index": {"number_of_shards": 1, "number_of_replicas": 0},
    }
}

# Publishing must never hang on a dead engine: short timeouts, no retries.
ENGINE_TIMEOUT_SECONDS = 2


def search_backends(backend, url, index_prefix="portal_"):
    database = {"BACKEND": DATABASE_BACKEND, "SEARCH_CONFIG": "norwegian"}
    if backend not in CHOICES:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(CHOICES)}, not {backend!r}."
        )
    if backend == "database":
        return {"default": database}
    return {
        "default": {
            # Wagtail's backend for the engine, with autocomplete that takes
            # any query (search/engine_backend.py).
            "BACKEND": "search.engine_backend",
            "VENDOR": ENGINE_BACKENDS[backend],
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": ENGINE_TIMEOUT_SECONDS,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": NORWEGIAN_INDEX_SETTINGS,
        },
        "fallback": database,
    }
