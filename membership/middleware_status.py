"""Account pages answer bad input with a 4xx status, not 200.

allauth redraws a form with its errors (wrong password or code, an address already
in use) and shows an explanation for a broken or expired link, all with status 200.
The page the reader sees is right; the status is not: monitoring, tests and clients
should see that the request failed. This adjusts only the status code.
"""

ACCOUNTS_SEGMENT = "/accounts/"


class AccountErrorStatusMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 200 or ACCOUNTS_SEGMENT not in request.path:
            return response
        context = getattr(response, "context_data", None) or {}
        form = context.get("form")
        if context.get("token_fail"):
            response.status_code = 400
        elif "confirmation" in context and context["confirmation"] is None:
            response.status_code = 404  # unknown or expired verification link
        elif request.method == "POST" and form is not None and form.errors:
            response.status_code = 400
        return response
