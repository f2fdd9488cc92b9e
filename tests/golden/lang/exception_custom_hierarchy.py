class AppError(Exception): pass
class DBError(AppError): pass
class ConnError(DBError): pass
class QueryError(DBError):
    def __init__(self, query, reason):
        super().__init__(f'{reason} in {query!r}')
        self.query = query
class AuthError(AppError): pass
def run(kind):
    errors = {'conn': ConnError('timeout'), 'query': QueryError('SELECT *', 'syntax error'),
              'auth': AuthError('denied'), 'other': RuntimeError('?')}
    raise errors[kind]
for kind in ['conn', 'query', 'auth', 'other']:
    try:
        run(kind)
    except ConnError as e:
        print('retry connection:', e)
    except DBError as e:
        print('db problem:', e, getattr(e, 'query', None))
    except AppError as e:
        print('app problem:', type(e).__name__, e)
    except Exception as e:
        print('unexpected:', type(e).__name__, e)
print([c.__name__ for c in QueryError.__mro__])
