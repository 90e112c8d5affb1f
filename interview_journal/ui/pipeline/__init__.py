"""The Pipeline view: applications by stage, gone-quiet flags, and the keep-applying strip."""

from interview_journal.ui.pipeline.view import PipelineView

__all__ = ["PipelineView"]
