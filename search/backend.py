"""Wagtail's database search backend, with unspaced scripts segmented at index and
query time (search/segmentation.py; docs/decisions/0009).

``WAGTAILSEARCH_BACKENDS`` names this module: like Wagtail's database backend it picks
the PostgreSQL, SQLite (FTS5) or fallback implementation for the default database,
and wraps it so that

- every indexed text field (of every model, whatever app defines it) is passed
  through ``segment_for_index`` before the backend builds its index entry;
- every plain-text or phrase query is passed through ``segment_query``; a query
  that contains unspaced script needs all its bigrams (operator "and").
"""

from functools import cache

from django.db.models import Q
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import Phrase, PlainText
from wagtail.search import index

from search.segmentation import has_unspaced_script, segment_for_index, segment_query


def _flatten(value) -> str:
    """A field's value as text, the way the database backends flatten it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_flatten(item) for item in value.values())
    return str(value)


class SegmentedSearchField(index.SearchField):
    def __init__(self, original: index.SearchField):
        super().__init__(original.field_name, boost=original.boost, **original.kwargs)
        self.original = original

    def get_value(self, obj):
        obj = obj.wrapped if isinstance(obj, SegmentedObject) else obj
        return segment_for_index(_flatten(self.original.get_value(obj)))


class SegmentedRelatedFields(index.RelatedFields):
    def __init__(self, original: index.RelatedFields):
        super().__init__(original.field_name, [_wrap(f) for f in original.fields])

    def get_value(self, obj):
        obj = obj.wrapped if isinstance(obj, SegmentedObject) else obj
        return super().get_value(obj)


class UnwrappingAutocompleteField(index.AutocompleteField):
    def __init__(self, original: index.AutocompleteField):
        super().__init__(original.field_name, **original.kwargs)
        self.original = original

    def get_value(self, obj):
        obj = obj.wrapped if isinstance(obj, SegmentedObject) else obj
        return self.original.get_value(obj)


def _wrap(field):
    if isinstance(field, index.AutocompleteField):
        return UnwrappingAutocompleteField(field)
    if isinstance(field, index.SearchField):
        return SegmentedSearchField(field)
    if isinstance(field, index.RelatedFields):
        return SegmentedRelatedFields(field)
    return field


class SegmentedObject:
    """An object on its way into the index, whose search fields segment their text."""

    def __init__(self, wrapped):
        self.wrapped = wrapped

    def __getattr__(self, name):
        return getattr(self.wrapped, name)

    def get_search_fields(self):
        return [_wrap(field) for field in self.wrapped.get_search_fields()]


def _segment(query):
    if isinstance(query, str):
        query = PlainText(query)
    if isinstance(query, PlainText | Phrase) and has_unspaced_script(
        query.query_string
    ):
        return PlainText(
            segment_query(query.query_string),
            operator="and",
            boost=getattr(query, "boost", 1),
        )
    return query


def _uses_gin_filter(compiler) -> bool:
    """PostgreSQL, searching the index (not named fields) with a text query."""
    return (
        hasattr(compiler, "build_tsquery")
        and compiler.fields is None
        and isinstance(compiler.query, PlainText | Phrase)
    )


def _search_with_gin_filter(compiler, config, start, stop, score_field):
    """Wagtail's PostgreSQL search, filtering on the title and body vectors one by one
    (``title @@ q OR body @@ q``) instead of on their concatenation: the GIN index
    of each column then finds the matches, where the concatenation has to be built
    and tested for every row of the index (ten times slower at 10,000 pages).
    The ranking is Wagtail's own."""
    search_query = compiler.build_tsquery(compiler.query, config=config)
    vectors = compiler.get_search_vectors(search_query)
    rank_expression = compiler._build_rank_expression(vectors, config)
    queryset = compiler.queryset.filter(
        Q(index_entries__title=search_query) | Q(index_entries__body=search_query)
    )
    return compiler._apply_ordering_and_scoring(
        queryset, rank_expression, start, stop, score_field
    )


@cache
def segmented_backend_class(base):
    """A subclass of one of the database backends that segments both sides."""

    class Index(base.index_class):
        def add_items(self, model, objs):
            return super().add_items(model, [SegmentedObject(obj) for obj in objs])

    class QueryCompiler(base.query_compiler_class):
        def __init__(self, queryset, query, *args, **kwargs):
            if isinstance(query, str):
                query = PlainText(
                    query, operator=kwargs.get("operator") or self.DEFAULT_OPERATOR
                )
            super().__init__(queryset, _segment(query), *args, **kwargs)

        def search(self, config, start, stop, score_field=None, **kwargs):
            if not _uses_gin_filter(self):
                return super().search(config, start, stop, score_field, **kwargs)
            return _search_with_gin_filter(self, config, start, stop, score_field)

    return type(
        f"Segmented{base.__name__}",
        (base,),
        {"index_class": Index, "query_compiler_class": QueryCompiler},
    )


def SearchBackend(params):
    backend = database_backend(params)
    return segmented_backend_class(type(backend))(params)
