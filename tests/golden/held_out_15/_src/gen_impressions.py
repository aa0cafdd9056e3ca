import os
from common import expected, write_jsonl, ROOT
import imp_data_1, imp_data_2
BLOCKS = imp_data_1.BLOCKS + imp_data_2.BLOCKS
def rows():
    out = []
    for i, b in enumerate(BLOCKS, 1):
        out.append({'id': 'imp15_%03d' % i, 'text': b['text'],
                    'expected': expected(b['dens'], b['bb'], b['finds'], b['extra'])})
    return out
if __name__ == '__main__':
    r = rows(); assert len(r) == 60, len(r)
    write_jsonl(os.path.join(ROOT, 'impressions', 'impressions.jsonl'), r)
    print('impressions', len(r))
