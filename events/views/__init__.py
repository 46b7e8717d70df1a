"""Non-page endpoints of the events app and the handlers the event pages route to."""
