"""The demo site that `manage.py load_demo` builds; `make run` loads it at every start.

The content lives in ``content/*.toml``, drawn from JP-MIRAI's activity plan. Each
text is written side by side in every language it is translated into, so a page's
structure (its blocks and their order) is written once and every language fills the
same places:

- ``spec.py`` reads the files into page specs and builds a page's field values in one
  language, with the same StreamField block ids in every language;
- ``pages.py`` creates the Japanese (source) pages that are missing;
- ``translations.py`` stores the other languages the way wagtail-localize stores an
  editor's translations, then lets wagtail-localize create the translated pages;
- ``site_settings.py`` fills the navigation and contact settings;
- ``accounts.py`` creates the demo administrator.

Everything identifies what it made by slug under the parent page, or by translation
key and locale, and leaves alone whatever already exists: running the command again
changes nothing, and never overwrites an editor's changes.
"""
