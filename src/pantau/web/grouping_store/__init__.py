"""The grouping engine's memory (StoryStore) in database tables, shared by every loader process."""
