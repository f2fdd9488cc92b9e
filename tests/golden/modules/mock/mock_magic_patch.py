import os
import sys
from unittest import mock
from unittest.mock import MagicMock, Mock, patch, call, sentinel, PropertyMock, mock_open


def err(f, *a, **k):
    try:
        f(*a, **k)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = MagicMock()
print(len(m), list(iter(m)), bool(m), int(m), float(m), complex(m), 3 in m)
print(m == m, m != m, m == 3, m != 3, hash(m) == hash(m))
m.__len__.return_value = 7
m.__iter__.return_value = [1, 2]
m.__getitem__.return_value = "item"
m.__contains__.return_value = True
print(len(m), m[5], "x" in m)
print(list(iter(m)), list(iter(m)))
m[1] = 2
print(m.__setitem__.call_args, m.__getitem__.call_args)
with m as ctx:
    print(ctx is m.__enter__.return_value)
print(m.__exit__.call_count)
m.__str__.return_value = "custom"
print(str(m))
r = m + 1
print(type(r).__name__)
m.__eq__.return_value = True
print(m == 99)
err(setattr, m, "__getattr__", 1)
m2 = Mock()
err(len, m2)
m2.__len__ = lambda self: 11
print(len(m2))
m2.__iter__ = Mock(return_value=iter("ab"))
print(list(m2))
print(m.mock_calls[:3])
mm = MagicMock()
mm.method().chain(5)
print(mm.mock_calls)
print(isinstance(m, MagicMock), isinstance(m, Mock))


class Thing:
    value = 10

    def method(self):
        return "real"

    @property
    def prop(self):
        return "realprop"


def use_os():
    return os.getcwd()


@patch("os.getcwd")
def test1(mock_getcwd):
    mock_getcwd.return_value = "/fake"
    print(use_os(), mock_getcwd.call_count)


test1()
print(os.getcwd() != "/fake")


@patch("os.getcwd", return_value="/a")
@patch("os.listdir", return_value=["z"])
def test2(mock_listdir, mock_getcwd):
    print(os.getcwd(), os.listdir("."), mock_listdir.call_args)


test2()
print(os.listdir.__name__ if hasattr(os.listdir, "__name__") else "?")

with patch("os.getcwd", new=lambda: "/new") as p:
    print(os.getcwd(), p())
with patch.object(Thing, "method", return_value="mocked") as pm:
    print(Thing().method(), pm.call_count)
print(Thing().method())
with patch.object(Thing, "value", 99):
    print(Thing.value)
print(Thing.value)


@patch.object(Thing, "value", sentinel.v)
def test3(*args):
    print(Thing.value, args)


test3()

with patch.object(Thing, "prop", new_callable=PropertyMock) as pp:
    pp.return_value = "fakeprop"
    print(Thing().prop, pp.call_count)
print(Thing().prop)

err(patch.object(Thing, "nope", 1).__enter__)
with patch.object(Thing, "nope", 1, create=True):
    print(Thing.nope)
print(hasattr(Thing, "nope"))
err(patch, "nodots")

d = {"a": 1, "b": 2}
with patch.dict(d, {"b": 20, "c": 30}):
    print(sorted(d.items()))
print(sorted(d.items()))
with patch.dict(d, {"z": 0}, clear=True):
    print(d)
print(d)


@patch.dict(d, q=5)
def test4():
    print(sorted(d))


test4()
print(sorted(d))

with patch.dict("os.environ", {"PITH_MOCK_TEST": "yes"}):
    print(os.environ["PITH_MOCK_TEST"])
print("PITH_MOCK_TEST" in os.environ)

p = patch("os.getcwd", return_value="/started")
started = p.start()
print(os.getcwd(), started.call_count)
p.stop()
print(os.getcwd() != "/started")

with patch("os.getcwd", spec=True) as sp:
    sp.return_value = "x"
    print(os.getcwd())

with patch.multiple(Thing, value=5, method=mock.DEFAULT) as vals:
    print(Thing.value, sorted(vals))

import json
with patch("json.dumps") as jd:
    jd.return_value = "JSON"
    print(json.dumps({}), jd.call_args)

m = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", m):
    with open("whatever.txt") as f:
        print(repr(f.read()))
    print(m.call_args)
m = mock_open(read_data="a\nb\nc")
with patch("builtins.open", m):
    with open("x") as f:
        print(f.readline(), f.readlines())
    with open("x") as f:
        print([ln for ln in f])

class TestCls:
    def test_one(self, mk):
        return type(mk).__name__

    def helper(self):
        return "helper"

TestCls = patch("os.getcwd")(TestCls)
print(TestCls().test_one(), TestCls().helper())
