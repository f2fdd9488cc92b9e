class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}')
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1000
    kind = 'basic'

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = float(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self.balance

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return f'<{type(self).__name__} #{self.id} {self.owner} {self.balance:.2f}>'


class Savings(Account):
    kind = 'savings'

    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.deposit(interest) if interest > 0 else None
        return interest


class Checking(Account):
    kind = 'checking'

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 15.0
            self.balance -= fee
            self.history.append(('fee', fee))
            return -fee
        return 0.0


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print('transfer failed:', e)
            return False
        dst.deposit(amount)
        return True

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f'== {self.name} ==')
        for acct in sorted(self.accounts.values(), key=lambda a: (a.kind, a.owner)):
            print(f'{acct.kind:<9}{acct.owner:<8}{acct.balance:>10.2f}')
        print(f'{"total":<17}{self.total():>10.2f}')


bank = Bank('First Pith')
alice = bank.open(Savings, 'alice', 1000, rate=0.05)
bob = bank.open(Checking, 'bob', 50)
carol = bank.open(Account, 'carol')
print(alice, bob, carol)
bank.transfer(alice, bob, 200)
bank.transfer(bob, carol, 300)
bank.transfer(bob, carol, 100)
bank.transfer(carol, alice, 1000)
try:
    carol.deposit(-5)
except ValueError as e:
    print('error:', e)
for month in range(1, 4):
    changes = {a.owner: a.month_end() for a in bank.accounts.values()}
    print('month', month, changes)
bank.report()
print(bob.history)
print(isinstance(alice, Account), issubclass(Checking, Savings))
