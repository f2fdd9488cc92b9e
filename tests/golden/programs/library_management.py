class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    pass


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self._borrower = None

    @property
    def available(self):
        return self._borrower is None

    def __str__(self):
        status = 'in' if self.available else f'out ({self._borrower.name})'
        return f'{self.title!r} by {self.author} ({self.year}) [{status}]'


class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.books = []
        self.fines = 0


class PremiumMember(Member):
    limit = 5


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.day = 0
        self.loans = {}

    def add_book(self, *args):
        b = Book(*args)
        self.books[b.isbn] = b
        return b

    def join(self, member):
        self.members[member.name] = member
        return member

    def checkout(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if not b.available:
            raise NotAvailable(f'{b.title} is checked out')
        if len(m.books) >= m.limit:
            raise LimitReached(f'{m.name} has {len(m.books)} books (limit {m.limit})')
        b._borrower = m
        m.books.append(b)
        self.loans[isbn] = self.day + 14

    def checkin(self, isbn):
        b = self.books[isbn]
        m = b._borrower
        if m is None:
            raise LibraryError(f'{b.title} was not checked out')
        late = max(0, self.day - self.loans.pop(isbn))
        m.fines += late * 25
        m.books.remove(b)
        b._borrower = None
        return late

    def search(self, text):
        t = text.lower()
        return sorted((b for b in self.books.values() if t in b.title.lower() or t in b.author.lower()),
                      key=lambda b: (b.year, b.title))


lib = Library()
for args in [('111', 'Dune', 'Frank Herbert', 1965), ('222', 'Neuromancer', 'William Gibson', 1984),
             ('333', 'Foundation', 'Isaac Asimov', 1951), ('444', 'I, Robot', 'Isaac Asimov', 1950),
             ('555', 'Hyperion', 'Dan Simmons', 1989)]:
    lib.add_book(*args)
ann = lib.join(Member('ann'))
ben = lib.join(PremiumMember('ben'))
ops = [('checkout', 'ann', '111'), ('checkout', 'ann', '333'), ('checkout', 'ann', '444'),
       ('checkout', 'ben', '111'), ('checkout', 'ben', '444'), ('checkout', 'ben', '555'),
       ('checkin', '999'), ('checkin', '222')]
for op, *args in ops:
    try:
        getattr(lib, op)(*args)
        print('ok', op, args)
    except LibraryError as e:
        print(type(e).__name__, e)
    except KeyError as e:
        print('KeyError', e)
lib.day = 20
print('late days', lib.checkin('111'), 'fines', ann.fines)
lib.day = 10
print('late days', lib.checkin('444'), 'fines', ben.fines)
for b in lib.search('isaac'):
    print(b)
print([b.title for b in lib.search('o')])
for b in sorted(lib.books.values(), key=lambda b: b.isbn):
    print(b)
print({m.name: [b.isbn for b in m.books] for m in lib.members.values()})
print(issubclass(NotAvailable, LibraryError), PremiumMember.limit, Member.limit)
