#!/usr/bin/env python3
"""Source of truth for blind14_structure gold (and texts). Run to (re)write ../<name>.txt and ../<name>.gold.json."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def meeting(name, kind, start, end, date, place, chairs, secretary, form=None):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date,
            "place": place, "chairs": chairs, "secretary": secretary, "form": form}


def att(total, official, probationary, present, absent, absentees):
    return {"total": total, "official": official, "probationary": probationary,
            "present": present, "absent": absent,
            "absentees": [{"name": n, "reason": r} for n, r in absentees]}


def dec(kind, subject, person, f, against, abstain, base, outcome):
    return {"kind": kind, "subject": subject, "person": person, "for": f,
            "against": against, "abstain": abstain, "base": base, "outcome": outcome}


def tg(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit,
            "period": period, "verdict": verdict}


def tk(text, owner, deadline):
    return {"text": text, "owner": owner, "deadline": deadline}


def sg(role, position, name):
    return {"role": role, "position": position, "name": name}


def doc(genre, issuer, parent, number, place, date, title, mtg, attendance, decisions,
        targets, tasks, signers, recipients, key, noise):
    return {"genre": genre, "issuer": issuer, "issuer_parent": parent, "doc_number": number,
            "place": place, "date": date, "title": title, "meeting": mtg,
            "attendance": attendance, "decisions": decisions, "targets": targets,
            "tasks": tasks, "signers": signers, "recipients": recipients,
            "key_figures": key, "noise_figures": noise}


GOLD = {}
T = {}
PCT = []
for _f in sorted(os.listdir(HERE)):
    if _f.startswith("docs_") and _f.endswith(".py"):
        exec(open(os.path.join(HERE, _f), encoding="utf-8").read())


def main():
    import unicodedata
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(unicodedata.normalize("NFC", T[name].strip("\n")) + "\n")
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("wrote", len(GOLD), "docs")


if __name__ == "__main__":
    main()
