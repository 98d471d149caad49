#!/usr/bin/env python3
"""Builds dcim-core's compliance catalogue (compliance/catalogue.yml) from the regulation folder.

One row per requirement id of QĐ 11/2023 and QĐ 22/2021 in requirements.md, with the English paraphrase
from the catalogue and the Vietnamese text quoted from the seed itself (NFC-normalised, as
requirements.md, part 0.4, warns). How each row is judged (automatic / attestation / not_applicable) is the
product's decision and lives in the tables below, not in the seeds.

Usage: python3 tools/compliance_catalogue.py ../shared/regulation > dcim-core/src/main/resources/compliance/catalogue.yml
"""
import json
import re
import sys
import unicodedata

# requirement id -> the automatic check that judges it (vn.dcim.core.compliance.checks, by key)
AUTOMATIC = {
    'R-003-06.1': 'equipment-in-operation',
    'R-003-06.2': 'room-environment',
    'R-003-06.3': 'fire-lightning-inspected',
    'R-003-06.4': 'power-sources',
    'R-003-06.5': 'camera-retention',
    'R-003-06.6': 'access-control-log',
    'R-003-07.1': 'equipment-labelled',
    'R-003-07.2': 'equipment-report-sent',
    'R-003-18.1': 'yearly-report-sent',
    'R-003-08.1dd': 'two-isps',
    'R-003-10.1': 'software-list-complete',
    'R-003-10.3': 'software-licensed',
    'R-003-21.1e': 'licence-expiry-managed',
    'R-003-11.3': 'backup-two-locations',
    'R-003-11.4': 'backup-verified',
    'R-000-08.1': 'backup-monthly',
    'R-003-13.2': 'incidents-classified',
    'R-003-13.3c-rec': 'incidents-journaled',
    'R-000-09.1': 'security-incidents-classified',
    'R-003-14.3': 'maintenance-yearly',
    'R-003-15.1a': 'password-length',
    'R-000-06.2c': 'password-complexity',
    'R-003-15.1c': 'password-age',
    'R-003-16.2': 'login-lockout',
    'R-000-06.1b': 'login-lockout-000',
    'R-003-16.3': 'idle-accounts',
    'R-000-06.2a': 'session-timeout',
    'R-003-21.3a': 'default-credentials',
    'R-003-25.1': 'every-device-monitored',
    'R-003-25.3': 'encrypted-transmission',
    'R-003-30.7a': 'monitoring-retention',
    'R-003-30.7c': 'encrypted-at-rest',
    'R-003-30.8': 'device-clocks',
    'R-003-27.6': 'yearly-vulnerability-assessment',
    'R-003-24.4': 'yearly-malware-scan',
    'R-003-32.2': 'yearly-training',
    'R-003-36.3': 'duty-roster-24-7',
    'R-003-12.1': 'records-kept',
    'R-003-27.1': 'vulnerabilities-managed',
    'R-003-27.3': 'vulnerabilities-planned',
    'R-003-32.4': 'leavers-badges-revoked',
    'R-003-05.2a': 'visits-registered',
    'R-003-30.8c': 'email-notification',
    'R-003-13.2c-rpt': 'management-body-recipients',
    'R-003-12.1i': 'operation-log-kept',
    # change under control: requests, decisions and the signed-off work
    'R-003-17.2': 'agency-placement-requested',
    'R-003-18.0': 'disposal-decided',
    'R-003-23.3': 'changes-approved',
}

# requirement id -> why the product does not judge it for the Bắc Kạn DIC (a definition or a duty of
# another body); the center may still attest it.
NOT_APPLICABLE = {
    'R-003-02.5': 'A definition of "technical infrastructure"; the asset kinds cover it, nothing to judge.',
    'R-003-03.1e': 'A description of the auxiliary subsystem; judged through Art. 6.3-6.6.',
    'R-003-03.1a': 'A description of the network subsystem, not a duty.',
    'R-003-03.1b': 'A description of the security subsystem, not a duty.',
    'R-003-03.2': 'The catalogue of the DIC\'s services, not a duty.',
    'R-003-35.4': 'A duty of Sở TTTT towards the provincial People\'s Committee, outside the operating unit.',
    'R-000-11.1': 'A duty of Sở TTTT towards MIC and the provincial People\'s Committee, outside the operating unit.',
    'R-003-36.7': 'Yearly budgeting, outside the DCIM.',
}

ATTESTATION_DAYS = 365

# Requirements of the personal data protection law, which binds every centre whatever its province's profile. Its
# text is not in the regulation folder, so vi paraphrases, not quotes, and a row names an article only where independent
# published readings of the law agree on its number (Điều 4: the data subject's rights and duties); the others name the
# law alone until its text is kept beside the regulations.
LAW = 'Luật 91/2025/QH15'
LAW_ROWS = [
    {'id': 'R-L91-retention', 'check': 'personal-data-retention',
     'vi': 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực từ 01/01/2026): dữ liệu cá nhân chỉ được lưu trong thời gian '
           'cần cho mục đích xử lý; ảnh khuôn mặt (dữ liệu nhạy cảm) lưu ngắn hơn nhật ký vào ra, nhật ký vào ra lưu đủ thời hạn '
           'tối thiểu (QĐ 11/2023 Điều 30 khoản 7 điểm a), rồi xóa, trừ dữ liệu đang bị phong tỏa pháp lý.',
     'en': 'Personal data is kept only as long as its purpose needs: face pictures (sensitive data) shorter than the access log, '
           'the access log its lawful minimum (QĐ 11/2023 Art. 30.7a), then erased unless under a legal hold.'},
    {'id': 'R-L91-sensitive-reads', 'check': 'picture-reads-purposed',
     'vi': 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15: dữ liệu cá nhân nhạy cảm (ảnh khuôn mặt) chỉ người được phân quyền '
           'được xem, mỗi lần xem có ghi nhật ký (ai, lúc nào, ảnh của ai) và nêu mục đích.',
     'en': 'Sensitive personal data (face pictures) is seen only by the roles allowed, each reading recorded (who, when, whose '
           'picture) with its purpose.'},
    {'id': 'R-L91-subject-requests', 'check': 'subject-requests-answered', 'article': LAW + ' Điều 4',
     'vi': 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 4 (quyền của chủ thể dữ liệu cá nhân: yêu cầu cung cấp, xóa, '
           'hạn chế xử lý dữ liệu của mình): yêu cầu của chủ thể dữ liệu được cung cấp và xóa dữ liệu của mình '
           'được giải quyết và ghi lại (ai yêu cầu, khi nào, đã làm gì); việc xóa chỉ bị từ chối khi có căn cứ pháp lý '
           '(phong tỏa pháp lý, thời hạn lưu bắt buộc) và nêu rõ lý do.',
     'en': 'A data subject\'s requests to obtain and to erase their data are answered and recorded (who asked, when, what was '
           'done); an erasure is refused only on a legal ground (a legal hold, a mandatory retention), with the reason stated.'},
]


def nfc(text):
    return unicodedata.normalize('NFC', text)


def parse_seed(path):
    """Articles of the regulation proper (after the decision), as {article: {'head', 'clauses': {n: {'text', 'points'}}}}."""
    lines = [re.sub(r'\[bookmark: [^\]]*\]', '', l).rstrip() for l in nfc(open(path, encoding='utf-8').read()).splitlines()]
    start = next(i for i, l in enumerate(lines) if l.strip() == 'QUY CHẾ')
    articles, art, clause, point = {}, None, None, None
    for line in lines[start:]:
        s = line.strip()
        if not s:
            continue
        m = re.match(r'Điều (\d+)[.:]\s*(.*)', s)
        if m:
            n = int(m.group(1))
            if n in articles:  # the garbled copies after the last article of 000
                break
            art = articles[n] = {'head': m.group(2).strip(), 'lead': [], 'clauses': {}}
            clause = point = None
            continue
        if art is None:
            continue
        m = re.match(r'(\d+)\.\s+(.*)', s)
        if m and (not art['clauses'] or int(m.group(1)) == max(art['clauses']) + 1):
            clause = art['clauses'][int(m.group(1))] = {'text': [m.group(2)], 'points': {}}
            point = None
            continue
        m = re.match(r'([a-zđ])\)\s*(.*)', s)
        if m and clause is not None:
            point = clause['points'][m.group(1)] = [m.group(2)]
            clause['text'].append(s)
            continue
        if clause is None:
            art['lead'].append(s)
        else:
            clause['text'].append(s)
            if point is not None:
                point.append(s)
    return articles


def quote(articles, source):
    """The Vietnamese text a source reference names, e.g. '003 Đ13 k2 đ.c', 'Đ9 k1–2', 'Đ18 chapeau'."""
    m = re.match(r'\d{3} Đ(\d+)\s*(.*)', source)
    n, rest = int(m.group(1)), m.group(2)
    art = articles[n]
    head = f'Điều {n}. {art["head"]}'
    km = re.match(r'k(\d+)(?:[–-](\d+))?(?:\s*đ\.([a-zđ]))?', rest)
    if not km:
        return head + ('\n' + ' '.join(art['lead']) if art['lead'] else '')
    first, last, letter = int(km.group(1)), int(km.group(2) or km.group(1)), km.group(3)
    if letter:
        clause = art['clauses'][first]
        return head + '\n' + f'{first}. ' + clause['text'][0] + '\n' + f'{letter}) ' + ' '.join(clause['points'][letter])
    return head + '\n' + '\n'.join(f'{k}. ' + '\n'.join(art['clauses'][k]['text']) for k in range(first, last + 1))


def article_label(rid):
    seed, rest = rid[2:5], rid[6:]
    m = re.match(r'(\d+)\.(\d+)([a-z]*)', rest)
    art, clause, letters = int(m.group(1)), int(m.group(2)), m.group(3).replace('dd', 'đ')
    label = f'Art. {art}' + (f'.{clause}' if clause else '') + letters
    return label if seed == '003' else '000 ' + label


def rows(folder):
    seeds = {s: parse_seed(f'{folder}/{f}') for s, f in
             (('003', '003_fe59c66e1d65f6d6.txt'), ('000', '000_97f6fbe69eb8b326.txt'))}
    seen = {}
    for line in open(f'{folder}/requirements.md', encoding='utf-8'):
        m = re.match(r'\|\s*\**(R-(00[03])-[0-9A-Za-z.-]+)\**[^|]*\|([^|]*)\|([^|]*)\|', line)
        if not m or m.group(1) in seen:
            continue
        rid, seed, source, en = m.group(1), m.group(2), m.group(3).strip(), m.group(4).strip()
        en = re.sub(r'<br>', '\n', en.replace('**', '')).strip()
        first = source.split(';')[0].strip()
        if first.endswith('heading'):
            first = first.replace(' heading', '')
        row = {'id': rid, 'seed': seed, 'article': article_label(rid), 'source': source,
               'en': en, 'vi': quote(seeds[first[:3]], first)}
        if rid in AUTOMATIC:
            row['kind'], row['check'] = 'automatic', AUTOMATIC[rid]
        elif rid in NOT_APPLICABLE:
            row['kind'], row['reason'] = 'not_applicable', NOT_APPLICABLE[rid]
        else:
            row['kind'], row['validity_days'] = 'attestation', ATTESTATION_DAYS
        seen[rid] = row
    missing = (set(AUTOMATIC) | set(NOT_APPLICABLE)) - set(seen)
    if missing:
        sys.exit(f'unknown ids in the tables: {sorted(missing)}')
    law = [{'id': r['id'], 'seed': 'L91', 'article': r.get('article', LAW), 'kind': 'automatic', 'check': r['check'], 'source': LAW,
            'vi': r['vi'], 'en': r['en']} for r in LAW_ROWS]
    return list(seen.values()) + law


def main():
    all_rows = rows(sys.argv[1] if len(sys.argv) > 1 else '../shared/regulation')
    counts = {k: sum(1 for r in all_rows if r['kind'] == k) for k in ('automatic', 'attestation', 'not_applicable')}
    print('# Generated by tools/compliance_catalogue.py from ../shared/regulation (requirements.md + seeds 003, 000), '
          'and the personal data protection law\'s rows (L91) kept in the script.')
    print(f'# {len(all_rows)} requirements: ' + ', '.join(f'{v} {k}' for k, v in counts.items()) + '.')
    print('# vi quotes the regulation (NFC); en is the catalogue\'s paraphrase. Edit the script, not this file.')
    print('requirements:')
    for r in all_rows:
        print(f'  - id: {r["id"]}')
        for key in ('seed', 'article', 'kind', 'check', 'validity_days', 'reason', 'source', 'vi', 'en'):
            if key in r:
                v = r[key]
                print(f'    {key}: {v if isinstance(v, int) else json.dumps(v, ensure_ascii=False)}')


if __name__ == '__main__':
    main()
