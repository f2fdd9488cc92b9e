# cli: {file}
# A script reading its own stdin (stdin_read_by_script.py.in).
import sys
data = sys.stdin.read()
print(len(data), data.splitlines())
for line in data.splitlines():
    print(line.upper())
