#!/usr/bin/python3
"""Parse feed files with Python feedparser and print their items as JSON (the peer of `coinwire feed parse --json`)."""
import json
import sys

import feedparser


def entry(e):
    content = e.get("content") or []
    return {
        "id": e.get("id"),
        "title": e.get("title"),
        "link": e.get("link"),
        "published": e.get("published"),
        "updated": e.get("updated"),
        "author": e.get("author"),
        "summary": e.get("summary"),
        "content": content[0].get("value") if content else None,
        "categories": [t.get("term") for t in e.get("tags", [])],
    }


results = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    results.append({"file": path, "format": d.get("version"), "title": d.feed.get("title"),
                    "items": [entry(e) for e in d.entries]})
json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
