from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, sentinel, DEFAULT


def err(f, *a, **k):
    try:
        f(*a, **k)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = Mock()
print(m.called, m.call_count, m.call_args)
r = m(1, 2, x=3)
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args == call(1, 2, x=3), m.call_args == ((1, 2), {"x": 3}))
args, kwargs = m.call_args
print(args, kwargs)
m("a")
print(m.call_args_list)
print(m.mock_calls)
m.assert_called()
m.assert_called_with("a")
m.assert_any_call(1, 2, x=3)
err(m.assert_called_once)
err(m.assert_called_with, "b")
err(m.assert_called_once_with, "a")
err(m.assert_any_call, 99)
err(m.assert_not_called)
err(Mock().assert_called_with, 1)
err(Mock().assert_called)
err(Mock(name="foo").assert_called_once)
m.assert_has_calls([call(1, 2, x=3), call("a")])
m.assert_has_calls([call("a"), call(1, 2, x=3)], any_order=True)
err(m.assert_has_calls, [call("a"), call(1, 2, x=3)])
err(m.assert_has_calls, [call("z")], any_order=True)
err(getattr, m, "assert_foo")
err(getattr, m, "assret_called")

m = Mock(return_value=42)
print(m(), m(1))
m.return_value = "x"
print(m())
m = Mock(side_effect=[1, 2, 3])
print(m(), m(), m())
err(m)
m = Mock(side_effect=KeyError("k"))
err(m)
m = Mock(side_effect=ValueError)
err(m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value=5)
print(m())
m = Mock(side_effect=[1, IndexError("boom")])
print(m())
err(m)
m.side_effect = None
print(m() is m.return_value)

m = Mock()
m.foo(1)
m.foo.bar(2, k=3)
m.foo().baz("q")
m.x.y.z()
print(m.method_calls)
print(m.mock_calls)
print(m.foo.mock_calls)
print(m.foo.call_count, m.foo.bar.call_args)
print(m.mock_calls == [call.foo(1), call.foo.bar(2, k=3), call.foo(), call.foo().baz("q"), call.x.y.z()])
m.assert_has_calls([call.foo(), call.foo().baz("q")])
print(call.foo(1).call_list() if False else call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1))
print(call(1, ANY) == call(1, "whatever"), ANY == 5, repr(ANY))
print(m.foo is m.foo, m.foo.return_value is m.foo())
print(repr(call), repr(call.x), repr(call.x(1, a=2)), repr(call()()))
print(call.foo(1).bar(2).call_list())

m.reset_mock()
print(m.called, m.mock_calls, m.method_calls, m.foo.call_count)

m = Mock(**{"a.return_value": 3, "b.c": 4, "name_x": 5})
print(m.a(), m.b.c, m.name_x)
m.configure_mock(**{"z.side_effect": KeyError})
err(m.z)

print(sentinel.foo is sentinel.foo, sentinel.foo, sentinel.foo is sentinel.bar, DEFAULT)

n = NonCallableMock()
err(n)
print(type(n.attr).__name__)

class Spec:
    a = 1
    def meth(self, x):
        return x

m = Mock(spec=Spec)
print(isinstance(m, Spec), m.__class__ is Spec)
m.meth(3)
err(getattr, m, "nothere")
m = Mock(spec=["one", "two"])
m.one
err(getattr, m, "three")
m = Mock(spec_set=Spec)
m.a = 5
print(m.a)
err(setattr, m, "zzz", 1)

parent = Mock()
child = Mock()
parent.child = child
child(1)
print(parent.mock_calls, parent.method_calls)
del parent.child
err(getattr, parent, "child")

w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_args)
m = Mock()
m.side_effect = iter([5, 6])
print(m(), m())
print(Mock(name="hello")._mock_name)
m = Mock(name="top")
print(repr(m).split(" id=")[0], repr(m.a.b()).split(" id=")[0])
print(repr(Mock()).split(" id=")[0], repr(Mock().x).split(" id=")[0])
print(repr(Mock(spec=Spec)).split(" id=")[0])
print(repr(MagicMock()()).split(" id=")[0])
