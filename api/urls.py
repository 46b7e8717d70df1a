"""The API's URLs alone, without the site's language-prefixed patterns.

config/urls.py mounts the same ``api.urls``; api.middleware points an API request at
this module once its view has run, so that LocaleMiddleware does not turn the API's
404 answers into redirects to ``/ja/api/…``.
"""

from django.urls import path

from api.api import api

urlpatterns = [path("api/v3/", api.urls)]
