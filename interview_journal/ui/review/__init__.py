"""Review: past interviews, their replay, the questions asked, a study list and statistics."""
