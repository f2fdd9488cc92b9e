# selectors: the three selector classes on a socket pair.
import selectors
import socket

print(selectors.DefaultSelector is selectors.EpollSelector)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    a, b = socket.socketpair()
    with cls() as sel:
        key = sel.register(a, selectors.EVENT_READ, data="a-data")
        print(cls.__name__, key.fileobj is a, key.events, key.data)
        print(sel.select(0))
        b.send(b"ping")
        ready = sel.select(1)
        print([(k.data, ev) for k, ev in ready])
        sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
        ready = sel.select(1)
        print([(k.data, ev) for k, ev in ready])
        print(sel.get_key(a).data, len(sel.get_map()), a in sel.get_map())
        try:
            sel.register(a, selectors.EVENT_READ)
        except KeyError as e:
            print("KeyError", "already registered" in str(e))
        try:
            sel.register(b, 0)
        except ValueError as e:
            print(e)
        sel.unregister(a)
        try:
            sel.get_key(a)
        except KeyError as e:
            print("KeyError", "is not registered" in str(e))
        print(len(sel.get_map()))
    a.close()
    b.close()
try:
    selectors.DefaultSelector().register(object(), selectors.EVENT_READ)
except ValueError as e:
    print(str(e).startswith("Invalid file object"))
