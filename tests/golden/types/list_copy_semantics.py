orig = [[1, 2], [3, 4]]
shallow = orig.copy()
sliced = orig[:]
built = list(orig)
shallow[0].append(99)
print(orig, sliced, built)
shallow.append('new')
print(len(orig), len(shallow))
deep = [row[:] for row in orig]
deep[1][0] = 'changed'
print(orig[1], deep[1])
alias = orig
alias.append('via alias')
print(orig[-1], alias is orig, shallow is orig)
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = [1, 2, 3]
d = c
c += [4]
print(c, d)
