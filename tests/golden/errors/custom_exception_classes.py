class AppError(Exception):
    """Base error."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
class NotFound(AppError):
    code = 404
def validate(d):
    if 'name' not in d:
        raise ValidationError('name', 'required')
    if not d['name']:
        raise ValidationError('name', 'empty')
    if d['name'] == 'ghost':
        raise NotFound(d['name'])
    return 'ok'
for d in [{}, {'name': ''}, {'name': 'ghost'}, {'name': 'ann'}]:
    try:
        print(validate(d))
    except ValidationError as e:
        print('validation', e.field, e)
    except AppError as e:
        print('app error', type(e).__name__, e, getattr(e, 'code', None))
print(AppError.__doc__, ValidationError.__mro__[1].__name__)
class Chain(Exception):
    pass
try:
    try:
        validate({})
    except AppError as e:
        raise Chain('wrapped') from e
except Chain as c:
    print(repr(c), repr(c.__cause__))
