import os
start = os.getcwd()
print(os.path.basename(start))
os.chdir('/tmp')
print(os.getcwd() == os.path.realpath('/tmp'))
os.chdir(start)
print(os.getcwd() == start)
try:
    os.chdir('/definitely/not/a/dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
print(os.path.abspath('x') == os.path.join(start, 'x'))
