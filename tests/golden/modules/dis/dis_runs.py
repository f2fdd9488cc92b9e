import dis
import io
print(callable(dis.dis))
def sample(a, b):
    return a + b * 2
buf = io.StringIO()
dis.dis(sample, file=buf)
out = buf.getvalue()
print(len(out) > 0, isinstance(out, str))
print(sample(1, 2))
