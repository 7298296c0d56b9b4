import sys, os, json, unicodedata
here=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,here)
import gen_a, gen_b, gen_c, gen_d
out=os.path.dirname(here)
ALL={}
for m in (gen_a,gen_b,gen_c,gen_d): ALL.update(m.DOCS)
for name,(genre,lines,planted) in ALL.items():
    txt=unicodedata.normalize('NFC','\n'.join(lines))
    open(os.path.join(out,name+'.txt'),'w',encoding='utf-8').write(txt+'\n')
    exp={"genre":genre,"clean":not planted,
         "planted":[{"code":c,"text":unicodedata.normalize('NFC',t),"note":n} for c,t,n in planted],
         "officials":[]}
    json.dump(exp,open(os.path.join(out,name+'.expected.json'),'w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(ALL),'documents written')
