# From seed 001 ("Python - Primitives, Memory & Concurrency"), section
# "Python Bytecode in Depth" > "Generating and Viewing Bytecode".
# Prints CPython's bytecode: the exact listing is implementation-specific.
import dis

def hello_world():
    print("Hello, World!")

dis.dis(hello_world)
