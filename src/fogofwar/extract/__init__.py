"""Extraction: from a parsed article to its casualty claims.

The modules are the steps, each reading what the ones before it found:

- `nlp`: the only spaCy import; the model, loaded once; sentences and entities per Doc
- `numbers`, `vocabulary`: counts and qualifiers read from words; the extraction
  vocabulary (fates, people, bodies, roles: data files in `fogofwar/data/vocabulary/`)
- `counts`: the figures of a sentence, each with the noun it counts
- `fates`: the fate words, and which figure each one governs
- `lists`: people listed one by one, counted together
- `incident`: who struck, who fought whom, and where, per article
- `attribution`: who says so (reporting verbs, `according to`, quotes, chains of sources)
- `denials`: a figure someone denies stays its asserter's claim; the denier is recorded
- `sides`: whose people a figure counts
- `coreference`: parties a sentence leaves open, read from the rest of the article
- `sameness`: one claim per figure and speaker (headlines, leads, repeats)
- `claims`: the steps joined per sentence: each figure with its fate, side, speaker,
  status and scope
"""
