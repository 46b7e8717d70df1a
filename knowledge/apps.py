from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Guidance, publications and news")

    def ready(self):
        from knowledge import documents, signals  # noqa: F401  (connect the signals)
