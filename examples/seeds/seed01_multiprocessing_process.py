# From seed 001 ("Python - Primitives, Memory & Concurrency"), section
# "Processes in Python" > "Python's Multiprocessing".
from multiprocessing import Process

def f(name):
    print('hello', name)

if __name__ == '__main__':
    p = Process(target=f, args=('world',))
    p.start()
    p.join()
