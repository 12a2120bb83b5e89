"""Tables behind DjangoStoryStore. Profiles and records are JSON documents: grouping reads and
writes them whole, and their dataclasses gain fields without needing a migration."""

from __future__ import annotations

from django.db import models


class GroupingCounter(models.Model):
    """Named counters: "sequence" (next stream position), "documents", "stories"; the "lock" row is
    what non-PostgreSQL databases lock to serialise writers."""

    name = models.CharField(max_length=32, primary_key=True)
    value = models.BigIntegerField(default=0)


class TermCount(models.Model):
    """In how many articles a term occurred, and in how many stories as a key term (for IDF)."""

    term = models.CharField(max_length=255, primary_key=True)
    documents = models.IntegerField(default=0)
    stories = models.IntegerField(default=0)


class GroupedArticle(models.Model):
    article_id = models.CharField(max_length=128, primary_key=True)
    data = models.JSONField()  # ArticleRecord


class LshBucket(models.Model):
    key = models.BigIntegerField(primary_key=True)  # 63-bit band key
    article_id = models.CharField(max_length=128)


class ArticleAddress(models.Model):
    key_digest = models.CharField(max_length=40, primary_key=True)  # sha1 of the address key
    article_id = models.CharField(max_length=128)


class GroupingStory(models.Model):
    story_id = models.CharField(max_length=128, primary_key=True)
    data = models.JSONField()  # StoryProfile


class TermPostings(models.Model):
    """A term's most recently active stories, oldest first (at most story_store.POSTINGS_PER_TERM)."""

    term = models.CharField(max_length=255, primary_key=True)
    stories = models.JSONField(default=list)
