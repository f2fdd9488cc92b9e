# From seed 001 ("Python - Primitives, Memory & Concurrency"), section
# "Threads in Python" > "Thread Creation and Management".
import threading

def function_to_run_in_thread():
    print("Thread started")

thread = threading.Thread(target=function_to_run_in_thread)
thread.start()
thread.join()
