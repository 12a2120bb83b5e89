"""The supervisors' pages: beranda, story, map, statistics and sources."""
