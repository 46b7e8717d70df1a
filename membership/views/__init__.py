"""Views of the member pages (account.py) and of plans and reports (plans.py)."""


def submitted(request):
    """The submitted data of a POST (even an empty one), else None: an unbound form."""
    return request.POST if request.method == "POST" else None
