import json, os, sys, unicodedata, collections, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {'percent-mismatch','sum-mismatch','derived-mismatch','count-mismatch','target-status-mismatch','vote-mismatch',
 'attendance-mismatch','part-exceeds-whole','figure-inconsistent','resolution-not-passed','name-inconsistent',
 'absentee-count-mismatch','other'}
GENRES = {'bien_ban','bao_cao','nghi_quyet','tin_hoi_nghi'}
errs = []; codes = collections.Counter(); genres = collections.Counter(); clean = 0; n = 0
for tp in sorted(glob.glob(os.path.join(D, '*.txt'))):
    name = os.path.basename(tp)[:-4]; n += 1
    raw = open(tp, 'rb').read()
    try: t = raw.decode('utf-8')
    except UnicodeDecodeError: errs.append(f'{name}: not UTF-8'); continue
    if unicodedata.normalize('NFC', t) != t: errs.append(f'{name}: not NFC')
    body = t.rstrip('\n')
    if not (1900 <= len(body) <= 3600): errs.append(f'{name}: length {len(body)}')
    for i, line in enumerate(body.split('\n'), 1):
        if line != line.rstrip(): errs.append(f'{name}: trailing space line {i}')
        if not line.strip(): errs.append(f'{name}: empty line {i}')
    if '\r' in t: errs.append(f'{name}: CR')
    jp = os.path.join(D, name + '.expected.json')
    if not os.path.exists(jp): errs.append(f'{name}: no json'); continue
    j = json.load(open(jp, encoding='utf-8'))
    if set(j) != {'genre','clean','planted','officials'}: errs.append(f'{name}: keys {sorted(j)}')
    if j['genre'] not in GENRES: errs.append(f'{name}: genre')
    genres[j['genre']] += 1
    if j['clean'] != (j['planted'] == []): errs.append(f'{name}: clean flag')
    clean += j['clean']
    for p in j['planted']:
        if p['code'] not in CODES: errs.append(f'{name}: code {p["code"]}')
        c = t.count(p['text'])
        if c != 1: errs.append(f'{name}: text occurs {c}x: {p["text"]!r}')
        if unicodedata.normalize('NFC', p['text']) != p['text']: errs.append(f'{name}: planted text not NFC')
        if not p.get('note'): errs.append(f'{name}: no note')
        w = len(p['text'].split())
        if not (1 <= w <= 8): errs.append(f'{name}: text has {w} words')
        codes[p['code']] += 1
for jp in glob.glob(os.path.join(D, '*.expected.json')):
    if not os.path.exists(jp.replace('.expected.json', '.txt')): errs.append(f'{jp}: orphan json')
print('genres:', dict(genres)); print('codes:', dict(sorted(codes.items())), 'total', sum(codes.values()))
print(f'documents {n}, clean {clean}, planted docs {n - clean}')
for e in errs: print('ERROR', e)
print('OK' if not errs else f'{len(errs)} errors')
sys.exit(1 if errs else 0)
