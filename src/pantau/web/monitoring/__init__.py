"""What the engine found, stored: sources (outlets), articles with their analysis, stories, regions."""
