"""The site's URLs plus the hello-world ceiling (config/settings/bench.py only)."""

from django.urls import path

from bench.views import hello
from config.urls import handler404, handler500, urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]

urlpatterns = [path("bench/hello", hello, name="bench-hello"), *urlpatterns]
