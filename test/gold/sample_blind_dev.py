"""Re-draws the sentence sample of test/gold/blind-dev.jsonl (positions only, never text).

Usage: python3 test/gold/sample_blind_dev.py [corpus_dir [--second]]   (default ../shared/corpus)
Prints one JSON line per sampled sentence: id, doc, offset, length, stratum.

Segmentation and strata follow ../shared/gold/GUIDELINES.md §2-§3. The pools come out at the
guideline's sizes (466 / 339 / 112 sentences; keyword/other 68/398, 86/253, 15/97), and the
guideline's own draw (seed 314159) reproduces every id and offset of dev.jsonl. That draw (the 60
dev sentences AND the 60 held-out ones, which are never printed or read) is removed from the
pools, so the blind set cannot overlap the held-out test sentences. Then seed 271828 draws
15+23 / 14+20 / 5+13 (keyword + other) sentences, 90 in all, ~3/4 of the guideline quotas
(the AI+ keyword pool has only 5 sentences left).
"""
import json
import random
import re
import sys

CORPUS = sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus'
DOCS = ['2017-ngaidp.en.txt', '2025-us-americas-ai-action-plan.en.txt', '2025-china-ai-plus-opinions.en.txt']
PREFIX = {DOCS[0]: 'ngaidp2017', DOCS[1]: 'usaap2025', DOCS[2]: 'aiplus2025'}
GUIDELINE_SEED, GUIDELINE_QUOTA = 314159, {DOCS[0]: (20, 30), DOCS[1]: (18, 27), DOCS[2]: (10, 15)}
BLIND_SEED, BLIND_QUOTA = 271828, {DOCS[0]: (15, 23), DOCS[1]: (14, 20), DOCS[2]: (5, 13)}
# Second blind set (blind-dev-2.jsonl), drawn after the rules were revised on the first: seed
# 161803, from what neither the guideline draw nor the first blind draw took (the AI+ keyword
# pool is empty by then).
SECOND_SEED, SECOND_QUOTA = 161803, {DOCS[0]: (8, 12), DOCS[1]: (8, 11), DOCS[2]: (0, 6)}
KEYWORD = re.compile(r'\b(?:(?:cyber|bio)?secur(?:e|ed|es|ing|ity|ities|ely)|defen[cs]es?|military|threat\w*|adversar\w*|risk\w*|safety|sovereign\w*|rac(?:e|es|ing)|competitions?|protect\w*|safeguard\w*)\b', re.I)
OPENING, CLOSING = '“‘"\'(', '”’"\')]'
NO_BREAK_BEFORE = re.compile(r'(?:\be\.g|\bi\.e|\bU\.S|\bNo|(?<![A-Za-z])[A-Z])\.$')
LABEL = re.compile(r'^(?:•\s*|\(\d+\)\s*|\d+\.\s+|[IVXLC]+\.\s+|Box \d+:\s*|Pillar [IVXLC]+:\s*)')
# Headings of 5+ words that are not clauses (§2.4: titles, signature lines, noun-phrase run-in heads,
# the salutation), by code-point offset. A judgement; checked by the pool sizes printed in §2.
NOT_A_CLAUSE = {
    DOCS[0]: {0, 151, 26003, 26467, 27281, 29067, 30491, 30928, 31519, 31889, 32796, 33896, 34244,
              34777, 35118, 37798, 38538, 39029, 39455, 42760, 45814, 46826, 58145},
    DOCS[1]: {601, 4890, 4960, 5010},
    DOCS[2]: {0, 108, 146, 2936, 9576},
}


def split_paragraph(line):
    enumeration = re.match(r'^\s*(?:\d+|[IVXLC]+)\.\s+', line)
    skip = enumeration.end() if enumeration else 0
    segments, start, i = [], 0, 0
    while i < len(line):
        if line[i] in '.!?…' and i >= skip:
            j = i + 1
            while j < len(line) and line[j] in CLOSING:
                j += 1
            k = j
            while k < len(line) and line[k].isspace():
                k += 1
            if k > j and k < len(line) and (line[k].isupper() or line[k].isdigit() or line[k] in OPENING or line[k] == '•'):
                if not (line[i] == '.' and NO_BREAK_BEFORE.search(line[start:i + 1])):
                    segments.append((start, j))
                    start = i = k
                    continue
        i += 1
    if start < len(line):
        segments.append((start, len(line)))
    return segments


def pool(doc):
    text = open(f'{CORPUS}/{doc}', encoding='utf-8').read()
    sentences, position = [], 0
    for line in text.split('\n'):
        line_start, position = position, position + len(line) + 1
        found = []
        for s, e in split_paragraph(line):
            segment = line[s:e]
            s += len(segment) - len(segment.lstrip())
            segment = segment.strip()
            label = LABEL.match(segment)
            while label and label.end() > 0:
                s, segment = s + label.end(), segment[label.end():]
                label = LABEL.match(segment)
            if segment:
                found.append((line_start + s, len(segment), segment))
        for index, (offset, length, segment) in enumerate(found):
            words = len(segment.split())
            heading = (len(found) == 1 and segment[-1] not in '.!?…”’")') or (len(found) > 1 and index == 0 and words < 5)
            if heading and words < 5 or offset in NOT_A_CLAUSE[doc]:
                continue
            sentences.append({'doc': doc, 'offset': offset, 'length': length, 'keyword': bool(KEYWORD.search(segment))})
    return sentences


def draw(rng, sentences, quota, exclude=frozenset()):
    keyword = [s for s in sentences if s['keyword'] and (s['doc'], s['offset']) not in exclude]
    other = [s for s in sentences if not s['keyword'] and (s['doc'], s['offset']) not in exclude]
    chosen = rng.sample(keyword, quota[0]) + rng.sample(other, quota[1])
    return sorted(chosen, key=lambda s: s['offset'])


pools = {doc: pool(doc) for doc in DOCS}
for doc in DOCS:
    print(f"# {doc}: {len(pools[doc])} sentences, keyword {sum(s['keyword'] for s in pools[doc])}", file=sys.stderr)
rng = random.Random(GUIDELINE_SEED)
gold_sample = {(s['doc'], s['offset']) for doc in DOCS for s in draw(rng, pools[doc], GUIDELINE_QUOTA[doc])}
try:
    dev = [json.loads(line) for line in open(f'{CORPUS}/../gold/dev.jsonl', encoding='utf-8') if line.strip()]
    missing = [d['id'] for d in dev if (d['doc'], d['offset']) not in gold_sample]
    print(f'# guideline draw reproduces {len(dev) - len(missing)} of {len(dev)} dev offsets', file=sys.stderr)
    assert not missing, f'the guideline draw was not reproduced: {missing}'
except FileNotFoundError:
    print('# dev.jsonl not found: the reproduction of the guideline draw is not checked', file=sys.stderr)
second = len(sys.argv) > 2 and sys.argv[2] == '--second'
rng = random.Random(BLIND_SEED)
first_sample = set()
for doc in DOCS:
    for n, s in enumerate(draw(rng, pools[doc], BLIND_QUOTA[doc], gold_sample), 1):
        first_sample.add((doc, s['offset']))
        if not second:
            print(json.dumps({'id': f'{PREFIX[doc]}-b{n:03d}', 'doc': doc, 'offset': s['offset'], 'length': s['length'],
                              'stratum': 'keyword' if s['keyword'] else 'other'}))
if second:
    rng = random.Random(SECOND_SEED)
    for doc in DOCS:
        for n, s in enumerate(draw(rng, pools[doc], SECOND_QUOTA[doc], gold_sample | first_sample), 1):
            print(json.dumps({'id': f'{PREFIX[doc]}-c{n:03d}', 'doc': doc, 'offset': s['offset'], 'length': s['length'],
                              'stratum': 'keyword' if s['keyword'] else 'other'}))
