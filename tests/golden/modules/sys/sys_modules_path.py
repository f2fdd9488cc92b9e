import sys
import math
print('math' in sys.modules, sys.modules['math'] is math)
print(sys.modules[__name__].__name__)
print(all(isinstance(p, str) for p in sys.path))
sys.path.append('/nonexistent/for/test')
print(sys.path[-1])
sys.path.pop()
mod = type(sys)('fake_module')
mod.answer = 42
sys.modules['fake_module'] = mod
import fake_module
print(fake_module.answer)
del sys.modules['fake_module']
