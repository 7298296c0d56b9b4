import common, gen_bb, gen_bc, gen_nq, gen_tin
common.write()
print(len(common.DOCS), 'documents written')
