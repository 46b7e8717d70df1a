"""The ceiling: the smallest Django response, through the same middleware as a page."""

from django.http import HttpResponse


def hello(request):
    return HttpResponse(b"Hello, world", content_type="text/plain")
