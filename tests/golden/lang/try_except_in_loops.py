results = []
for v in ['1', 'two', '3', None, '4.5', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    finally:
        results.append('|')
print(results)
def first_even(items):
    for x in items:
        try:
            if x % 2 == 0:
                return x
        finally:
            print('checked', x)
    return None
print(first_even([1, 3, 4, 5]))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        print('stopping at', count)
        break
