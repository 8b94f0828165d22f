"""Your story for this job: the résumé, the job posting, the match, the pitch and the questions."""
