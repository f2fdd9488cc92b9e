# From seed 001 ("Python - Primitives, Memory & Concurrency"), section
# "Async/Await Syntax". Fixed so it runs: the seed's my_coroutine has only
# a comment for its body, which is a syntax error; `pass` was added.
# Like the seed, it only defines the coroutines and prints nothing.
async def my_coroutine():
    # coroutine body
    pass  # added

async def main():
    await my_coroutine()
