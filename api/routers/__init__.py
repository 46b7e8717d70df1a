"""The API's routers, mounted by api.api under /api/v3/<prefix>.

A feature that needs endpoints of its own (events' availability and registration,
the self-check) adds a module here and one line to ROUTERS; docs/api.md lists them.
"""

from api.routers.events import router as events_router
from api.routers.media import documents_router, images_router
from api.routers.pages import router as pages_router
from api.routers.preview import router as preview_router
from api.routers.registrations import router as registrations_router
from api.routers.selfchecks import router as selfchecks_router
from api.routers.snippets import law_references_router

ROUTERS = [
    ("/pages/", pages_router),
    ("/images/", images_router),
    ("/documents/", documents_router),
    ("/law-references/", law_references_router),
    ("/preview/", preview_router),
    ("/events/", events_router),
    ("/events/", registrations_router),
    ("/self-checks/", selfchecks_router),
]
