def logged(fn):
    def wrapper(self, *a):
        result = fn(self, *a)
        self.calls.append(f'{fn.__name__}{a} -> {result}')
        return result
    return wrapper
def validate_positive(fn):
    def wrapper(self, x):
        if x <= 0:
            raise ValueError(f'{fn.__name__} needs positive, got {x}')
        return fn(self, x)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
        self.calls = []
    @logged
    @validate_positive
    def deposit(self, x):
        self.balance += x
        return self.balance
    @logged
    def report(self):
        return f'balance={self.balance}'
    @staticmethod
    @validate_positive
    def check(self_unused, x):
        return 'positive'
a = Account()
a.deposit(10)
a.deposit(5)
try:
    a.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
a.report()
print(a.calls, a.balance)
print(Account.check(None, 3))
