"""Security headers that Django's SecurityMiddleware and django-csp do not write alone.

- ``ContentSecurityPolicyMiddleware``: django-csp's middleware, with the strict policy
  (``CONTENT_SECURITY_POLICY``) everywhere except under the admin's path prefixes, where
  the directives of ``CONTENT_SECURITY_POLICY_ADMIN`` replace the strict ones, and in
  page previews, which the admin may frame. Why the admin needs them:
  docs/decisions/0002-content-security-policy.md.
- ``PermissionsPolicyMiddleware``: the ``Permissions-Policy`` header from
  ``PERMISSIONS_POLICY``.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the admin's wider directives keyed on the request path.

    A preview is rendered by Wagtail through this middleware with a fake request for the
    page's public URL (``Page.make_preview_request``): it gets the public policy; only
    ``frame-ancestors`` opens to 'self' so that the editor's preview panel can show it.
    A view's own ``@csp_replace`` still wins over both.
    """

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        admin = settings.CONTENT_SECURITY_POLICY_ADMIN
        if report_only:
            return parts
        if request.path_info.startswith(tuple(admin["PATH_PREFIXES"])):
            directives = admin["DIRECTIVES"]
        elif getattr(request, "is_preview", False):
            directives = admin["PREVIEW_DIRECTIVES"]
        else:
            return parts
        parts.replace = {**directives, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Deny browser features the site never uses (camera, microphone, location…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
