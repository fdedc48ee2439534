"""Extraction: from a parsed article to its casualty claims.

The modules are the steps, each reading what the ones before it found:

- `nlp`: the only spaCy import; the model, loaded once, and per-Doc sentence and entity lists
- `numbers`, `vocabulary`: counts and qualifiers read from words; the casualty vocabulary
- `counts`: the figures of a sentence, each with the noun it counts
- `attribution`: who says so (reporting verbs, `according to`, quotes, chains of sources)
- `sides`: whose people a figure counts
- `coreference`: parties a sentence leaves open, read from the rest of the article
- `claims`: each figure paired with its fate, status and scope; repeats merged
"""
