x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x &= 0b1010; print(x)
x |= 1; print(x)
x ^= 0xF; print(x)
x /= 2; print(x)
s = 'ab'
s *= 3; print(s)
l = [1]
m = l
l += [2, 3]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {'k': 1}
d['k'] += 10
print(d)
