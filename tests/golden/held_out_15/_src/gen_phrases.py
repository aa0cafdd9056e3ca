import os
from common import expected, write_jsonl, ROOT
from phr_data import PHRASES
def rows():
    return [{'id': 'ph15_%03d' % i, 'text': p['text'], 'expected': expected(p['dens'], p['bb'], p['finds'], p['extra'])}
            for i, p in enumerate(PHRASES, 1)]
if __name__ == '__main__':
    r = rows(); assert len(r) == 90, len(r)
    write_jsonl(os.path.join(ROOT, 'phrases', 'phrases.jsonl'), r)
    print('phrases', len(r))
