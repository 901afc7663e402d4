"""A local web app for clerks (``dispatch serve``): upload dispatches, watch them being read, check
and correct what was read, download the checklist, calendar, annex form and reply drafts.

    from dispatch_tools.web import create_app
    app = create_app("~/.local/share/dispatch_tools")   # a Flask app

It stands on the library: the same pipeline (:func:`dispatch_tools.pipeline`) and writers
(:mod:`dispatch_tools.generate`) as the CLI, the highlighted view of ``dispatch view``.
"""

from .app import create_app, default_data_dir

__all__ = ["create_app", "default_data_dir"]
