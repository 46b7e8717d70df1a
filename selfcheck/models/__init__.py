"""The worker self-check: questionnaire pages, outside help, responses and requests."""

from selfcheck.models.pages import SelfCheckPage
from selfcheck.models.responses import ConsultationRequest, EmployerCode, Response
from selfcheck.models.snippets import HelpOrganisation

__all__ = [
    "ConsultationRequest",
    "EmployerCode",
    "HelpOrganisation",
    "Response",
    "SelfCheckPage",
]
